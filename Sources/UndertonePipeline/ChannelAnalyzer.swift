import UndertoneCore
import UndertoneDSP

/// The DSP stages of one channel at the analysis rate, in two lanes that share the samples and nothing
/// else but the pitch lane's autocorrelations, which the level lane may help compute (`run(_:on:)`):
/// the *level* lane (framer → intensity, voice activity, band envelope, glottal-cycle samples) and the
/// *pitch* lane (framer → pitch tracker). `mergeLanes` joins them frame by frame in order: pitch →
/// glottal cycles (jitter, shimmer) → syllable nuclei.
///
/// `prepare` each block of samples (at most `stepSamples` long), give each lane the same block (`run(_:on:)`;
/// the lanes may run on different threads, see `LaneScheduler`), then `mergeLanes()` and `drainFrames` the frames finished;
/// `flush()` at the end of the stream. Every frame's values come from its own window and from the frames
/// before it, in order, so output is identical however the samples are split into blocks and whether
/// the lanes ran one after the other or at once.
/// Latency (`latencySamples`): half the longest stage window, plus the pitch tracker's look-ahead, plus
/// the nucleus detector's. A frame's level results wait in fixed rings until its pitch, then its nucleus
/// decision, is final, so every emitted `FrameFeatures` is complete. No allocation per hop: the rings are
/// sized at `init` for the look-ahead plus one block, and the lists keep their capacity between blocks.
/// Stages not in `AnalysisSettings.stages` are skipped (their fields keep their defaults).
public final class ChannelAnalyzer {
    /// The two halves of the work on a channel, independent until `mergeLanes` (but for the level lane's
    /// help with the pitch lane's autocorrelations); the longer first.
    public enum Lane: Int, CaseIterable, Sendable { case pitch, levels }

    public let role: ChannelRole
    /// Most samples one `run(_:on:)` may take: two seconds at the analysis rate (longer blocks mean fewer
    /// hand-overs between threads; the rings grow with it, about 130 kB per channel at 8 kHz).
    public let stepSamples: Int
    private let levelFramer: Framer
    private let pitchFramer: Framer
    /// The input high-pass (`AnalysisSettings.inputHighPass`), when a lane reads filtered samples, and which.
    private let inputFilter: ChannelInputFilter?
    private let filtersPitchLane: Bool
    private let filtersLevelLane: Bool
    private let intensity: IntensityMeter
    private var voiceActivity = VoiceActivityDetector()
    private let pitch: PitchTracker
    private let cycleMarker: CycleMarker
    private let envelope: BandEnvelopeMeter
    private var nuclei: SyllableNucleusDetector
    private let minimumPeriodicity: Float
    /// Level-lane results waiting for their pitch, at slot `index % count`.
    private var awaitingPitch: [FrameFeatures]
    /// Spectral shapes of the frames in `awaitingPitch`, at the same slots.
    private var awaitingPitchShapes: [SpectralShape]
    /// Pitch-lane decisions not merged yet, in frame order.
    private var decidedPitch: [PitchFrame] = []
    /// Frames with their pitch, waiting for the nucleus decision, at slot `index % count`.
    private var awaitingNucleus: [FrameFeatures]
    private var pending: [FrameFeatures] = []
    /// Frames whose pitch has been merged (`complete`): the level lane may not run further ahead than
    /// its rings hold.
    private var framesMerged = 0
    /// `AnalysisSettings.stages`, read once (the hot paths test plain flags).
    private let measuresActivity: Bool
    private let marksCycles: Bool
    private let findsNuclei: Bool
    /// Whether the level lane helps the pitch lane (`PitchTracker.BatchHelper.caller`).
    private let levelLaneHelpsPitch: Bool

    /// - Parameter pitchHelper: who may share the pitch lane's autocorrelations (`PitchTracker.BatchHelper`):
    ///   its own thread, or the level lane once it has finished a block (`caller`); the output does not
    ///   depend on it.
    public init(role: ChannelRole, settings: AnalysisSettings, pitchHelper: PitchTracker.BatchHelper = .none) {
        self.role = role
        measuresActivity = settings.stages.contains(.activity)
        marksCycles = settings.stages.contains(.voiceQuality)
        findsNuclei = settings.stages.contains(.speechRate)
        levelLaneHelpsPitch = pitchHelper == .caller
        stepSamples = settings.sampleRateHz * 2
        let highPass = settings.inputHighPass
        filtersPitchLane = highPass.filtersPitchLane
        filtersLevelLane = highPass.filtersLevelLane
        inputFilter = filtersPitchLane || filtersLevelLane
            ? ChannelInputFilter(sampleRateHz: settings.sampleRateHz, settings: highPass, capacitySamples: stepSamples) : nil
        intensity = IntensityMeter(sampleRateHz: settings.sampleRateHz)
        // With a helper a batch holds a whole block's frames (300–450 kB per channel at 8 kHz), decided at
        // the block's end (`run(_:on:)`); on one thread batching gains nothing, so frames go one at a time.
        pitch = PitchTracker(sampleRateHz: settings.sampleRateHz, hopSamples: settings.hopSamples, settings: settings.pitch,
                             batchFrames: pitchHelper == .none ? 1 : stepSamples / settings.hopSamples + 1, helper: pitchHelper)
        envelope = BandEnvelopeMeter(sampleRateHz: settings.sampleRateHz, lowHz: settings.speechRate.bandLowHz,
                                     highHz: settings.speechRate.bandHighHz,
                                     windowSeconds: settings.speechRate.envelopeWindowSeconds,
                                     correlatesSubBands: settings.speechRate.envelopeCorrelatesSubBands)
        nuclei = SyllableNucleusDetector(parameters: .init(settings.speechRate))
        minimumPeriodicity = settings.speechRate.minimumPeriodicity
        // Both lanes cut the same windows, so their frame k is the same frame.
        let windowSamples = max(intensity.windowSamples, pitch.windowSamples, envelope.windowSamples)
        levelFramer = Framer(hopSamples: settings.hopSamples, windowSamples: windowSamples)
        pitchFramer = Framer(hopSamples: settings.hopSamples, windowSamples: windowSamples)
        // The level lane runs up to one block ahead of the pitch decisions, which lag its look-ahead.
        let stepFrames = stepSamples / settings.hopSamples + 1
        let levelLead = pitch.lookaheadFrames + stepFrames
        // A frame's glottal cycles are searched up to 1.25 periods past its hop; those samples must be
        // stored by the time its pitch is decided even when the level lane runs no further ahead than
        // the look-ahead (a stream pushed a hop at a time), or the cycles would depend on the blocks.
        let longestSearchSamples = Int(1.25 * Double(settings.sampleRateHz) / settings.pitch.floorHz) + 2
        precondition(pitch.lookaheadFrames * settings.hopSamples >= longestSearchSamples + settings.hopSamples / 2,
                     "pitch look-ahead too short for the glottal-cycle search")
        cycleMarker = CycleMarker(sampleRateHz: settings.sampleRateHz, hopSamples: settings.hopSamples,
                                  floorHz: settings.pitch.floorHz, delayFrames: levelLead)
        awaitingPitch = [FrameFeatures](repeating: FrameFeatures(index: 0, intensityDB: 0, isSpeech: false),
                                        count: levelLead + 1)
        awaitingPitchShapes = [SpectralShape](repeating: SpectralShape(), count: levelLead + 1)
        decidedPitch.reserveCapacity(levelLead + 1)
        awaitingNucleus = [FrameFeatures](repeating: FrameFeatures(index: 0, intensityDB: 0, isSpeech: false),
                                          count: nuclei.latencyFrames + 1)
        pending.reserveCapacity(levelLead + 1)
    }

    public var latencySamples: Int {
        levelFramer.latencySamples + (pitch.lookaheadFrames + nuclei.latencyFrames) * levelFramer.hopSamples
    }

    /// Takes the next block of samples (at most `stepSamples`) for the lanes: high-passes it, once for both
    /// lanes, when a lane reads filtered samples. Call it before the lanes' `run` on the same block, never
    /// while a lane runs.
    public func prepare(_ samples: UnsafeBufferPointer<Float>) {
        precondition(samples.count <= stepSamples, "block longer than stepSamples")
        inputFilter?.filter(samples)
    }

    /// Runs one lane on the block last given to `prepare` (`samples`: that block). Each lane must be given
    /// the same blocks, in order; two lanes may run at once, one lane must not run twice at once. The
    /// level lane, the shorter, then helps with the pitch lane's autocorrelations if they are still
    /// being computed (`PitchTracker.helpCorrelate`, with `pitchHelper` `caller`).
    public func run(_ lane: Lane, on samples: UnsafeBufferPointer<Float>) {
        switch lane {
        case .levels:
            levelFramer.push(input(samples, filtered: filtersLevelLane), analyseLevels)
            if levelLaneHelpsPitch { pitch.helpCorrelate() }
        case .pitch:
            pitchFramer.push(input(samples, filtered: filtersPitchLane), analysePitch)
            pitch.decidePending { decidedPitch.append($0) }
        }
    }

    /// What a lane reads of the block: the samples, or the prepared block's high-passed copy.
    private func input(_ samples: UnsafeBufferPointer<Float>, filtered: Bool) -> UnsafeBufferPointer<Float> {
        guard filtered, let block = inputFilter?.block else { return samples }
        precondition(block.count == samples.count, "prepare(_:) must precede run(_:on:) on each block")
        return block
    }

    /// Joins what both lanes have finished (after each has run on the same blocks).
    public func mergeLanes() {
        for decided in decidedPitch { complete(decided) }
        decidedPitch.removeAll(keepingCapacity: true)
    }

    /// Ends the stream: both lanes emit their last windows, then everything is merged and decided.
    public func flush() {
        levelFramer.flush(analyseLevels)
        pitchFramer.flush(analysePitch)
        pitch.flush { decidedPitch.append($0) }
        mergeLanes()
        if findsNuclei { nuclei.flush(decide) }
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

    private func analyseLevels(index: Int, window: UnsafeBufferPointer<Float>) {
        precondition(index - framesMerged < awaitingPitch.count, "mergeLanes() must follow every block")
        var frame = FrameFeatures(index: index, intensityDB: 0, isSpeech: false)
        if measuresActivity {
            frame.intensityDB = intensity.intensityDB(of: window)
            let activity = voiceActivity.classify(intensityDB: frame.intensityDB)
            frame.isSpeech = activity.isSpeech
            frame.isLoud = activity.isLoud
        }
        if findsNuclei {
            let measurement = envelope.measure(window)
            frame.envelopeDB = measurement.envelopeDB
            awaitingPitchShapes[index % awaitingPitchShapes.count] = measurement.shape
        }
        awaitingPitch[index % awaitingPitch.count] = frame
        if marksCycles { cycleMarker.store(index: index, window: window) }
    }

    private func analysePitch(index: Int, window: UnsafeBufferPointer<Float>) {
        pitch.analyse(window: window) { decidedPitch.append($0) }
    }

    private func complete(_ decided: PitchFrame) {
        framesMerged = decided.index + 1
        var frame = awaitingPitch[decided.index % awaitingPitch.count]
        frame.f0Hz = decided.f0Hz
        frame.voicing = decided.voicing
        if marksCycles { frame.cycles = cycleMarker.cycles(index: decided.index, f0Hz: decided.f0Hz) }
        guard findsNuclei else {
            pending.append(frame)
            return
        }
        awaitingNucleus[frame.index % awaitingNucleus.count] = frame
        let voiced = frame.f0Hz > 0 || (frame.voicing >= minimumPeriodicity && frame.isLoud)
        if let decision = nuclei.push(.init(envelopeDB: frame.envelopeDB, isVoiced: voiced, periodicity: frame.voicing,
                                                  shape: awaitingPitchShapes[frame.index % awaitingPitchShapes.count])) { decide(decision) }
    }

    private func decide(_ decision: SyllableNucleusDetector.Decision) {
        var frame = awaitingNucleus[decision.frame % awaitingNucleus.count]
        frame.nucleusProminenceDB = decision.prominenceDB
        pending.append(frame)
    }
}
