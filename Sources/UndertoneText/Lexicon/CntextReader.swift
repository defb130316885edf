import Foundation
import UndertoneCore
import Yams

/// Reads the YAML dictionaries of `cntext` (Deng Xudong's Python text-analysis package): `Name`, `Desc`,
/// `Refer`, `Category`, and `Dictionary`, which maps each category to a list of words, or (valence
/// dictionaries) each word to its `valence` and `arousal`.
///
/// This is how many users now hold HowNet, NTUSD, DUTIR, the Tsinghua praise/degrade lists, Chinese
/// EmoBank and NRC EmoLex. Categories, by name:
/// - +2 (`LexiconFormat.listValence`): `pos`, `positive`, `praise`, DUTIR's 好 (good) and 乐 (joy);
///   −2: `neg`, `negative`, `degrade`, DUTIR's 哀 怒 惧 恶 (sorrow, anger, fear, disgust);
/// - `deny` → negators; `extreme`, `very`, `more`, `ish` → degree 2.0, 1.5, 1.25, 0.75 (HowNet's levels
///   as `HowNetReader` maps them);
/// - a word mapped to `valence: V` on Chinese EmoBank's 1–9 scale (Lee, Li & Yu 2022; 5 is neutral) →
///   valence V − 5, which is VADER's −4 … +4.
/// A key's value decides what it is: a list makes it a category, a mapping a word. Other categories
/// (NRC's eight emotions, DUTIR's 惊 surprise, stop words, Lexicoder's negated lists) say nothing about
/// polarity here and are skipped; a file with none of the above is an error naming what it has.
public enum CntextReader {
    public static func read(_ url: URL) throws -> Lexicon {
        try parse(TextFile.read(url), source: url.relativePath)
    }

    public static func parse(_ text: String, source: String) throws -> Lexicon {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw InputError(source: source, problem: "not valid YAML: \(YAMLErrorText.oneLine(error))")
        }
        guard let dictionary = root?.mapping?["Dictionary"]?.mapping else {
            throw InputError(source: source, problem: "no 'Dictionary:' mapping; expected a cntext YAML dictionary (Name, Category, Dictionary)")
        }
        guard !dictionary.isEmpty else { throw InputError(source: source, problem: "'Dictionary:' is empty") }
        var lexicon = Lexicon()
        var skipped: [String] = []
        for (key, value) in dictionary {
            let name = key.string ?? String(describing: key)
            // The value's shape decides, not the key: Chinese EmoBank has the words 好, 乐, 怒 and 恶,
            // which are also DUTIR's category names.
            if let scores = value.mapping {
                guard let valence = scores["valence"] else {
                    throw InputError(source: source, position: "word '\(name)'", problem: "its mapping needs 'valence:' (on the 1–9 scale)")
                }
                lexicon.add(name, as: .valence(try emoBankValence(valence, word: name, source: source)))
            } else if let words = value.sequence {
                guard let role = role(category: name) else { skipped.append(name); continue }
                for word in words {
                    guard let term = word.string?.trimmingCharacters(in: .whitespaces), !term.isEmpty else { continue }
                    lexicon.add(term, as: role)
                }
            } else if value.scalar?.string.isEmpty == true {
                continue   // `neg:` with no words under it: an empty list
            } else {
                throw InputError(source: source, position: "'\(name)'",
                                 problem: "must be a list of words ('- word' lines) or a word's 'valence:' mapping")
            }
        }
        guard lexicon.count > 0 else {
            let named = skipped.map { "'\($0)'" }
            throw InputError(source: source, problem: "no polarity, negator, degree or valence category among \(named.prefix(Self.namedInErrors).joined(separator: ", "))\(named.count > Self.namedInErrors ? " …" : ""); nothing to score with")
        }
        return lexicon
    }

    /// How many skipped categories an error names (NRC has ten; a longer list would not help).
    private static let namedInErrors = 12

    static func role(category: String) -> Lexicon.Role? {
        switch category.trimmingCharacters(in: .whitespaces).lowercased() {
        case "pos", "positive", "praise", "好", "乐": return .valence(LexiconFormat.listValence)
        case "neg", "negative", "degrade", "哀", "怒", "惧", "恶": return .valence(-LexiconFormat.listValence)
        case "deny": return .negator
        case "extreme": return .degree(2.0)
        case "very": return .degree(1.5)
        case "more": return .degree(1.25)
        case "ish": return .degree(0.75)
        default: return nil
        }
    }

    private static func emoBankValence(_ node: Node, word: String, source: String) throws -> Double {
        guard let text = node.scalar?.string, let value = Double(text), (1...9).contains(value) else {
            throw InputError(source: source, position: "word '\(word)'",
                             problem: "valence '\(node.scalar?.string ?? "?")' is not a number on the 1–9 scale")
        }
        return value - 5
    }
}
