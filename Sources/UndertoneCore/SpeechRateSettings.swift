/// Settings of syllable-nucleus detection (see `UndertoneDSP.SyllableNucleusDetector` and
/// `BandEnvelopeMeter`; method and defaults in docs/speech-rate.md).
public struct SpeechRateSettings: Sendable, Equatable {
    /// Minimum prominence of a nucleus over the valleys either side (de Jong & Wempe: 2 dB; 1.25 dB
    /// here, with the hold, growth and spectral test below, chosen on the tuning split).
    public var minimumDipDB: Float = 1.25
    /// Consecutive frames the envelope must stay the required dip under a peak to confirm it.
    public var dipHoldFrames = 2
    /// Extra dip a peak needs per dB it lies more than `dipGrowthBelowLevelDB` under the speech level.
    public var dipGrowthPerDB: Float = 0.1
    /// Depth under the speech level, in dB, from which the required dip grows.
    public var dipGrowthBelowLevelDB: Float = 5
    /// A nucleus must be within this many dB of the running speech level (de Jong & Wempe: 25 dB; 30 dB
    /// here since round 6, with the close-crest test below, chosen on the tuning split).
    public var silenceBelowPeakDB: Float = 30
    /// Band of the envelope nuclei are found on, in Hz (the upper edge 2600 Hz since round 12, 2300 Hz
    /// before; chosen on the tuning split, docs/speech-rate.md).
    public var bandLowHz = 300.0
    public var bandHighHz = 2600.0
    /// Length of the Hann window the envelope is measured over, in seconds.
    public var envelopeWindowSeconds = 0.040
    /// Envelope from the sub-bands' spectral correlation instead of their sum (`BandEnvelopeMeter`).
    public var envelopeCorrelatesSubBands = false
    /// A nucleus needs a voiced frame within this many 10 ms frames of its peak (3 since round 6, chosen on
    /// the tuning split): this many before it, and after it as far as the frames pushed when the peak is
    /// confirmed (a peak confirmed by its dip is decided `dipHoldFrames` frames after the dip starts, so the
    /// look-ahead can be shorter).
    public var voicingToleranceFrames = 3
    /// A frame counts as voiced for nucleus detection when the pitch tracker called it voiced, or when it
    /// is loud enough for speech (voice activity without hangover) and its periodicity (normalised
    /// autocorrelation at the best period) reaches this: a nucleus needs evidence of a vowel, not a
    /// reliable F0. 0.50 since round 8 (0.60 before), chosen on the tuning split with the peak test below
    /// (docs/speech-rate.md).
    public var minimumPeriodicity: Float = 0.50
    /// Spectral-change test: a peak following the previous nucleus over a valley shallower than
    /// `spectralMergeDipDB`, whose spectral shape differs from that nucleus's by less than
    /// `spectralMergeDistanceDB` (RMS over 8 sub-bands, dB), is not counted (0: off). Our own rule,
    /// chosen on the tuning split (docs/speech-rate.md).
    public var spectralMergeDistanceDB: Float = 6
    public var spectralMergeDipDB: Float = 3
    /// Close-crest test: a peak at most `closeCrestFrames` 10 ms frames after the previous nucleus, over a
    /// valley shallower than `closeCrestDipDB` under the lower of the two, is not counted (0 frames: off).
    /// Our own rule, chosen on the tuning split (docs/speech-rate.md, round 6).
    public var closeCrestFrames = 7
    public var closeCrestDipDB: Float = 5
    /// A voiced frame *before* a peak counts for its voicing check only if the envelope from that frame to
    /// the peak stays within this many dB of the peak (0: no condition): voicing across a stop closure
    /// does not make a burst a nucleus. Our own rule (docs/speech-rate.md, round 7).
    public var voicingContinuityDB: Float = 12
    /// Periodicity the peak frame itself must reach (0: no condition), even where the pitch tracker found F0
    /// there: de Jong & Wempe (2009) require voicing *at* the peak; a voiced frame nearby no longer makes an
    /// aperiodic peak (a burst, breath, echo) a nucleus. 0.30 since round 8, chosen on the tuning split (docs/speech-rate.md).
    public var peakMinimumPeriodicity: Float = 0.30
    /// Echo test: a peak at most `echoFrames` 10 ms frames after the previous nucleus and more than
    /// `echoDropDB` under it is not counted (0 frames: off): an echo or a fading tail, not a syllable. Our own
    /// rule; 120 ms and 22 dB since round 10, chosen on the tuning split (docs/speech-rate.md).
    public var echoFrames = 12
    public var echoDropDB: Float = 22
    /// A peak more than `deepPeakBelowLevelDB` under the speech level needs a periodicity of at least
    /// `deepPeakMinimumPeriodicity` at its own frame (0: no extra condition). Off by default: on the tuning
    /// split no setting kept the mean MAPE of the rule without it (docs/speech-rate.md, round 11).
    public var deepPeakBelowLevelDB: Float = 20
    public var deepPeakMinimumPeriodicity: Float = 0

    public init() {}
}
