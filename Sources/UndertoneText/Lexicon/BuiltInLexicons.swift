import Foundation
import UndertoneCore

/// The lexicons shipped with Undertone, under `Resources/Lexicons/` (origins in `SOURCE.md` there).
///
/// English: VADER's lexicon (MIT, Hutto & Gilbert 2014; `LICENSE-VADER.txt`), VADER's negators and
/// degree adverbs re-graded as multipliers, and our service-domain terms and politeness markers.
/// Chinese: written by the Undertone team (sentiment words, service-domain terms, degree adverbs in
/// levels, negators, contrastive conjunctions, politeness markers, segmentation words). Both get the
/// shared emoji list. Loaded once per process.
extension Lexicon {
    /// Files of each built-in lexicon, loaded in order (later files override earlier roles).
    static func builtInFiles(_ language: TextLanguage) -> [String] {
        switch language {
        case .english: return ["en/vader_lexicon.txt", "en/rules.tsv", "en/service.tsv", "emoji.tsv"]
        case .chinese: return ["zh/rules.tsv", "zh/sentiment.tsv", "zh/service.tsv", "zh/words.tsv", "emoji.tsv"]
        }
    }

    /// The built-in lexicon for `language`. - Throws: `InputError` if the resources are missing.
    public static func builtIn(_ language: TextLanguage) throws -> Lexicon {
        try (language == .english ? BuiltInCache.english : BuiltInCache.chinese).get()
    }

    fileprivate static func loadBuiltIn(_ language: TextLanguage) throws -> Lexicon {
        guard let folder = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            throw InputError(.cannotOpen, source: "UndertoneText resources", problem: "the built-in lexicons are missing; reinstall Undertone")
        }
        var lexicon = Lexicon()
        for file in builtInFiles(language) {
            let url = folder.appendingPathComponent(file)
            try LexiconFileReader.parse(TextFile.read(url), source: url.path, into: &lexicon)
        }
        return lexicon
    }
}

private enum BuiltInCache {
    static let english = Result { try Lexicon.loadBuiltIn(.english) }
    static let chinese = Result { try Lexicon.loadBuiltIn(.chinese) }
}
