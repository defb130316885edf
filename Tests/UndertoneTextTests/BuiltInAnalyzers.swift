@testable import UndertoneText

/// The built-in analyzers, shared by the rule tests: `en("…")` and `zh("…")` give a text's valence.
enum BuiltInAnalyzers {
    static let english = try! SentimentAnalyzer(language: .english)
    static let chinese = try! SentimentAnalyzer(language: .chinese)
}

func en(_ text: String) -> Double { BuiltInAnalyzers.english.score(text).valence }
func zh(_ text: String) -> Double { BuiltInAnalyzers.chinese.score(text).valence }
