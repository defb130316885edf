import UndertoneCore

/// Finds syllable nuclei as prominent, voiced peaks of an energy envelope, one 10 ms frame at a time,
/// with a fixed latency.
///
/// Follows de Jong & Wempe (2009), "Praat script to detect syllable nuclei and measure speech rate
/// automatically", Behavior Research Methods 41(2): a nucleus is a peak of the intensity contour that
/// (1) lies above a threshold set `silenceBelowPeakDB` under the speech level, (2) is separated from its
/// neighbouring peaks by dips of at least `minimumDipDB`, and (3) is voiced. Here (3) means: the peak frame's
/// own periodicity reaches `peakMinimumPeriodicity` (round 8; the paper requires a pitch at the peak, we
/// test the periodicity even where the tracker found F0), and a frame within `voicingToleranceFrames` is
/// voiced, one before the peak only if the envelope stays within `voicingContinuityDB` of the peak between
/// them (round 7: voicing across a stop closure does not count). Two changes make it streaming:
/// the speech level is a running peak that decays by `levelDecayDBPerFrame` (the paper uses the whole
/// file's maximum), and peaks are picked by hysteresis (a peak is confirmed when the envelope has fallen
/// the required dip below it, and the next peak is sought once it has risen `minimumDipDB` over the valley),
/// with a peak on a plateau confirmed after `latencyFrames`. Each frame's decision is final when it is
/// returned, `latencyFrames` after the frame was pushed.
///
/// Two further changes, chosen on the tuning split (docs/speech-rate.md): the fall that confirms a peak
/// must last `dipHoldFrames` frames, so a one-frame flicker inside a vowel does not split it; and a peak
/// more than `dipGrowthBelowLevelDB` under the speech level needs a deeper fall, `dipGrowthPerDB` dB per
/// dB further down (weak peaks well under the level are mostly a long or fading vowel's second crest).
///
/// A spectral-change test (our own rule, docs/speech-rate.md), off when `spectralMergeDistanceDB` is 0:
/// a peak that follows the previous nucleus over a valley less than `spectralMergeDipDB` deep, with a
/// spectral shape (`BandEnvelopeMeter`) less than `spectralMergeDistanceDB` from that nucleus's, is the
/// same vowel's second crest and not counted: a long vowel keeps its formants, a new syllable changes them.
///
/// A close-crest test (our own rule, docs/speech-rate.md, round 6), off when `closeCrestFrames` is 0: a peak
/// at most `closeCrestFrames` after the previous nucleus, over a valley less than `closeCrestDipDB` deep, is
/// that nucleus's vowel again, whatever its spectrum: two syllables 70 ms apart with so shallow a valley
/// between them are rarer than one vowel with two crests.
///
/// An echo test (our own rule, docs/speech-rate.md, round 10), off when `echoFrames` is 0: a peak at most
/// `echoFrames` after the previous nucleus and more than `echoDropDB` under it is not counted. A room or line
/// echo, or a vowel's fading tail, repeats a loud nucleus 100–160 ms later some 20–27 dB down; in the spirit of
/// forward masking (a sound shortly after a far louder one is heard weakly, if at all), it is not a syllable.
public struct SyllableNucleusDetector {
    /// The detector's rules and thresholds (`SpeechRateSettings`: defaults, units and the round that set
    /// each, readable here as `parameters.minimumDipDB` and so on) and the two constants of its streaming.
    @dynamicMemberLookup
    public struct Parameters: Sendable, Equatable {
        public var rules: SpeechRateSettings
        /// Frames each decision waits for: the declared latency (25 = 250 ms).
        public var latencyFrames = 25
        /// Decay of the running speech level, dB per 10 ms frame (0.02 = 2 dB/s).
        public var levelDecayDBPerFrame: Float = 0.02

        /// The parameters the analysis settings choose; latency and level decay keep their defaults.
        public init(_ rules: SpeechRateSettings = SpeechRateSettings()) {
            self.rules = rules
        }

        public subscript<Value>(dynamicMember keyPath: WritableKeyPath<SpeechRateSettings, Value>) -> Value {
            get { rules[keyPath: keyPath] }
            set { rules[keyPath: keyPath] = newValue }
        }
    }

    /// One frame's measurements, as the detector needs them.
    public struct Input: Sendable, Equatable {
        public var envelopeDB: Float
        public var isVoiced: Bool
        /// Periodicity (voicing strength) of the frame, in [0, 1]; 1 where the caller does not measure it.
        public var periodicity: Float
        /// Spectral shape of the frame (`BandEnvelopeMeter.Measurement.shape`).
        public var shape: SpectralShape
        public init(envelopeDB: Float, isVoiced: Bool, periodicity: Float = 1, shape: SpectralShape = SpectralShape()) {
            self.envelopeDB = envelopeDB
            self.isVoiced = isVoiced
            self.periodicity = periodicity
            self.shape = shape
        }
    }

    /// The final decision on one frame.
    public struct Decision: Sendable, Equatable {
        public var frame: Int
        /// Prominence of the nucleus over its surrounding valleys, in dB; nil when the frame is no nucleus.
        public var prominenceDB: Float?
        public var isNucleus: Bool { prominenceDB != nil }
    }

    public let parameters: Parameters
    public var latencyFrames: Int { parameters.latencyFrames }

    private enum Search {
        case valley(minimumDB: Float)
        /// `framesBelow`: consecutive frames so far at least the required dip under the peak.
        case peak(frame: Int, valueDB: Float, leftValleyDB: Float, framesBelow: Int)
    }

    private var search = Search.valley(minimumDB: .infinity)
    private var speechLevelDB: Float = -.infinity
    /// Inputs of the last `latencyFrames + 1` frames, and the prominence of those confirmed as nuclei.
    private var inputs: [Input]
    private var prominenceDB: [Float?]
    private var framesPushed = 0
    /// A counted nucleus as the later peaks are compared with it: its peak frame, level and spectral shape.
    private typealias Nucleus = (frame: Int, valueDB: Float, shape: SpectralShape)
    /// The last nucleus, until a peak is rejected as quiet or unvoiced.
    private var lastNucleus: Nucleus?

    public init(parameters: Parameters = Parameters()) {
        precondition(parameters.latencyFrames > parameters.rules.voicingToleranceFrames, "latency must cover the voicing check")
        self.parameters = parameters
        inputs = Array(repeating: Input(envelopeDB: 0, isVoiced: false), count: parameters.latencyFrames + 1)
        prominenceDB = Array(repeating: nil, count: parameters.latencyFrames + 1)
    }

    /// Pushes the next frame; returns the decision on frame `n − latencyFrames` (nil for the first
    /// `latencyFrames` pushes).
    public mutating func push(_ input: Input) -> Decision? {
        let frame = framesPushed
        framesPushed += 1
        inputs[frame % inputs.count] = input
        prominenceDB[frame % inputs.count] = nil
        speechLevelDB = max(input.envelopeDB, speechLevelDB - parameters.levelDecayDBPerFrame)
        track(frame: frame, valueDB: input.envelopeDB)
        let decided = frame - parameters.latencyFrames
        guard decided >= 0 else { return nil }
        if case .peak(let peakFrame, let valueDB, let leftValleyDB, _) = search, peakFrame == decided {
            confirm(peakFrame: peakFrame, valueDB: valueDB, leftValleyDB: leftValleyDB, rightValleyDB: input.envelopeDB)
            search = .valley(minimumDB: input.envelopeDB)
        }
        return Decision(frame: decided, prominenceDB: prominenceDB[decided % inputs.count])
    }

    /// Ends the stream: decides the last `latencyFrames` frames, in order. A peak still pending is decided as
    /// a plateau is when the latency runs out, against the last frame's level: the stream's end is no dip, so
    /// a syllable cut off mid-vowel counts (it was being spoken), but with the prominence it has shown, not
    /// its height over silence (which made a cut vowel the most prominent nucleus of a file).
    public mutating func flush(_ body: (Decision) -> Void) {
        let first = max(0, framesPushed - parameters.latencyFrames)
        if case .peak(let peakFrame, let valueDB, let leftValleyDB, _) = search {
            let lastDB = inputs[(framesPushed - 1) % inputs.count].envelopeDB
            confirm(peakFrame: peakFrame, valueDB: valueDB, leftValleyDB: leftValleyDB, rightValleyDB: lastDB)
            search = .valley(minimumDB: .infinity)
        }
        for frame in first..<framesPushed { body(Decision(frame: frame, prominenceDB: prominenceDB[frame % inputs.count])) }
        framesPushed = 0
        lastNucleus = nil
    }

    private mutating func track(frame: Int, valueDB: Float) {
        switch search {
        case .valley(let minimumDB):
            if valueDB < minimumDB {
                search = .valley(minimumDB: valueDB)
            } else if valueDB >= minimumDB + parameters.rules.minimumDipDB {
                search = .peak(frame: frame, valueDB: valueDB, leftValleyDB: minimumDB, framesBelow: 0)
            }
        case .peak(let peakFrame, let peakDB, let leftValleyDB, let framesBelow):
            if valueDB > peakDB {
                search = .peak(frame: frame, valueDB: valueDB, leftValleyDB: leftValleyDB, framesBelow: 0)
            } else if valueDB > peakDB - requiredDipDB(peakDB: peakDB) {
                search = .peak(frame: peakFrame, valueDB: peakDB, leftValleyDB: leftValleyDB, framesBelow: 0)
            } else if framesBelow + 1 < parameters.rules.dipHoldFrames {
                search = .peak(frame: peakFrame, valueDB: peakDB, leftValleyDB: leftValleyDB, framesBelow: framesBelow + 1)
            } else {
                confirm(peakFrame: peakFrame, valueDB: peakDB, leftValleyDB: leftValleyDB, rightValleyDB: valueDB)
                search = .valley(minimumDB: valueDB)
            }
        }
    }

    /// The fall under a peak of `peakDB` that confirms it: `minimumDipDB`, growing for peaks far under the
    /// speech level.
    private func requiredDipDB(peakDB: Float) -> Float {
        let depthDB = speechLevelDB - peakDB - parameters.rules.dipGrowthBelowLevelDB
        return parameters.rules.minimumDipDB + parameters.rules.dipGrowthPerDB * max(0, depthDB)
    }

    /// Marks the peak as a nucleus when it is loud enough, periodic itself, voiced nearby, and not the
    /// previous nucleus's vowel.
    private mutating func confirm(peakFrame: Int, valueDB: Float, leftValleyDB: Float, rightValleyDB: Float) {
        let tolerance = parameters.rules.voicingToleranceFrames
        let oldest = max(0, framesPushed - inputs.count)
        let window = max(oldest, peakFrame - tolerance)...min(framesPushed - 1, peakFrame + tolerance)
        guard valueDB >= speechLevelDB - parameters.rules.silenceBelowPeakDB,
              inputs[peakFrame % inputs.count].periodicity >= requiredPeakPeriodicity(peakDB: valueDB),
              window.contains(where: { isVoiced($0, peakFrame: peakFrame, peakDB: valueDB) }) else {
            lastNucleus = nil
            return
        }
        let shape = inputs[peakFrame % inputs.count].shape
        if let last = lastNucleus,
           isEcho(of: last, peakFrame: peakFrame, valueDB: valueDB)
            || isSecondCrest(of: last, peakFrame: peakFrame, valueDB: valueDB, shape: shape, leftValleyDB: leftValleyDB) {
            return
        }
        lastNucleus = (peakFrame, valueDB, shape)
        let prominence = valueDB - max(leftValleyDB, rightValleyDB)
        prominenceDB[peakFrame % inputs.count] = max(prominence, parameters.rules.minimumDipDB)
    }

    /// The periodicity a peak of `peakDB` needs at its own frame: more for a peak deep under the speech level.
    private func requiredPeakPeriodicity(peakDB: Float) -> Float {
        guard speechLevelDB - peakDB > parameters.rules.deepPeakBelowLevelDB else { return parameters.rules.peakMinimumPeriodicity }
        return max(parameters.rules.peakMinimumPeriodicity, parameters.rules.deepPeakMinimumPeriodicity)
    }

    /// Whether `frame` is voiced and, if it lies before the peak with a continuity condition set, joined
    /// to the peak without a fall of more than `voicingContinuityDB`.
    private func isVoiced(_ frame: Int, peakFrame: Int, peakDB: Float) -> Bool {
        guard inputs[frame % inputs.count].isVoiced else { return false }
        let limit = parameters.rules.voicingContinuityDB
        guard limit > 0, frame < peakFrame else { return true }
        return (frame..<peakFrame).allSatisfy { inputs[$0 % inputs.count].envelopeDB >= peakDB - limit }
    }

    /// Whether a peak after the nucleus `last` is so much weaker and so soon after it that it is the nucleus's
    /// echo or decay (echo test), not a syllable of its own.
    private func isEcho(of last: Nucleus, peakFrame: Int, valueDB: Float) -> Bool {
        peakFrame - last.frame <= parameters.rules.echoFrames && last.valueDB - valueDB > parameters.rules.echoDropDB
    }

    /// Whether a peak after the nucleus `last` is that nucleus's vowel again: close to it over a shallow
    /// valley (close-crest test), or over a shallower valley with an unchanged spectrum (spectral-change test).
    private func isSecondCrest(of last: Nucleus, peakFrame: Int,
                               valueDB: Float, shape: SpectralShape, leftValleyDB: Float) -> Bool {
        let valleyDB = min(last.valueDB, valueDB) - leftValleyDB
        if peakFrame - last.frame <= parameters.rules.closeCrestFrames, valleyDB < parameters.rules.closeCrestDipDB { return true }
        guard valleyDB < parameters.rules.spectralMergeDipDB else { return false }
        let difference = shape - last.shape
        let distance = ((difference * difference).sum() / Float(SpectralShape.scalarCount)).squareRoot()
        return distance < parameters.rules.spectralMergeDistanceDB
    }
}
