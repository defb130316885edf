@testable import UndertoneText

/// The built-in analyzers, shared by the rule tests: `en("…")` and `zh("…")` give a text's valence.
enum BuiltInAnalyzers {
    static let english = try! SentimentAnalyzer(language: .english)
    static let chinese = try! SentimentAnalyzer(language: .chinese)
}

func en(_ text: String) -> Double { BuiltInAnalyzers.english.score(text).valence }
func zh(_ text: String) -> Double { BuiltInAnalyzers.chinese.score(text).valence }

/// The weight `term` drove the English `text`'s score with, nil if it did not.
func enWeight(of term: String, in text: String) -> Double? { weight(of: term, in: text, BuiltInAnalyzers.english) }

func zhWeight(of term: String, in text: String) -> Double? { weight(of: term, in: text, BuiltInAnalyzers.chinese) }

private func weight(of term: String, in text: String, _ analyzer: SentimentAnalyzer) -> Double? {
    analyzer.score(text).terms.first { $0.term == term }?.weight
}
