/// The speech-rate part of a per-second record (see `UndertoneDSP.SpeechRateWindow` and `PauseTracker`).
public struct RateMeasures: Sendable, Equatable {
    /// Syllable nuclei whose peak lies in this second.
    public var syllables = 0
    /// Nuclei per second of clock time over the trailing 4 s (falls while the speaker listens).
    public var speechRateSPS = 0.0
    /// Nuclei per second of the speaker's own speech over the trailing 4 s; nil with under 0.5 s of speech.
    public var articulationRateSPS: Double?
    /// Pauses (silences of 0.3–3 s between the speaker's own speech) that ended in this second, and
    /// their total length in seconds (a pause is counted when speech resumes).
    public var pauses = 0
    public var pauseSeconds = 0.0

    public init() {}

    public var fields: [Field] {
        [
            Field("syllables", .integer(syllables)),
            Field("speech_rate_sps", .number(speechRateSPS, decimals: 2)),
            Field("articulation_rate_sps", .optionalNumber(articulationRateSPS, decimals: 2)),
            Field("pauses", .integer(pauses)),
            Field("pause_s", .number(pauseSeconds, decimals: 2)),
        ]
    }
}
