/// A sentiment lexicon: words and phrases with a valence, degree adverbs with a multiplier, negators,
/// pending phrases ("still not"), remedies ("refund"), contrastive conjunctions, irrealis markers,
/// yes/no-question openers, politeness markers and second-person words with a weight, looked up by the
/// scorer without allocation.
///
/// Valences use the VADER scale, −4 (most negative) … +4 (most positive) (Hutto & Gilbert 2014). A term
/// may hold several roles at once (VADER's "no" has a valence and is a negator). Terms are stored
/// normalised (`Lexicon.normalise`): lower-case ASCII, straight apostrophes, single spaces between the
/// words of a phrase, Simplified Chinese characters (`TraditionalChinese`). Chinese terms are found by
/// maximum matching, so a multi-character entry such as 不好意思 also tells the segmenter where a word ends. Built-in lexicons: `Lexicon.builtIn(_:)`;
/// files: `LexiconFileReader`, `ResearchLexiconReader`.
public struct Lexicon: Sendable {
    /// What a term does in a sentence.
    public enum Role: Sendable, Equatable {
        /// A sentiment word or phrase, valence on the VADER scale (−4 … +4).
        case valence(Double)
        /// A degree adverb: multiplies the next sentiment word (> 1 boosts, < 1 dampens).
        case degree(Double)
        /// Flips (and damps) the sentiment words in its scope (`LexiconScorer`, rule 2).
        case negator
        /// A negator that forbids (别, 不要: "don't"): it negates like a negator, but a `conduct` word it
        /// forbids is conduct the speaker says is happening, not its opposite (别骗我, 不要总是敷衍): that word
        /// weighs its own valence × degree × `SentimentRules.prohibitedNegativeWeight`, unflipped. Also a
        /// negator. In English it forbids only at the head of its clause (`SentimentRules.prohibitionOpensClause`).
        case prohibitive
        /// A negative word naming how the listener treats the speaker (骗 "cheat", 敷衍 "brush off", 推卸
        /// "shirk"): forbidden by a `prohibitive` negator it stays a complaint. Other forbidden negative
        /// words are advice or reassurance (您别着急, 请不要迟到, 千万别上当) and are negated as usual.
        case conduct
        /// A phrase saying something has still not happened ("still not", 还没): negates positive words like a
        /// negator ("still not solved"), and is no bare answer: alone ("Still not.") it keeps its own valence,
        /// where "No." answers with none.
        case pending
        /// A remedy the customer asks for ("refund", "money back", 退款, 赔偿): negated, it counts nothing. A
        /// refund that did not happen is no praise ("no refund", 不退款), one declined no complaint ("no refund
        /// needed", 不需要赔偿); the words around it say which.
        case remedy
        /// "but", "但是": the clause after it weighs more than the clause before.
        case contrast
        /// "hope", "please", "if", "希望": what follows in its clause is wished for, asked for or supposed,
        /// not (yet) true.
        case irrealis
        /// An A-not-A question word (是不是, 有没有, 会不会): an `irrealis` marker whose clause asks; the first
        /// sentiment word after it, if negative and not `conduct`, weighs `SentimentRules.askedNegativeWeight`
        /// (您有没有遇到扣费异常？ asks, 你们是不是把我当傻瓜 blames).
        case question
        /// An auxiliary or modal that opens a yes/no question ("is", "can", "do") when it is the first word of
        /// a clause ended by "?": the question's negative words ask ("is that a problem?"), they do not assert.
        case interrogative
        /// A politeness marker with a strength (1 = a plain "thanks").
        case politeness(Double)
        /// A second-person word ("you", "your", 你, 您) with a weight: negative words in its clause are
        /// aimed at the listener and are multiplied by it (the rule and its exceptions: `LexiconScorer`).
        case addressee(Double)
        /// A known word with no sentiment: guides Chinese segmentation (好像 is not 好); in English it may
        /// lead an imperative, before a prohibition's "don't" ("just", "then":
        /// `SentimentRules.prohibitionOpensClause`).
        case word
        /// A coordinating conjunction ("and", "or"): it may lead an imperative like a plain word, and a
        /// prohibition right after it forbids when the conjunct before it did ("don't lie to me and don't
        /// waste my time"; `SentimentRules.prohibitionOpensClause`).
        case coordinator
        /// A phrase in which the speakers report what they said before ("I said", "I told you", "all I ask
        /// is"; the first person is part of the phrase, so "I was told" and "my brother said" are no reports):
        /// a `prohibitive` or `infinitive` negator after it, past plain words, forbids as at the head of its
        /// clause ("I said don't put me on hold", "I told you twice not to put me on hold"; English only, text
        /// round 24, `SentimentRules.prohibitionOpensClause`).
        case report
        /// An infinitive negator ("not to"): negates like a negator, and forbids like a `prohibitive` one only
        /// right after a `report` ("I told you not to put me on hold"); elsewhere ("I decided not to waste my
        /// time", "Not to be rude, but") it is a plain negator. English only, text round 24.
        case infinitive
        /// A causative whose object is the listener (让您, 让你们: "made you …"): a word that weighs negative
        /// (negated or not) in the next `SentimentRules.negationScopeTokens` tokens of its clause names what the
        /// speaker caused the listener, an apology or regret (让您久等了, 抱歉让您失望了), not the speaker's
        /// complaint, and counts nothing, unless it is a `remedy` or a `prohibitive` negator comes between
        /// (`LexiconScorer`, rule 2). 你让我等了这么久 has no causative of the listener. Built in for Chinese,
        /// text round 32.
        case causative
        /// A strong positive exclamation ("great", "perfect", 太好了, 真棒) or a verb of liking with what is liked
        /// ("love being", "enjoy explaining"), near the head of its clause: set against a negative situation
        /// it is sarcasm and weighs `SentimentRules.sarcasmWeight` ("Great, another hour on hold.", "I love
        /// being ignored."; `LexiconScorer`, rule 9). Text round 34.
        case exclamation
        /// A plain word that may come before an exclamation in its clause without making it a statement: an
        /// interjection ("oh", "wow", 哇) or "just". "The agent was great" and 包装挺棒的 state praise; "Oh great"
        /// exclaims it. Like other plain words, it may lead an imperative ("just don't"). Text round 34.
        case lead
        /// A word that makes a situation the speaker's own plight: the speaker as object or owner ("me", "my",
        /// 给我, 让我, 我的) or a trouble that repeats or persists ("again", "another", "twice", 又, 还是, and every
        /// `pending` phrase). An exclamation turns sarcastic only over a situation that holds one ("Great, another
        /// hour on hold."), so that an agent's or a calm caller's report of a fault after praise stays praise
        /// ("Perfect, I can see the fault on the line."). A verb of liking with its speaker holds one itself ("I
        /// love being…"). Text round 34.
        case plight
        /// A word saying a trouble has ended or was only feared ("gone", "stopped", "was worried", 担心, 终于):
        /// a negative situation holding one is relief, not sarcasm ("Great, the noise stopped.", 太好了，我还担心没打通呢).
        /// Text round 34.
        case relief
        /// What was promised or agreed (说好的, 约好的, 答应的: "the … promised"): its valence counts only when
        /// a sentence-final 呢 asks after it across a short noun phrase, the rhetorical "what became of the
        /// promised …?" (说好的发票呢, 说好的三天到货呢; `PromiseGap`); elsewhere it names the agreement and counts
        /// nothing (说好的十一点半送，很准时; 说好的东西都到了呢; 说好的发货时间呢，我记得是周三). Give it a valence
        /// too. Text round 36.
        case promise
        /// A word or phrase that makes the question it opens a request ("can", "could", "how do", "where can":
        /// "Can I rebook it?", "How do I reset it?"): a thanks in the next clause is thanks in advance and counts
        /// even when the text is negative ("I missed the delivery. Can I rebook it? Thank you."; `LexiconScorer`,
        /// rule 8). Text round 38.
        case request
        /// A structural particle that links a modifier to its head (的, 地): a negator or degree adverb reaches a
        /// positive word right after it across the particle and the word right before it, the modifier, as if
        /// neither stood between (没有得到很好的解决: 没有 reaches 解决 past 很好的; 没有很好地解决 likewise;
        /// `LexiconScorer`, rule 2), unless that word is a `possessor`. Text round 43.
        case particle
        /// A personal pronoun (我, 你们, 您, 他们, 大家, 自己): before a `particle` it owns what follows (你们的热情)
        /// rather than describing it, so the particle rule does not pass it (我不会忘记你们的热情 is no negated
        /// praise). Text round 43.
        case possessor
        /// The marker of a scalar focus, "even" (连, 就连, 甚至连): with an `also` adverb after it in its clause and a
        /// denial right after that, 连 X 都/也 + 没/不 ("not even X"), it denies X: a sentiment word in X is negated
        /// (连一个满意的答复都没有 denies 满意), and when no word of the construction says how the speaker feels, its
        /// own valence counts (连个电话都不打, 连基本的尊重都没有: the least was not done); elsewhere, in a question
        /// not put to a plain 你/你们 (连周末也不休息吗？; 你们连个电话都不会打吗？ accuses) and after a `condition`, it counts
        /// nothing (`LexiconScorer`, rule 11). Give it a valence too. Text rounds 46 and 48.
        case even
        /// The adverb that closes an `even` phrase (都, 也: 连 X 都…, "even X …").
        case also
        /// A conjunction that supposes (如果, 要是, 假如, 万一, 就算 "if", "even if"): an `even` phrase after it in its
        /// clause is a supposition, and 连's own valence does not count (如果您连发票都没有，我们可以…). Narrower than
        /// `irrealis`, whose wishes and needs (想, 应该, 希望) may still complain of a real lack. Text round 48.
        case condition
        /// A phrase the copula 是 opens (是怎么回事 "what is that about", 是几个意思): after a verb it is a new predicate,
        /// which a negator before the verb does not reach (不打是怎么回事 denies 打, not 怎么回事). Right after a
        /// negator it is that negator's. Only phrases: a bare 是 after a verb of saying or thinking opens its object,
        /// which the negator does reach (不会以为是及时生效; 不是说是最好的吗). Text round 49.
        case copula
    }

    /// Everything the lexicon knows about one term.
    public struct Entry: Sendable, Equatable {
        public var term: String
        public var valence: Double
        /// Multiplier when used as a degree adverb; nil when the term is not one.
        public var degree: Double?
        public var isNegator: Bool
        public var isProhibitive: Bool
        public var isConduct: Bool
        public var isPending: Bool
        public var isRemedy: Bool
        public var isContrast: Bool
        public var isCoordinator: Bool
        public var isReport: Bool
        public var isInfinitive: Bool
        public var isCausative: Bool
        public var isExclamation: Bool
        public var isLead: Bool
        public var isPlight: Bool
        public var isRelief: Bool
        public var isPromise: Bool
        public var isRequest: Bool
        public var isParticle: Bool
        public var isPossessor: Bool
        public var isEven: Bool
        public var isAlso: Bool
        public var isCondition: Bool
        public var isCopula: Bool
        public var isIrrealis: Bool
        public var isQuestion: Bool
        public var isInterrogative: Bool
        /// Weight of negative words in the clause of this second-person word; nil when the term is not one.
        public var addresseeWeight: Double?
        public var politeness: Double
        /// Lent by the other language's built-in lexicon (`borrow`).
        public var isBorrowed: Bool
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let negator = Flags(rawValue: 1)
        static let contrast = Flags(rawValue: 2)
        static let degree = Flags(rawValue: 4)
        /// Present only as the first token/character of longer terms.
        static let prefixOnly = Flags(rawValue: 8)
        static let irrealis = Flags(rawValue: 16)
        /// Given a valence (possibly 0, which a user lexicon uses to neutralise a built-in word).
        static let valence = Flags(rawValue: 32)
        /// Given a politeness strength (possibly 0, likewise).
        static let politeness = Flags(rawValue: 64)
        static let addressee = Flags(rawValue: 128)
        static let interrogative = Flags(rawValue: 256)
        static let pending = Flags(rawValue: 512)
        static let remedy = Flags(rawValue: 1024)
        static let prohibitive = Flags(rawValue: 2048)
        static let conduct = Flags(rawValue: 4096)
        static let coordinator = Flags(rawValue: 8192)
        static let question = Flags(rawValue: 16384)
        static let report = Flags(rawValue: 32768)
        static let infinitive = Flags(rawValue: 65536)
        /// Lent by the other language's lexicon (`Lexicon.borrow`).
        static let borrowed = Flags(rawValue: 131_072)
        static let causative = Flags(rawValue: 262_144)
        static let exclamation = Flags(rawValue: 524_288)
        static let relief = Flags(rawValue: 1_048_576)
        static let lead = Flags(rawValue: 2_097_152)
        static let plight = Flags(rawValue: 4_194_304)
        static let promise = Flags(rawValue: 8_388_608)
        static let request = Flags(rawValue: 16_777_216)
        static let particle = Flags(rawValue: 33_554_432)
        static let possessor = Flags(rawValue: 67_108_864)
        static let even = Flags(rawValue: 134_217_728)
        static let also = Flags(rawValue: 268_435_456)
        static let condition = Flags(rawValue: 536_870_912)
        static let copula = Flags(rawValue: 1_073_741_824)
    }

    private(set) var table = TermTable(minimumCapacity: 1024)
    private(set) var terms: [String] = []
    private(set) var valences: [Double] = []
    private(set) var degrees: [Double] = []
    private(set) var addresseeWeights: [Double] = []
    private(set) var politeness: [Double] = []
    private(set) var flags: [Flags] = []
    /// For a first word (English) or first character (Chinese): the longest term starting with it, in
    /// words or characters. Drives phrase and maximum matching.
    private(set) var longestStartingUnits: [UInt8] = []

    public init() {}

    /// Number of terms, prefixes excluded.
    public var count: Int { flags.lazy.filter { !$0.contains(.prefixOnly) }.count }

    /// Adds `term` in `role`, keeping its other roles; a later valence, degree or politeness replaces an
    /// earlier one (so a user lexicon loaded after the built-in one overrides it).
    public mutating func add(_ term: String, as role: Role) {
        let key = Self.normalise(term)
        guard !key.isEmpty else { return }
        let index = slot(for: key)
        flags[index].remove(.prefixOnly)
        switch role {
        case .valence(let value): valences[index] = value; flags[index].insert(.valence)
        case .degree(let multiplier): degrees[index] = multiplier; flags[index].insert(.degree)
        case .negator: flags[index].insert(.negator)
        case .prohibitive: flags[index].formUnion([.negator, .prohibitive])
        case .conduct: flags[index].insert(.conduct)
        case .pending: flags[index].insert(.pending)
        case .remedy: flags[index].insert(.remedy)
        case .contrast: flags[index].insert(.contrast)
        case .coordinator: flags[index].insert(.coordinator)
        case .report: flags[index].insert(.report)
        case .infinitive: flags[index].formUnion([.negator, .infinitive])
        case .causative: flags[index].insert(.causative)
        case .exclamation: flags[index].insert(.exclamation)
        case .lead: flags[index].insert(.lead)
        case .plight: flags[index].insert(.plight)
        case .relief: flags[index].insert(.relief)
        case .promise: flags[index].insert(.promise)
        case .request: flags[index].insert(.request)
        case .particle: flags[index].insert(.particle)
        case .possessor: flags[index].insert(.possessor)
        case .even: flags[index].insert(.even)
        case .also: flags[index].insert(.also)
        case .condition: flags[index].insert(.condition)
        case .copula: flags[index].insert(.copula)
        case .irrealis: flags[index].insert(.irrealis)
        case .question: flags[index].formUnion([.irrealis, .question])
        case .interrogative: flags[index].insert(.interrogative)
        case .addressee(let weight): addresseeWeights[index] = weight; flags[index].insert(.addressee)
        case .politeness(let strength): politeness[index] = strength; flags[index].insert(.politeness)
        case .word: break
        }
        registerPrefix(of: key)
    }

    /// Adds every term of `other`, its roles overriding this lexicon's: its values (valence, degree,
    /// addressee weight, politeness) where it gives them, and its role flags added to the term's own.
    public mutating func merge(_ other: Lexicon) {
        for otherIndex in other.terms.indices where !other.flags[otherIndex].contains(.prefixOnly) {
            copyRoles(of: otherIndex, from: other)
        }
    }

    /// Adds the terms `language`'s lexicon `other` lends (`TextLanguage.lends`) that this lexicon does not
    /// list, with all their roles, marked as borrowed; a term it lists keeps its own roles only. A line
    /// scored in one language then still counts the other's words ("你们的service太差了", "so rude, 太差了")
    /// under its own rules: code-switched speech keeps the grammatical frame of one matrix language and
    /// inserts words from the other (Myers-Scotton 1993, *Duelling Languages*). A borrowed English term
    /// written with a capital is read as a name, unless it negates (`SentimentTokenizer`: Joy, Best Buy).
    mutating func borrow(from other: Lexicon, of language: TextLanguage) {
        for otherIndex in other.terms.indices where !other.flags[otherIndex].contains(.prefixOnly) {
            let term = other.terms[otherIndex]
            guard language.lends(term) else { continue }
            if let index = table.index(of: term), !flags[index].contains(.prefixOnly) { continue }
            flags[copyRoles(of: otherIndex, from: other)].insert(.borrowed)
        }
    }

    /// Adds `other`'s term at `otherIndex` with its values (where it gives them) and its role flags; returns
    /// the term's index here.
    @discardableResult
    private mutating func copyRoles(of otherIndex: Int, from other: Lexicon) -> Int {
        let term = other.terms[otherIndex]
        let roles = other.flags[otherIndex]
        add(term, as: .word)
        let index = slot(for: term)
        if roles.contains(.valence) { valences[index] = other.valences[otherIndex] }
        if roles.contains(.degree) { degrees[index] = other.degrees[otherIndex] }
        if roles.contains(.addressee) { addresseeWeights[index] = other.addresseeWeights[otherIndex] }
        if roles.contains(.politeness) { politeness[index] = other.politeness[otherIndex] }
        flags[index].formUnion(roles)
        return index
    }

    /// The entry for `term` (normalised first), or nil.
    public func entry(for term: String) -> Entry? {
        guard let index = table.index(of: Self.normalise(term)), !flags[index].contains(.prefixOnly) else { return nil }
        return entry(at: index)
    }

    func entry(at index: Int) -> Entry {
        Entry(term: terms[index], valence: valences[index],
              degree: flags[index].contains(.degree) ? degrees[index] : nil,
              isNegator: flags[index].contains(.negator), isProhibitive: flags[index].contains(.prohibitive),
              isConduct: flags[index].contains(.conduct),
              isPending: flags[index].contains(.pending),
              isRemedy: flags[index].contains(.remedy),
              isContrast: flags[index].contains(.contrast), isCoordinator: flags[index].contains(.coordinator),
              isReport: flags[index].contains(.report), isInfinitive: flags[index].contains(.infinitive),
              isCausative: flags[index].contains(.causative),
              isExclamation: flags[index].contains(.exclamation), isLead: flags[index].contains(.lead),
              isPlight: flags[index].contains(.plight),
              isRelief: flags[index].contains(.relief), isPromise: flags[index].contains(.promise),
              isRequest: flags[index].contains(.request), isParticle: flags[index].contains(.particle),
              isPossessor: flags[index].contains(.possessor),
              isEven: flags[index].contains(.even), isAlso: flags[index].contains(.also),
              isCondition: flags[index].contains(.condition), isCopula: flags[index].contains(.copula),
              isIrrealis: flags[index].contains(.irrealis), isQuestion: flags[index].contains(.question),
              isInterrogative: flags[index].contains(.interrogative),
              addresseeWeight: flags[index].contains(.addressee) ? addresseeWeights[index] : nil,
              politeness: politeness[index], isBorrowed: flags[index].contains(.borrowed))
    }

    /// The form terms are stored and matched in: trimmed, lower-case, ’ → ', runs of white space → one space,
    /// Traditional Chinese characters in their Simplified forms (`TraditionalChinese`, as texts are scored), so
    /// a user's Traditional lexicon (NTUSD) matches too, and written Cantonese in Mandarin words
    /// (`WrittenCantonese`, as texts are scored: a term 顶唔顺 is stored 顶不顺).
    public static func normalise(_ term: String) -> String {
        if term.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !(0x41...0x5A).contains($0) }) { return term } // already so
        return StandardWrittenChinese.reading(term).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private mutating func slot(for key: String) -> Int {
        let index = table.insert(key)
        if index == terms.count {
            terms.append(key)
            valences.append(0)
            degrees.append(1)
            addresseeWeights.append(1)
            politeness.append(0)
            flags.append([.prefixOnly])
            longestStartingUnits.append(0)
        }
        return index
    }

    /// Records, on the first word of a phrase or the first character of a CJK term, how long the longest
    /// term starting there is, so the scorer tries only lengths that can match; and, for a phrase, each of
    /// its leading runs of two or more words as a prefix, so phrase matching can stop at the first run no
    /// phrase continues (`SentimentTokenizer`).
    private mutating func registerPrefix(of key: String) {
        let units: Int
        let first: String
        if key.contains(" ") {
            let words = key.split(separator: " ")
            units = words.count
            first = String(words[0])
            for length in stride(from: 2, to: units, by: 1) { _ = slot(for: words[..<length].joined(separator: " ")) }
        } else if let scalar = key.unicodeScalars.first, Self.isCJK(scalar) {
            units = key.unicodeScalars.count
            first = String(scalar)
        } else {
            return
        }
        let index = slot(for: first)
        longestStartingUnits[index] = UInt8(min(255, max(Int(longestStartingUnits[index]), units)))
    }

    /// Han ideographs (CJK Unified, Extension A, Compatibility): the characters maximum matching segments.
    @inline(__always)
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
    }
}
