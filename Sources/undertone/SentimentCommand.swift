import ArgumentParser
import Foundation
import UndertoneCore
import UndertonePipeline
import UndertoneText

/// `undertone sentiment`: scores one text per line of standard input, one JSON object per line out.
struct Sentiment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score the sentiment of one text per line of standard input.",
        discussion: """
            Prints one JSON object per input line, in order (an empty line scores as neutral):
              {"valence":-0.6124,"label":"negative","politeness":0.500,"terms":[{"term":"on hold","weight":-1.500}],"lang":"en"}
            valence is in [-1, 1]; label is negative, neutral or positive; politeness in [0, 1) is scored \
            apart from valence; terms are the words that drove the score, strongest first.

            Examples:
              echo "Fine, thanks. Third time I'm calling about this." | undertone sentiment
              undertone sentiment --lang zh < reviews.txt > scores.jsonl
              undertone sentiment --lexicon my-terms.tsv --lexicon ~/HowNet/ < texts.txt

            --lexicon adds a lexicon over the built-in one (later wins). Formats: Undertone's TSV or VADER's \
            lexicon file (docs/lexicon-format.md); a HowNet directory or file; NTUSD word lists or cntext \
            YAML; BosonNLP_sentiment_score.txt. The format is detected from the path, or set it with \
            --lexicon-format.
            """)

    @Option(help: "Language of the texts: en, zh, or auto (detected per line).")
    var lang: LanguageOption = .auto

    @Option(help: ArgumentHelp("A lexicon file or directory to add over the built-in one; repeatable.", valueName: "path"))
    var lexicon: [String] = []

    @Option(help: "Format of the --lexicon files: undertone, hownet, ntusd, bosonnlp (default: detect from the path).")
    var lexiconFormat: LexiconFormat?

    @OptionGroup var ruleOptions: SentimentRuleOptions

    func run() throws {
        try reportingErrors {
            let lexicons = try lexicon.map { try LexiconFormat.load(URL(fileURLWithPath: $0), format: lexiconFormat) }
            let analyzer = try SentimentAnalyzer(language: lang.language, userLexicons: lexicons, rules: ruleOptions.rules)
            let writer = RecordWriter(format: .jsonl, output: TextOutput())
            defer { try? writer.flush() }
            var lines = TextLineReader()
            while let line = try lines.next() { try writer.write(analyzer.score(line)) }
            try writer.flush()
        }
    }
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
