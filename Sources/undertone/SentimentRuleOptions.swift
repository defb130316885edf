import ArgumentParser
import UndertoneText

/// Hidden options of `sentiment` and `analyze` that override constants of `SentimentRules`, for the tuning
/// grids (Tools/sentiment_listener_grid.py, Tools/sentiment_lexicon_trial.py --rule-args) and for experts;
/// not in `--help`.
struct SentimentRuleOptions: ParsableArguments {
    /// `SentimentRules.polarQuestionNegativeWeight`, English only (Chinese keeps its default).
    @Option(name: .customLong("polar-question-negative-weight"), parsing: .unconditional, help: .hidden)
    var polarQuestionNegativeWeight: Double?

    /// `SentimentRules.negatedNegativeWeight`, both languages.
    @Option(name: .customLong("negated-negative-weight"), parsing: .unconditional, help: .hidden)
    var negatedNegativeWeight: Double?

    /// `SentimentRules.prohibitedNegativeWeight`, both languages.
    @Option(name: .customLong("prohibited-negative-weight"), parsing: .unconditional, help: .hidden)
    var prohibitedNegativeWeight: Double?

    /// `SentimentRules.askedNegativeWeight`, both languages.
    @Option(name: .customLong("asked-negative-weight"), parsing: .unconditional, help: .hidden)
    var askedNegativeWeight: Double?

    func validate() throws {
        for (name, weight) in [("--polar-question-negative-weight", polarQuestionNegativeWeight),
                               ("--negated-negative-weight", negatedNegativeWeight),
                               ("--prohibited-negative-weight", prohibitedNegativeWeight),
                               ("--asked-negative-weight", askedNegativeWeight)] {
            if let weight, !(0...1).contains(weight) {
                throw ValidationError("\(name) \(weight) is outside 0…1 (a weight: 0 counts nothing, 1 in full)")
            }
        }
    }

    /// The rule constants that differ from the defaults, per language (`SentimentAnalyzer` takes the
    /// defaults for the others).
    var rules: [TextLanguage: SentimentRules] {
        var overrides: [TextLanguage: SentimentRules] = [:]
        for language in [TextLanguage.english, .chinese] {
            var rules = SentimentRules.defaults(for: language)
            if let polarQuestionNegativeWeight, language == .english {
                rules.polarQuestionNegativeWeight = polarQuestionNegativeWeight
            }
            if let negatedNegativeWeight { rules.negatedNegativeWeight = negatedNegativeWeight }
            if let prohibitedNegativeWeight { rules.prohibitedNegativeWeight = prohibitedNegativeWeight }
            if let askedNegativeWeight { rules.askedNegativeWeight = askedNegativeWeight }
            if rules != .defaults(for: language) { overrides[language] = rules }
        }
        return overrides
    }
}
