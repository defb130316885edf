import Foundation
import UndertoneCore

/// The lexicons shipped with Undertone, under `Resources/Lexicons/` (origins in `SOURCE.md` there),
/// built into the binary at build time (the EmbedResources plugin), so an install is the one file.
///
/// English: VADER's lexicon (MIT, Hutto & Gilbert 2014; `LICENSE-VADER.txt`), VADER's negators and
/// degree adverbs re-graded as multipliers, and our service-domain terms and politeness markers.
/// Chinese: written by the Undertone team (sentiment words, service-domain terms, degree adverbs in
/// levels, negators, contrastive conjunctions, politeness markers, segmentation words). Both get the
/// shared emoji list. Parsed once per process, on first use.
extension Lexicon {
    /// Files of each built-in lexicon, loaded in order (later files override earlier roles).
    static func builtInFiles(_ language: TextLanguage) -> [String] {
        switch language {
        case .english: return ["en/vader_lexicon.txt", "en/rules.tsv", "en/service.tsv", "emoji.tsv"]
        case .chinese: return ["zh/rules.tsv", "zh/sentiment.tsv", "zh/service.tsv", "zh/cantonese.tsv", "zh/words.tsv", "emoji.tsv"]
        }
    }

    /// The file that changes the built-in lexicon of `language` for an agent's words (text round 52):
    /// the service acts and waits a customer names in complaint (refund, cancel, escalate, on hold, 48
    /// hours; 退款, 投诉, 催) are what an agent offers or reports, and weigh 0; the listener is the customer
    /// the agent serves, not someone accused, so second-person words weigh 1.
    static func agentFile(_ language: TextLanguage) -> String {
        language == .english ? "en/agent.tsv" : "zh/agent.tsv"
    }

    /// The built-in lexicon for `language`, as a customer's (or a mixed channel's) words are read, or, for
    /// `ChannelRole.agent`, with `agentFile(language)` merged over it. - Throws: `InputError` naming the
    /// file and line if a built-in file does not parse (a build that shipped a broken lexicon; the tests
    /// load both languages).
    public static func builtIn(_ language: TextLanguage, speaker: ChannelRole = .customer) throws -> Lexicon {
        switch (language, speaker == .agent) {
        case (.english, false): return try BuiltInCache.english.get()
        case (.chinese, false): return try BuiltInCache.chinese.get()
        case (.english, true): return try BuiltInCache.englishAgent.get()
        case (.chinese, true): return try BuiltInCache.chineseAgent.get()
        }
    }

    /// The licence notices of third-party data among the built-in lexicons (VADER's, MIT): every
    /// `LICENSE…` file there, by its path, for users of a binary distribution.
    public static var builtInNotices: [(path: String, text: String)] {
        EmbeddedResources.licenceNotices
    }

    fileprivate static func loadBuiltIn(_ language: TextLanguage) throws -> Lexicon {
        var lexicon = Lexicon()
        for file in builtInFiles(language) { try parseBuiltIn(file, into: &lexicon) }
        return lexicon
    }

    fileprivate static func loadBuiltInAgent(_ language: TextLanguage) throws -> Lexicon {
        var lexicon = try builtIn(language)
        try parseBuiltIn(agentFile(language), into: &lexicon)
        return lexicon
    }

    private static func parseBuiltIn(_ file: String, into lexicon: inout Lexicon) throws {
        guard let text = EmbeddedResources.files["Lexicons/" + file] else {
            throw InputError(source: "built-in lexicon \(file)", problem: "missing from the build (Resources/Lexicons)")
        }
        try LexiconFileReader.parse(text, source: "built-in \(file)", into: &lexicon)
    }
}

private enum BuiltInCache {
    static let english = Result { try Lexicon.loadBuiltIn(.english) }
    static let chinese = Result { try Lexicon.loadBuiltIn(.chinese) }
    static let englishAgent = Result { try Lexicon.loadBuiltInAgent(.english) }
    static let chineseAgent = Result { try Lexicon.loadBuiltInAgent(.chinese) }
}
