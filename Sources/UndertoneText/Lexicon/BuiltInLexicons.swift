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

    /// The folder SwiftPM copies the resources into, beside the built executable (`<package>_<target>`).
    static let resourceBundleName = "Undertone_UndertoneText.resources"

    /// The built-in lexicons' folder, in the resource bundle beside the running executable (where a
    /// build puts it, and where an install must copy it). Unlike SwiftPM's `Bundle.module`, which stops
    /// the process when the bundle is missing, a missing folder is an error that names it.
    static func builtInFolder() throws -> URL {
        let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).resolvingSymlinksInPath()
        let bundle = executable.deletingLastPathComponent().appendingPathComponent(resourceBundleName)
        let folder = bundle.appendingPathComponent("Lexicons")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(.cannotOpen, source: bundle.path,
                             problem: "missing: the built-in lexicons live in this folder; copy it from the build (.build/release) beside the binary")
        }
        return folder
    }

    fileprivate static func loadBuiltIn(_ language: TextLanguage) throws -> Lexicon {
        let folder = try builtInFolder()
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
