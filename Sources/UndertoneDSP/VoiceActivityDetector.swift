/// A causal, per-frame voice activity decision from intensity, with an adaptive noise floor.
///
/// The noise floor follows the quietest recent frames: it drops at once to a quieter frame and rises by
/// `floorRiseDBPerFrame` otherwise (minimum tracking, after Martin 2001's minimum statistics, simplified
/// to a single tracker). A running peak decays by `peakDecayDBPerFrame`. A frame is speech when it is at
/// least `marginAboveFloorDB` over the floor, within `rangeBelowPeakDB` of the peak and above
/// `absoluteFloorDB`; a hangover of `hangoverFrames` bridges short dips between syllables.
/// Decisions depend only on past and current frames: no latency beyond the framer's.
public struct VoiceActivityDetector {
    public var marginAboveFloorDB: Float = 10
    public var rangeBelowPeakDB: Float = 35
    /// 35 dB re 2·10⁻⁵ is about −56 dBFS.
    public var absoluteFloorDB: Float = 35
    /// 0.03 dB per 10 ms hop: 3 dB/s.
    public var floorRiseDBPerFrame: Float = 0.03
    /// 0.02 dB per 10 ms hop: 2 dB/s.
    public var peakDecayDBPerFrame: Float = 0.02
    public var hangoverFrames = 20

    private var noiseFloorDB: Float = .infinity
    private var peakDB: Float = -.infinity
    private var framesSinceSpeech = Int.max

    public init() {}

    /// One frame's decisions.
    public struct Decision: Sendable, Equatable {
        /// Loud enough to be speech, this frame alone (no hangover): what pause detection uses.
        public var isLoud: Bool
        /// Speech, with the hangover bridging short dips: what activity measures use.
        public var isSpeech: Bool
    }

    /// Updates the trackers with one frame's intensity and returns whether the frame is speech.
    public mutating func isSpeech(intensityDB: Float) -> Bool { classify(intensityDB: intensityDB).isSpeech }

    /// Updates the trackers with one frame's intensity and returns both decisions.
    public mutating func classify(intensityDB: Float) -> Decision {
        noiseFloorDB = min(intensityDB, noiseFloorDB + floorRiseDBPerFrame)
        peakDB = max(intensityDB, peakDB - peakDecayDBPerFrame)
        let loudEnough = intensityDB >= noiseFloorDB + marginAboveFloorDB
            && intensityDB >= peakDB - rangeBelowPeakDB
            && intensityDB >= absoluteFloorDB
        framesSinceSpeech = loudEnough ? 0 : (framesSinceSpeech == .max ? .max : framesSinceSpeech + 1)
        return Decision(isLoud: loudEnough, isSpeech: framesSinceSpeech <= hangoverFrames)
    }
}
