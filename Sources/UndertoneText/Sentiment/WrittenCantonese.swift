/// Reads written Cantonese (粵語白話文, as Hong Kong and Guangdong customers type it and transcribers write it)
/// as Standard Written Chinese, word by word, so the Chinese lexicon and its rules read it: 我唔滿意 is read
/// 我不满意, 有冇搞錯 有没有搞错 (a question that blames), 唔该晒 谢谢 (thanks), 唔好再等 不要再等 (don't).
///
/// Only a text holding a character that Cantonese alone writes (唔, 冇, 咗, 嘅, 哋, …: the table's
/// one-character lines) is rewritten, so Mandarin passes uncopied and reads as before. In such a text the
/// table's words are matched longest first, then its characters: 唔该 is 请 ("please") before 唔 is 不, and
/// characters Mandarin writes too (系, 点, 仲, 呢) change only within the words listed (系咪 是不是, 点解 为什么).
/// The table (`Resources/Script/cantonese_to_mandarin.tsv`) is the team's, written from the grammar's
/// correspondences (Matthews & Yip, *Cantonese: A Comprehensive Grammar*, 2011). It takes texts in Simplified
/// characters, after `TraditionalChinese`. Cantonese words with no Mandarin equivalent (嬲, 顶唔顺) are
/// lexicon terms (`zh/cantonese.tsv`), read through this table too, as every term is (`Lexicon.normalise`).
public enum WrittenCantonese {
    /// `text` in Standard Written Chinese words if it is written Cantonese; `text` itself otherwise.
    public static func mandarin(_ text: String) -> String {
        let table = WordTable.shared
        var text = text
        guard text.withUTF8(table.cantonese.containsAny) else { return text }
        let scalars = Array(text.unicodeScalars)
        var read = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let (length, mandarin) = table.longestWord(in: scalars, at: index) {
                read.append(contentsOf: mandarin.unicodeScalars)
                index += length
            } else {
                read.append(scalars[index])
                index += 1
            }
        }
        return String(read)
    }

    /// The characters only Cantonese writes, whose presence makes a text Cantonese.
    static var cantoneseCharacters: HanCharacterSet { WordTable.shared.cantonese }

    /// Number of the table's lines (for tests).
    static var tableCount: Int { WordTable.shared.words.count }
}

/// The table: its words by their Cantonese form, and the characters only Cantonese writes.
private struct WordTable: Sendable {
    static let shared = WordTable(EmbeddedResources.files["Script/cantonese_to_mandarin.tsv"] ?? "")

    /// Mandarin for each Cantonese word or character.
    private(set) var words: [String: String] = [:]
    /// Characters only Cantonese writes: the one-character lines.
    private(set) var cantonese = HanCharacterSet()
    /// First characters of the words, and the longest word's length in scalars.
    private var starts = HanCharacterSet()
    private var longest = 1

    /// Reads `CANTONESE<TAB>MANDARIN` lines (`#` comments, blank lines). A broken line would be a broken
    /// build; the tests check the table's words.
    init(_ text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let pair = line.split(separator: "\t")
            guard pair.count == 2, let first = pair[0].unicodeScalars.first?.value else { continue }
            let length = pair[0].unicodeScalars.count
            words[String(pair[0])] = String(pair[1])
            starts.insert(first)
            longest = max(longest, length)
            if length == 1 { cantonese.insert(first) }
        }
    }

    /// The longest word starting at `index`, as its length in scalars and its Mandarin.
    func longestWord(in scalars: [Unicode.Scalar], at index: Int) -> (Int, String)? {
        guard starts.contains(scalars[index].value) else { return nil }
        for length in stride(from: min(longest, scalars.count - index), through: 1, by: -1) {
            var key = String.UnicodeScalarView()
            key.append(contentsOf: scalars[index ..< index + length])
            if let mandarin = words[String(key)] { return (length, mandarin) }
        }
        return nil
    }
}
