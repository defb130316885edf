/// Tells Traditional Chinese text apart from Simplified, so that a user whose transcripts are in
/// Traditional characters learns that the built-in Chinese lexicon (Simplified) misses most of their
/// words, instead of reading neutral scores. The test: characters that exist only in Traditional
/// writing, the Traditional forms of some of the commonest words of a service call (們 for 们, 這 for
/// 这, 還 for 还, 沒 for 没, 滿 for 满 …); Simplified text does not use them.
public enum TraditionalChineseHint {
    /// Traditional-only forms of frequent characters (each has a different Simplified form).
    static let traditionalOnly: Set<Unicode.Scalar> = Set("們個這說對還沒務滿氣錢電話問題麼來時會為與東門開關買賣費號處給讓點從過現樣單換聯繫請謝應該經幫幾網頁".unicodeScalars)

    /// Traditional-only characters that mark a text as Traditional Chinese.
    public static let minimumCount = 2

    /// The text holds at least `minimumCount` Traditional-only characters.
    public static func looksTraditional(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars where traditionalOnly.contains(scalar) {
            count += 1
            if count >= minimumCount { return true }
        }
        return false
    }

    /// What a warning says about it.
    public static let advice = "looks like Traditional Chinese; the built-in Chinese lexicon is Simplified and misses most of "
        + "its words (they score 0): convert it first, e.g. with OpenCC (opencc -c t2s.json)"
}
