/// The pitch and voice-quality part of a per-second record: what the voiced frames of the second show.
///
/// Every value is nil when the second has too few voiced frames for it (see `SecondAggregator`).
public struct VoiceMeasures: Sendable, Equatable {
    /// Fraction of the second's frames that are voiced (F0 > 0), in [0, 1].
    public var voicedFraction = 0.0
    /// Median F0 of the voiced frames, in Hz.
    public var f0MedianHz: Double?
    /// F0 range: 90th minus 10th percentile of the voiced frames, in Hz.
    public var f0RangeHz: Double?
    /// The same range in semitones: 12 · log2(p90 / p10).
    public var f0RangeSemitones: Double?
    /// Jitter (local), in % (Praat: mean absolute difference of consecutive periods / mean period).
    public var jitterLocalPercent: Double?
    /// Shimmer (local), in % (Praat: mean absolute difference of consecutive cycle amplitudes / mean amplitude).
    public var shimmerLocalPercent: Double?
    /// Harmonics-to-noise ratio in dB: mean over voiced frames of 10 · log10(r / (1 − r)), r the
    /// normalised autocorrelation at the period (Boersma 1993), r capped at 0.9999 (40 dB).
    public var hnrDB: Double?
    /// RMS of the 3–12 Hz modulation of F0 over the second, in semitones (see `TremorMeter`).
    public var f0TremorSemitones: Double?
    /// RMS of the 3–12 Hz modulation of the voiced frames' intensity over the second, in dB.
    public var amplitudeTremorDB: Double?

    public init() {}

    /// Output fields, in order (appended to the `second` record).
    public var fields: [Field] {
        [
            Field("voiced_fraction", .number(voicedFraction, decimals: 2)),
            Field("f0_median_hz", .optionalNumber(f0MedianHz, decimals: 1)),
            Field("f0_range_hz", .optionalNumber(f0RangeHz, decimals: 1)),
            Field("f0_range_st", .optionalNumber(f0RangeSemitones, decimals: 2)),
            Field("jitter_local_pct", .optionalNumber(jitterLocalPercent, decimals: 2)),
            Field("shimmer_local_pct", .optionalNumber(shimmerLocalPercent, decimals: 2)),
            Field("hnr_db", .optionalNumber(hnrDB, decimals: 1)),
            Field("f0_tremor_st", .optionalNumber(f0TremorSemitones, decimals: 3)),
            Field("amplitude_tremor_db", .optionalNumber(amplitudeTremorDB, decimals: 2)),
        ]
    }
}
