import UndertoneCore

/// Scores texts for sentiment: valence, label, politeness and the terms that drove them.
///
/// Lexicon plus rules, in the manner of VADER (Hutto & Gilbert 2014) for English, with the same rules
/// over a Chinese lexicon of our own (否定词, 程度副词 in levels, 转折连词) and Chinese segmentation by
/// maximum matching (see `LexiconScorer`, `SentimentTokenizer`). `language: nil` is `--lang auto`: each
/// text is scored as the language `TextLanguage.detect` finds. A text is scored under one language's rules,
/// but the other language's words count too, with their own lexicon's values (`Lexicon.borrow`): "你们的
/// service太差了" and "so rude, 太差了" are complaints in both. Traditional Chinese characters are read as their
/// Simplified forms (`TraditionalChinese`), as the lexicons' terms are stored, and written Cantonese in Mandarin
/// words (`WrittenCantonese`). An agent's words are read with the agent's lexicon (`Lexicon.builtIn(_:speaker:)`,
/// text round 52): a refund or an escalation the agent offers is no complaint. Thread-safe; `score` allocates
/// only a few small buffers per text.
public struct SentimentAnalyzer: Sendable {
    private let english: LexiconScorer?
    private let chinese: LexiconScorer?
    private let englishAgent: LexiconScorer?
    private let chineseAgent: LexiconScorer?

    /// - Parameters:
    ///   - language: the language of every text, or nil to detect it per text.
    ///   - userLexicons: lexicons merged over the built-in one, in order (later wins), e.g. from `--lexicon`.
    ///   - rules: rule constants per language, defaulting to `SentimentRules.defaults(for:)`.
    ///   - speakers: whose words `score` will be asked to read. The agent's reading is built only when `.agent`
    ///     is among them, the customer's (which also reads a mixed channel) only when another role is: each
    ///     reading costs about 20 ms of start-up.
    /// - Throws: `InputError` only if a built-in lexicon resource is missing (a broken install).
    public init(language: TextLanguage?, userLexicons: [Lexicon] = [], rules: [TextLanguage: SentimentRules] = [:],
                speakers: Set<ChannelRole> = [.customer, .agent]) throws {
        func scorer(_ language: TextLanguage, _ speaker: ChannelRole) throws -> LexiconScorer {
            var lexicon = try Lexicon.builtIn(language, speaker: speaker)
            lexicon.borrow(from: try Lexicon.builtIn(language.other, speaker: speaker), of: language.other)
            for user in userLexicons { lexicon.merge(user) }
            let languageRules = rules[language] ?? .defaults(for: language)
            return LexiconScorer(lexicon: lexicon, rules: speaker == .agent ? languageRules.forAgent() : languageRules,
                                 language: language)
        }
        let needsEnglish = language == nil || language == .english, needsChinese = language == nil || language == .chinese
        let readsCustomers = speakers.contains { $0 != .agent }, readsAgents = speakers.contains(.agent)
        english = needsEnglish && readsCustomers ? try scorer(.english, .customer) : nil
        chinese = needsChinese && readsCustomers ? try scorer(.chinese, .customer) : nil
        englishAgent = needsEnglish && readsAgents ? try scorer(.english, .agent) : nil
        chineseAgent = needsChinese && readsAgents ? try scorer(.chinese, .agent) : nil
    }

    /// Scores one text (a sentence, a turn, a segment) as `speaker` said it: `.agent` with the agent's
    /// lexicon, any other role (a customer, a mixed channel) with the customer's. `speaker` must be one of
    /// those `init` was given (a programming error otherwise).
    public func score(_ text: String, speaker: ChannelRole = .customer) -> SentimentScore {
        let text = StandardWrittenChinese.reading(text)
        let (english, chinese) = speaker == .agent ? (englishAgent, chineseAgent) : (self.english, self.chinese)
        if let english, let chinese {
            return TextLanguage.detect(text) == .chinese ? chinese.score(text) : english.score(text)
        }
        guard let scorer = english ?? chinese else {
            preconditionFailure("SentimentAnalyzer was built without the \(speaker.rawValue)'s reading (init's speakers)")
        }
        return scorer.score(text)
    }
}
