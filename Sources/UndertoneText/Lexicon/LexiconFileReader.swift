import Foundation
import UndertoneCore

/// Reads Undertone's own lexicon format (`docs/lexicon-format.md`), which also accepts VADER's
/// `vader_lexicon.txt` as is.
///
/// One term per line, tab-separated; `#` starts a comment line; blank lines are skipped.
/// ```
/// refund            valence     -0.8      # or just: refund <TAB> -0.8   (VADER layout)
/// extremely         degree      1.6
/// never             negator
/// 别                prohibitive
/// 敷衍              conduct
/// still not         pending
/// refund            remedy
/// however           contrast
/// and               coordinator
/// i said            report
/// not to            infinitive
/// 让您              causative
/// great             exclamation
/// oh                lead
/// again             plight
/// stopped           relief
/// 说好的            promise
/// 的                particle
/// 您                possessor
/// 连                even
/// 都                also
/// hope              irrealis
/// 是不是            question
/// is                interrogative
/// you               addressee   3
/// thanks            politeness  1.0
/// 好像              word
/// ```
public enum LexiconFileReader {
    /// Parses a lexicon file. - Throws: `InputError` with the file and line of the first bad line.
    public static func read(_ url: URL) throws -> Lexicon {
        try parse(TextFile.read(url), source: url.relativePath)
    }

    /// Parses lexicon text; `source` names it in errors.
    public static func parse(_ text: String, source: String) throws -> Lexicon {
        var lexicon = Lexicon()
        try parse(text, source: source, into: &lexicon)
        return lexicon
    }

    /// Parses lexicon text into an existing lexicon (later lines override earlier roles).
    public static func parse(_ text: String, source: String, into lexicon: inout Lexicon) throws {
        for (offset, rawLine) in TextFile.lines(text).enumerated() {
            let line = trimmed(rawLine)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = rawLine.split(separator: "\t", omittingEmptySubsequences: false).map(trimmed)
            let position = "line \(offset + 1)"
            guard columns.count >= 2, !columns[0].isEmpty else {
                throw InputError(source: source, position: position,
                                 problem: "expected 'term<TAB>role[<TAB>value]' (or VADER's 'term<TAB>valence'), got '\(line.prefix(60))'")
            }
            lexicon.add(columns[0], as: try role(columns, source: source, position: position))
        }
    }

    private static func role(_ columns: [String], source: String, position: String) throws -> Lexicon.Role {
        if let valence = Double(columns[1]) {
            return .valence(try checked(valence, range: -4...4, what: "valence", source: source, position: position))
        }
        func value(_ what: String, range: ClosedRange<Double>, default fallback: Double? = nil) throws -> Double {
            guard columns.count >= 3, !columns[2].isEmpty else {
                if let fallback { return fallback }
                throw InputError(source: source, position: position, problem: "'\(columns[1])' needs a number in the third column")
            }
            guard let number = Double(columns[2]) else {   // a default stands in for a missing number, not a typo
                throw InputError(source: source, position: position, problem: "'\(columns[1])' needs a number in the third column, not '\(columns[2])'")
            }
            return try checked(number, range: range, what: what, source: source, position: position)
        }
        switch columns[1].lowercased() {
        case "valence": return .valence(try value("valence", range: -4...4))
        case "degree": return .degree(try value("degree multiplier", range: 0...4))
        case "negator": return .negator
        case "prohibitive": return .prohibitive
        case "conduct": return .conduct
        case "pending": return .pending
        case "remedy": return .remedy
        case "contrast": return .contrast
        case "irrealis": return .irrealis
        case "question": return .question
        case "interrogative": return .interrogative
        case "addressee": return .addressee(try value("addressee weight", range: 0...10))
        case "politeness": return .politeness(try value("politeness strength", range: 0...4, default: 1))
        case "word": return .word
        case "coordinator": return .coordinator
        case "report": return .report
        case "infinitive": return .infinitive
        case "causative": return .causative
        case "exclamation": return .exclamation
        case "lead": return .lead
        case "plight": return .plight
        case "relief": return .relief
        case "promise": return .promise
        case "request": return .request
        case "particle": return .particle
        case "possessor": return .possessor
        case "even": return .even
        case "also": return .also
        case "condition": return .condition
        case "copula": return .copula
        default:
            throw InputError(source: source, position: position,
                             problem: "unknown role '\(columns[1])'; use valence, degree, negator, prohibitive, infinitive, conduct, pending, remedy, contrast, coordinator, report, causative, exclamation, lead, plight, relief, promise, request, particle, possessor, even, also, condition, copula, irrealis, question, interrogative, politeness, addressee or word")
        }
    }

    /// `text` without leading and trailing white space other than newlines, and zero-width spaces, as
    /// Foundation's `trimmingCharacters(in: .whitespaces)` trimmed them (it took most of the start-up of every
    /// command loading the English lexicon): a term of nothing but a zero-width space is an empty term.
    private static func trimmed(_ text: Substring) -> String {
        let isBlank = { (character: Character) in character.isWhitespace && !character.isNewline || character == "\u{200B}" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }

    private static func checked(_ value: Double, range: ClosedRange<Double>, what: String,
                                source: String, position: String) throws -> Double {
        guard range.contains(value) else {
            throw InputError(source: source, position: position,
                             problem: "\(what) \(value) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }
}
