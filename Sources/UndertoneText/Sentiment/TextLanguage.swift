/// The languages Undertone scores, and how `--lang auto` picks one for a text.
public enum TextLanguage: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case chinese = "zh"

    /// Chinese when Han characters make up at least a quarter of the text's letters and characters
    /// (a Chinese review with "OK" or an app name in it stays Chinese); English otherwise.
    public static func detect(_ text: String) -> TextLanguage {
        var han = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            if Lexicon.isCJK(scalar) {
                han += 1
            } else if scalar.isASCII, scalar.properties.isAlphabetic {
                letters += 1
            }
        }
        return han > 0 && han * 4 >= letters ? .chinese : .english
    }
}
