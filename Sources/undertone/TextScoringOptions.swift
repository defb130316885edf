import ArgumentParser
import Foundation
import UndertoneCore
import UndertoneText

/// Options of `sentiment` and `analyze` that choose how text is scored: the language, lexicons added
/// over the built-in ones (a domain's own terms, a licensed research lexicon), and the hidden rule
/// constants. One set, so a lexicon tried with `sentiment` scores a call's transcript the same way.
struct TextScoringOptions: ParsableArguments {
    @Option(help: "Language of the texts: en, zh, or auto (detected per line or transcript segment; the default).")
    var lang: LanguageOption?

    @Option(help: ArgumentHelp("""
        A lexicon file or directory to add over the built-in one (later wins); repeatable. Formats: \
        Undertone's TSV or VADER's lexicon file (docs/lexicon-format.md); a HowNet directory or file; \
        NTUSD word lists; BosonNLP_sentiment_score.txt; the cntext package's YAML dictionaries (HowNet, \
        NTUSD, DUTIR, Tsinghua, Chinese EmoBank, NRC).
        """, valueName: "path"))
    var lexicon: [String] = []

    @Option(help: "Format of the --lexicon files: undertone, hownet, ntusd, bosonnlp, cntext (default: detect from the path; .yaml is cntext).")
    var lexiconFormat: LexiconFormat?

    @OptionGroup var ruleOptions: SentimentRuleOptions

    /// The analyzer these options describe, able to read the words of `speakers`.
    /// - Throws: `InputError` for an unreadable or malformed lexicon.
    func analyzer(speakers: Set<ChannelRole>) throws -> SentimentAnalyzer {
        let lexicons = try lexicon.map { path in
            let loaded = try LexiconFormat.load(URL(fileURLWithPath: path), format: lexiconFormat)
            if loaded.count == 0 { warnOnStderr("\(path): no lexicon entries in it (comments and blank lines only?); it changes nothing") }
            return loaded
        }
        return try SentimentAnalyzer(language: lang?.language, userLexicons: lexicons, rules: ruleOptions.rules,
                                     speakers: speakers)
    }

    /// Whether any of these options was given (`analyze` refuses them without a transcript to score).
    var isGiven: Bool { lang != nil || !lexicon.isEmpty || lexiconFormat != nil }
}

/// `--lang` values.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case en, zh, auto
    var language: TextLanguage? {
        switch self {
        case .en: return .english
        case .zh: return .chinese
        case .auto: return nil
        }
    }
}

extension LexiconFormat: ExpressibleByArgument {}
