import UndertoneCore
import UndertoneDSP

/// The DSP stages of one channel at the analysis rate: framer → intensity, band envelope → voice
/// activity → pitch → glottal cycles (jitter, shimmer) → syllable nuclei.
///
/// Push samples, then `drainFrames` the frames they completed; `flush()` at the end of the stream.
/// Latency (`latencySamples`): half the longest stage window, plus the pitch tracker's look-ahead, plus
/// the nucleus detector's. A frame's results wait in fixed rings until its pitch, then its nucleus
/// decision, is final, so every emitted `FrameFeatures` is complete. No allocation per hop: the rings
/// are sized at `init` and the pending-frame list keeps its capacity between drains. Stages not in
/// `AnalysisSettings.stages` are skipped (their fields keep their defaults).
public final class ChannelAnalyzer {
    public let role: ChannelRole
    private let framer: Framer
    private let intensity: IntensityMeter
    private var voiceActivity = VoiceActivityDetector()
    private let pitch: PitchTracker
    private let cycleMarker: CycleMarker
    private let envelope: BandEnvelopeMeter
    private var nuclei: SyllableNucleusDetector
    private let minimumPeriodicity: Float
    /// Frames analysed but waiting for their pitch, at slot `index % count`.
    private var awaitingPitch: [FrameFeatures]
    /// Spectral shapes of the frames in `awaitingPitch`, at the same slots.
    private var awaitingPitchShapes: [SpectralShape]
    /// Frames with their pitch, waiting for the nucleus decision, at slot `index % count`.
    private var awaitingNucleus: [FrameFeatures]
    private var pending: [FrameFeatures] = []
    private let stages: AnalysisStages

    public init(role: ChannelRole, settings: AnalysisSettings) {
        self.role = role
        stages = settings.stages
        intensity = IntensityMeter(sampleRateHz: settings.sampleRateHz)
        pitch = PitchTracker(sampleRateHz: settings.sampleRateHz, hopSamples: settings.hopSamples, settings: settings.pitch)
        envelope = BandEnvelopeMeter(sampleRateHz: settings.sampleRateHz, lowHz: settings.speechRate.bandLowHz,
                                     highHz: settings.speechRate.bandHighHz)
        nuclei = SyllableNucleusDetector(parameters: .init(settings.speechRate))
        minimumPeriodicity = settings.speechRate.minimumPeriodicity
        framer = Framer(hopSamples: settings.hopSamples,
                        windowSamples: max(intensity.windowSamples, pitch.windowSamples, envelope.windowSamples))
        cycleMarker = CycleMarker(sampleRateHz: settings.sampleRateHz, hopSamples: settings.hopSamples,
                                  floorHz: settings.pitch.floorHz, delayFrames: pitch.lookaheadFrames)
        awaitingPitch = [FrameFeatures](repeating: FrameFeatures(index: 0, intensityDB: 0, isSpeech: false),
                                        count: pitch.lookaheadFrames + 1)
        awaitingPitchShapes = [SpectralShape](repeating: SpectralShape(), count: pitch.lookaheadFrames + 1)
        awaitingNucleus = [FrameFeatures](repeating: FrameFeatures(index: 0, intensityDB: 0, isSpeech: false),
                                          count: nuclei.latencyFrames + 1)
        pending.reserveCapacity(64)
    }

    public var latencySamples: Int {
        framer.latencySamples + (pitch.lookaheadFrames + nuclei.latencyFrames) * framer.hopSamples
    }

    public func push(_ samples: UnsafeBufferPointer<Float>) {
        framer.push(samples, analyse)
    }

    public func flush() {
        framer.flush(analyse)
        pitch.flush(complete)
        if stages.contains(.speechRate) { nuclei.flush(decide) }
    }

    /// Hands over the frames finished since the last call, in order.
    public func drainFrames(_ body: (FrameFeatures) throws -> Void) rethrows {
        defer { pending.removeAll(keepingCapacity: true) }
        for frame in pending { try body(frame) }
    }

    /// Frames finished and not yet drained; `pendingFrame(at:)` reads one without draining, so that
    /// several channels can be interleaved frame by frame without copying (`CallAnalyzer`).
    var pendingCount: Int { pending.count }
    func pendingFrame(at position: Int) -> FrameFeatures { pending[position] }
    func discardPending() { pending.removeAll(keepingCapacity: true) }

    private func analyse(index: Int, window: UnsafeBufferPointer<Float>) {
        var frame = FrameFeatures(index: index, intensityDB: 0, isSpeech: false)
        if stages.contains(.activity) {
            frame.intensityDB = intensity.intensityDB(of: window)
            let activity = voiceActivity.classify(intensityDB: frame.intensityDB)
            frame.isSpeech = activity.isSpeech
            frame.isLoud = activity.isLoud
        }
        if stages.contains(.speechRate) {
            let measurement = envelope.measure(window)
            frame.envelopeDB = measurement.envelopeDB
            awaitingPitchShapes[index % awaitingPitchShapes.count] = measurement.shape
        }
        awaitingPitch[index % awaitingPitch.count] = frame
        if stages.contains(.voiceQuality) { cycleMarker.store(index: index, window: window) }
        pitch.analyse(window: window, complete)
    }

    private func complete(_ decided: PitchFrame) {
        var frame = awaitingPitch[decided.index % awaitingPitch.count]
        frame.f0Hz = decided.f0Hz
        frame.voicing = decided.voicing
        if stages.contains(.voiceQuality) { frame.cycles = cycleMarker.cycles(index: decided.index, f0Hz: decided.f0Hz) }
        guard stages.contains(.speechRate) else {
            pending.append(frame)
            return
        }
        awaitingNucleus[frame.index % awaitingNucleus.count] = frame
        let voiced = frame.f0Hz > 0 || (frame.voicing >= minimumPeriodicity && frame.isLoud)
        if let decision = nuclei.push(.init(envelopeDB: frame.envelopeDB, isVoiced: voiced,
                                                  shape: awaitingPitchShapes[frame.index % awaitingPitchShapes.count])) { decide(decision) }
    }

    private func decide(_ decision: SyllableNucleusDetector.Decision) {
        var frame = awaitingNucleus[decision.frame % awaitingNucleus.count]
        frame.nucleusProminenceDB = decision.prominenceDB
        pending.append(frame)
    }
}
