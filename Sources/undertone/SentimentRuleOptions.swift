import ArgumentParser
import UndertoneText

/// Hidden options of `sentiment` and `analyze` that override constants of `SentimentRules` in both
/// languages, for the tuning grids (Tools/sentiment_listener_grid.py) and for experts; not in `--help`.
struct SentimentRuleOptions: ParsableArguments {
    /// `SentimentRules.listenerWeightShareInIrrealis`.
    @Option(name: .customLong("listener-irrealis-share"), help: .hidden)
    var listenerWeightShareInIrrealis: Double?

    /// `SentimentRules.polarQuestionNegativeWeight`, English only (Chinese keeps its default).
    @Option(name: .customLong("polar-question-negative-weight"), help: .hidden)
    var polarQuestionNegativeWeight: Double?

    /// The rule constants per language, with the overrides applied.
    var rules: [TextLanguage: SentimentRules] {
        var rules: [TextLanguage: SentimentRules] = [:]
        for language in [TextLanguage.english, .chinese] {
            var languageRules = SentimentRules.defaults(for: language)
            if let listenerWeightShareInIrrealis { languageRules.listenerWeightShareInIrrealis = listenerWeightShareInIrrealis }
            if let polarQuestionNegativeWeight, language == .english {
                languageRules.polarQuestionNegativeWeight = polarQuestionNegativeWeight
            }
            rules[language] = languageRules
        }
        return rules
    }
}
