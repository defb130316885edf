/// Optional stages of a channel's analysis. Pitch always runs; a command that needs less skips the rest.
public struct AnalysisStages: OptionSet, Sendable, Equatable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Intensity and voice activity.
    public static let activity = AnalysisStages(rawValue: 1 << 0)
    /// Glottal cycle marks for jitter and shimmer.
    public static let voiceQuality = AnalysisStages(rawValue: 1 << 1)
    /// Band envelope and syllable nuclei (needs `activity`).
    public static let speechRate = AnalysisStages(rawValue: 1 << 2)

    public static let all: AnalysisStages = [.activity, .voiceQuality, .speechRate]
}
