import UndertoneCore

/// Where a second's valence came from.
public enum ValenceSource: String, Sendable {
    /// The transcript's words (the Text module's lexicon scores, with carry-over).
    case text
    /// No words: a prior from the voice alone (see `EmotionEstimator`).
    case voice
}

/// Fusion's verdict on one second of one speaker, with the components that produced it.
public struct EmotionSecond: Sendable {
    public var timeSeconds: Int
    public var role: ChannelRole
    public var baseline: SpeakerBaseline.Status
    /// Standard scores against the speaker's baseline, for the features measured this second.
    public var zScores: [VoiceFeature: Double] = [:]
    /// The measured values, and the baseline locations they were scored against, in each feature's unit.
    public var values: [VoiceFeature: Double] = [:]
    public var baselineLocations: [VoiceFeature: Double] = [:]
    /// Weighted mean signed z-score (see `ArousalModel`); nil without voice evidence.
    public var arousalScore: Double?
    /// In [0, 1]; nil without voice evidence.
    public var arousal: Double?
    /// Mean arousal over the speaker's last `masked.strain_voiced_s` voiced seconds, this one included;
    /// nil while the baseline is warming or without voice evidence. The masked flag's input.
    public var strain: Double?
    /// In [−1, 1]; nil when neither words nor voice say anything.
    public var valence: Double?
    public var valenceSource: ValenceSource?
    /// Valence of the words alone, when there are words.
    public var textValence: Double?
    public var politeness = 0.0
    public var terms: [String] = []
    /// In [−100, 100]: sign from valence, magnitude growing with arousal.
    public var emotionIndex: Int?
    /// In [0, 1]: how likely the customer is dissatisfied, from words and voice.
    public var dissatisfaction: Double?
    /// A strained voice over neutral or polite words: the hidden-dissatisfaction signature.
    public var masked = false
    /// Sudden sustained shifts found this second (CUSUM), by feature.
    public var shifts: [VoiceFeature: ChangeDetector.Shift] = [:]

    public init(timeSeconds: Int, role: ChannelRole, baseline: SpeakerBaseline.Status) {
        self.timeSeconds = timeSeconds
        self.role = role
        self.baseline = baseline
    }

}
