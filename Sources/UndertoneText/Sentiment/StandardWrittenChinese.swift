/// How texts and lexicon terms are read before Chinese is matched: Traditional characters in their Simplified
/// forms (`TraditionalChinese`, text round 30), then written Cantonese in Mandarin words (`WrittenCantonese`,
/// text round 31), as the built-in lexicon is written. One pass over a text's bytes finds whether either
/// applies; the common text, which needs neither (English, Simplified Mandarin), is returned uncopied.
enum StandardWrittenChinese {
    private static let rewritten = TraditionalChinese.converted.union(WrittenCantonese.cantoneseCharacters)

    /// `text` in Simplified characters and Mandarin words.
    static func reading(_ text: String) -> String {
        var text = text
        guard text.withUTF8(rewritten.containsAny) else { return text }
        return WrittenCantonese.mandarin(TraditionalChinese.simplified(text))
    }
}
