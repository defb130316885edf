/// The languages Undertone scores, and how `--lang auto` picks one for a text.
public enum TextLanguage: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case chinese = "zh"

    /// Chinese when the text has at least one Han character for every four ASCII letters (a Chinese review
    /// with "OK" or an app name in it stays Chinese; so does "I have called three times, 你们到底管不管"); English
    /// otherwise.
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

    /// The other language Undertone scores.
    var other: TextLanguage { self == .english ? .chinese : .english }

    /// Whether this language's lexicon lends `term` to the other's (`Lexicon.borrow`): a Chinese term holding
    /// a Han character; an English word or phrase of letters only, three or more. Emoticons, numbers and
    /// VADER's one- and two-letter entries stay home: in Chinese text "qq", "xp", "86" and "l" are an app,
    /// Windows XP, China's calling code and a letter, and "no" (valence −1.2 as well as a negator) is
    /// mostly a number's label (NO 221752); "no good" is lost with it, "not good" counts.
    func lends(_ term: String) -> Bool {
        switch self {
        case .chinese:
            return term.unicodeScalars.contains(where: Lexicon.isCJK)
        case .english:
            var letters = 0
            for scalar in term.unicodeScalars {
                if scalar.isASCII, scalar.properties.isAlphabetic { letters += 1 } else if scalar != " ", scalar != "'" { return false }
            }
            return letters >= 3
        }
    }
}
