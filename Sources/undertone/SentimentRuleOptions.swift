import ArgumentParser
import UndertoneText

/// Hidden options of `sentiment` and `analyze` that override constants of `SentimentRules`, for the tuning
/// grids (Tools/sentiment_listener_grid.py) and for experts; not in `--help`.
struct SentimentRuleOptions: ParsableArguments {
    /// `SentimentRules.polarQuestionNegativeWeight`, English only (Chinese keeps its default).
    @Option(name: .customLong("polar-question-negative-weight"), help: .hidden)
    var polarQuestionNegativeWeight: Double?

    /// The rule constants that differ from the defaults, per language (`SentimentAnalyzer` takes the
    /// defaults for the others).
    var rules: [TextLanguage: SentimentRules] {
        guard let polarQuestionNegativeWeight else { return [:] }
        var english = SentimentRules.english
        english.polarQuestionNegativeWeight = polarQuestionNegativeWeight
        return [.english: english]
    }
}
