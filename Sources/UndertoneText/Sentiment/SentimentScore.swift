import UndertoneCore

/// The three-way reading of a valence.
public enum SentimentLabel: String, Sendable, Codable, CaseIterable {
    case negative, neutral, positive
}

/// A word or phrase that moved a score, with what it added (VADER scale, after negation, degree and
/// contrast), for explanations.
public struct DrivingTerm: Sendable, Equatable {
    public var term: String
    public var weight: Double
    public init(term: String, weight: Double) {
        self.term = term
        self.weight = weight
    }
}

/// The sentiment of one text (a transcript segment, a review, a tweet).
///
/// `valence` is VADER's normalised compound in [−1, 1]; `politeness` in [0, 1) is scored apart from it
/// (P / (P + 1) over the strengths P of the politeness markers), because polite words over a strained
/// voice are what the fusion stage looks for. The record's fields are the `undertone sentiment` output.
public struct SentimentScore: Sendable, Equatable, FieldRecord {
    public var valence: Double
    public var label: SentimentLabel
    public var politeness: Double
    /// Strongest first.
    public var terms: [DrivingTerm]
    public var language: TextLanguage

    public init(valence: Double, label: SentimentLabel, politeness: Double, terms: [DrivingTerm], language: TextLanguage) {
        self.valence = valence
        self.label = label
        self.politeness = politeness
        self.terms = terms
        self.language = language
    }

    public var fields: [Field] {
        [
            Field("valence", .number(valence, decimals: 4)),
            Field("label", .string(label.rawValue)),
            Field("politeness", .number(politeness, decimals: 3)),
            Field("terms", .array(terms.map { .object([Field("term", .string($0.term)),
                                                       Field("weight", .number($0.weight, decimals: 3))]) })),
            Field("lang", .string(language.rawValue)),
        ]
    }
}
