import UndertoneCore
import UndertoneDSP

/// The DSP stages of one channel at the analysis rate: framer → intensity → voice activity → pitch →
/// glottal cycles (jitter, shimmer).
///
/// Push samples, then `drainFrames` the frames they completed; `flush()` at the end of the stream.
/// Latency (`latencySamples`): half the longest stage window, plus the pitch tracker's look-ahead.
/// The intensity and voice-activity results of a frame wait in a fixed ring until its pitch is decided,
/// so every emitted `FrameFeatures` is complete. No allocation per hop: the ring is sized at `init` and
/// the pending-frame list keeps its capacity between drains.
public final class ChannelAnalyzer {
    public let role: ChannelRole
    private let framer: Framer
    private let intensity: IntensityMeter
    private var voiceActivity = VoiceActivityDetector()
    private let pitch: PitchTracker
    private let cycleMarker: CycleMarker
    /// Frames analysed but waiting for their pitch, at slot `index % count`.
    private var awaitingPitch: [FrameFeatures]
    private var pending: [FrameFeatures] = []
    /// `AnalysisSettings.pitchOnly`: no intensity, voice activity or cycle marks.
    private let pitchOnly: Bool

    public init(role: ChannelRole, settings: AnalysisSettings) {
        self.role = role
        pitchOnly = settings.pitchOnly
        intensity = IntensityMeter(sampleRateHz: settings.sampleRateHz)
        pitch = PitchTracker(sampleRateHz: settings.sampleRateHz, hopSamples: settings.hopSamples, settings: settings.pitch)
        framer = Framer(hopSamples: settings.hopSamples, windowSamples: max(intensity.windowSamples, pitch.windowSamples))
        cycleMarker = CycleMarker(sampleRateHz: settings.sampleRateHz, hopSamples: settings.hopSamples,
                                  floorHz: settings.pitch.floorHz, delayFrames: pitch.lookaheadFrames)
        awaitingPitch = [FrameFeatures](repeating: FrameFeatures(index: 0, intensityDB: 0, isSpeech: false),
                                        count: pitch.lookaheadFrames + 1)
        pending.reserveCapacity(64)
    }

    public var latencySamples: Int { framer.latencySamples + pitch.lookaheadFrames * framer.hopSamples }

    public func push(_ samples: UnsafeBufferPointer<Float>) {
        framer.push(samples, analyse)
    }

    public func flush() {
        framer.flush(analyse)
        pitch.flush(complete)
    }

    /// Hands over the frames finished since the last call, in order.
    public func drainFrames(_ body: (FrameFeatures) throws -> Void) rethrows {
        defer { pending.removeAll(keepingCapacity: true) }
        for frame in pending { try body(frame) }
    }

    private func analyse(index: Int, window: UnsafeBufferPointer<Float>) {
        guard !pitchOnly else {
            awaitingPitch[index % awaitingPitch.count] = FrameFeatures(index: index, intensityDB: 0, isSpeech: false)
            pitch.analyse(window: window, complete)
            return
        }
        let level = intensity.intensityDB(of: window)
        awaitingPitch[index % awaitingPitch.count] = FrameFeatures(
            index: index, intensityDB: level, isSpeech: voiceActivity.isSpeech(intensityDB: level))
        cycleMarker.store(index: index, window: window)
        pitch.analyse(window: window, complete)
    }

    private func complete(_ decided: PitchFrame) {
        var frame = awaitingPitch[decided.index % awaitingPitch.count]
        frame.f0Hz = decided.f0Hz
        frame.voicing = decided.voicing
        if !pitchOnly { frame.cycles = cycleMarker.cycles(index: decided.index, f0Hz: decided.f0Hz) }
        pending.append(frame)
    }
}
