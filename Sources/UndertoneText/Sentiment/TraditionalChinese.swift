/// Reads Traditional Chinese text as Simplified, one character at a time, so the built-in Chinese lexicon
/// (Simplified) scores it: 你們這是什麼服務 is read as 你们这是什么服务.
///
/// The table is derived from OpenCC's `TSCharacters`, with Hong Kong's and Taiwan's standard forms (衞, 著)
/// from its variant tables (Apache-2.0; `Resources/Script`, made by `Tools/make_traditional_table.sh`, which
/// says how). Traditional to Simplified is the direction a character table does well, since simplification
/// merged characters (發 and 髮 are both 发); what it leaves are the words the regions choose differently
/// (Taiwan's 網路 for 网络, 品質 for 质量), which stay Traditional-region words after conversion, and the rarest
/// characters, whose Simplified forms lie outside the Basic Multilingual Plane. Simplified text passes
/// uncopied, except for the few characters Simplified also writes that the table merges (覆盖 is read 复盖,
/// 乾隆 干隆): lexicon terms are converted alike, so they still match, but a term lists the merged form, and a
/// user's term for one (幹) matches the others (乾, 干) too.
public enum TraditionalChinese {
    /// `text` with each Traditional character replaced by its Simplified form; `text` itself if it has none.
    public static func simplified(_ text: String) -> String {
        let table = CharacterTable.shared
        var text = text
        guard text.withUTF8(table.convertsAny) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(table.simplified(scalar) ?? scalar) }
        return String(scalars)
    }

    /// The characters the table converts.
    static var converted: HanCharacterSet { CharacterTable.shared.traditional }

    /// Number of characters the table converts (for tests and notes).
    static var tableCount: Int { CharacterTable.shared.count }
}

/// The Traditional → Simplified pairs, as a flat array over the Han ranges of the Basic Multilingual Plane.
private struct CharacterTable: Sendable {
    static let shared = CharacterTable(EmbeddedResources.files["Script/traditional_to_simplified.tsv"] ?? "")

    /// Simplified scalar value for each scalar of `HanCharacterSet`'s range, or 0 for none.
    private var forms = [UInt16](repeating: 0, count: Int(HanCharacterSet.last - HanCharacterSet.first) + 1)
    /// The characters with a Simplified form.
    private(set) var traditional = HanCharacterSet()

    /// Number of characters with a Simplified form.
    var count: Int { forms.lazy.filter { $0 != 0 }.count }

    /// Reads `TRADITIONAL<TAB>SIMPLIFIED` lines (`#` comments). A broken line would be a broken build; the
    /// tests check that the table converts thousands of characters.
    init(_ text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let pair = line.unicodeScalars.split(separator: "\t")
            guard pair.count == 2, pair[0].count == 1, pair[1].count == 1,
                  let from = pair[0].first?.value, let simplified = pair[1].first?.value,
                  HanCharacterSet.covers(from), simplified <= UInt32(UInt16.max) else { continue }
            forms[Int(from - HanCharacterSet.first)] = UInt16(simplified)
            traditional.insert(from)
        }
    }

    /// Whether any character of this UTF-8 text has a Simplified form.
    func convertsAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { traditional.containsAny(bytes) }

    @inline(__always)
    func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard traditional.contains(scalar.value) else { return nil }
        return Unicode.Scalar(UInt32(forms[Int(scalar.value - HanCharacterSet.first)]))
    }
}
