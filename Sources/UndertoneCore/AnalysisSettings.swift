/// The analysis grid every stage shares: the rate audio is resampled to, and the 10 ms hop.
///
/// Frame `k` is centred on `k * hopSeconds`; second `s` aggregates frames `k` with
/// `s ≤ k * hopSeconds < s + 1`.
public struct AnalysisSettings: Sendable, Equatable {
    /// Rate all audio is resampled to before analysis (8 kHz default: the telephone band).
    public var sampleRateHz: Int
    /// The hop between frames: 10 ms.
    public static let hopSeconds = 0.010
    /// Frames per second of output.
    public static let framesPerSecond = 100

    public static let supportedRatesHz = [8000, 16000]

    /// Pitch tracker parameters (range, thresholds, costs, look-ahead).
    public var pitch = PitchSettings()
    /// Syllable-nucleus detection.
    public var speechRate = SpeechRateSettings()
    /// A high-pass on each channel's samples before analysis.
    public var inputHighPass = InputHighPassSettings()

    /// The stages to run besides pitch: all by default; `undertone pitch` runs none, `undertone
    /// syllables` skips voice quality.
    public var stages = AnalysisStages.all

    public init(sampleRateHz: Int = 8000) throws {
        guard Self.supportedRatesHz.contains(sampleRateHz) else {
            throw UsageError("analysis rate \(sampleRateHz) Hz is not supported; use 8000 or 16000")
        }
        self.sampleRateHz = sampleRateHz
    }

    /// Samples per 10 ms hop at the analysis rate.
    public var hopSamples: Int { sampleRateHz / Self.framesPerSecond }

}
