import Foundation

/// Scores one language's texts with a lexicon and the rules of `SentimentRules`.
///
/// For each sentiment word (valence ≠ 0), in order:
/// 1. **Degree**: the nearest degree adverb within `degreeScopeTokens` before it (not past a clause
///    break or another sentiment word) multiplies it; a word that is both a degree adverb and a
///    sentiment word (好, "pretty", "super") is a degree adverb when a sentiment word follows at once.
/// 2. **Negation**: an odd number of negators within `negationScopeTokens` before it, not past a clause
///    break or contrastive conjunction, multiplies it by `negationScalar`. A negator reaches a positive
///    word past other sentiment words ("not a good solution", "not sure you solved it"), a negative word
///    only if it is the first sentiment word after the negator ("can't resolve problems": the problems
///    stay problems; 不解决问题), and, once counted, passes no sentiment word ("not happy, not satisfied"
///    negates each once). A degree adverb that is also a sentiment word is passed as a degree adverb
///    ("not super super helpful", 没好好解决). A positive word right after a structural particle (的, 地:
///    `Lexicon.Role.particle`) is the head of the modifier before it: the particle and the modifier's word
///    count no distance (没有得到很好的解决 negates 解决 too; 没有店里的好吃), unless that word is a possessor
///    (`Lexicon.Role.possessor`: 我不会忘记你们的热情). A phrase the copula opens after a word that does not negate
///    (`Lexicon.Role.copula`: 是怎么回事) is a new predicate that no negator before it reaches (不打是怎么回事). A
///    pending phrase ("still not", 还没) negates positive words only: its own valence already says the thing has
///    not happened ("still no refund"). A negated remedy the customer asks for ("refund", 退款) counts nothing:
///    "no refund" is no praise, "no refund needed" no complaint; in an agent's words it is refused and weighs
///    `refusedRemedyValence` (不能给您退款; text round 52). A negated negative word then weighs
///    `negatedNegativeWeight` (English 1: "not bad" is praise; Chinese 0: 没那么差 is no praise), unless the
///    negator nearest it forbids (别, 不要: `Lexicon.Role.prohibitive`) and the word names the listener's
///    conduct (`Lexicon.Role.conduct`): 别骗我 says the speaker is being lied to, so the word keeps its own sign,
///    × degree × `prohibitedNegativeWeight`; 您别着急 and 千万别上当 are reassurance and advice, negated as usual.
///    Where `SentimentRules.prohibitionOpensClause` (English), the negator forbids only when it opens its
///    clause (or a report: "I said don't…", "I told you not to…") or follows a coordinator after a forbidding
///    conjunct ("please don't lie to me", "never lie to me", "don't lie to me and don't waste my time"; in
///    "I don't lie" it is a plain negator).
///    A word that weighs negative (negated or not) within `negationScopeTokens` after a causative of the
///    listener in its clause (让您, 让你们: `Lexicon.Role.causative`) counts nothing: 让您久等了, 抱歉让您失望了,
///    让您不开心了 name what the speaker caused the listener, an apology, not a complaint. A remedy asked for
///    (这次必须让你们赔偿) and a prohibition (让你们别再烦我) between them still count.
///    Order matters: a negator *before* a booster softens it ("not very good", 不太好: ×negationScalar /
///    degree), a booster before a negator intensifies the negation (很不满意: ×negationScalar × degree).
/// 3. **Capitals**: `capsIncrement` added to its magnitude if it is in capitals in a mixed-case text.
/// 4. **Contrast**: each contrastive conjunction multiplies the sum so far by `contrastBeforeWeight`;
///    words after the first weigh `contrastAfterWeight`.
/// 5. **Irrealis**: a positive word in a clause ending with "?" or 吗, or after a wish, request or
///    condition marker ("hope", "please", "if", 希望) in its clause and before any contrastive
///    conjunction, weighs `irrealisPositiveWeight`: it is asked or wished for, not stated. A negative
///    word in a yes/no question (a clause ended by "?" whose first word is an interrogative opener, "is
///    that a problem?", "can you send it again?") weighs `polarQuestionNegativeWeight`: it is asked about.
///    The first sentiment word after an A-not-A question word in its clause (是不是, 有没有:
///    `Lexicon.Role.question`), if negative and not conduct, weighs `askedNegativeWeight` (您有没有遇到扣费异常？
///    asks; 你们是不是把我当傻瓜 blames); a negated positive word there is an accusation (你们是不是不想解决) and
///    the words after it are stated (会不会是快递的问题反正我很失望).
/// 6. **Answers**: a negator that is a clause by itself ("No, that's all", "No.") answers a question;
///    it negates nothing and carries none of its own valence (VADER gives "no" −1.2, meant for "no good").
///    A politeness marker right after it declines politely ("No, thanks", like the phrase "no thanks"):
///    politeness, no valence.
/// 7. **Listener**: the negative words (after negation and degree; politeness markers aside) of a span
///    that holds a second-person word ("you", "your", 你, 您) are multiplied by that word's lexicon
///    weight (the largest in the span; built in: 4 in both languages), unless the span also praises
///    ("you solved my problem" is a resolution, not blame). A span ends at a clause break or a
///    contrastive conjunction ("the agent was rude but you fixed it"). Blame aimed at the service ("you
///    never call back", "your service is a joke") says more about how the customer feels than a report
///    of the trouble that made them call ("my internet is down"). Target-dependent sentiment, after
///    Jiang et al. 2011, "Target-dependent Twitter Sentiment Classification" (ACL). The weights were
///    chosen on the STC-3 tuning split (`docs/history/text-sentiment.md`, text round 6; `Tools/sentiment_addressee_grid.py`).
/// 8. **Politeness markers** ("thanks") add their valence × `politeValenceWeight`, or
///    × `politeValenceWeightInComplaint` when the other words sum to a negative (grudging thanks), except a
///    thanks in advance ("Can I rebook it? Thank you."; `isThanksInAdvance`), which counts in full and is left
///    out of that sum, unless a thanks not in advance is grudging there ("Thanks for keeping me on hold. Can I
///    speak to someone? Thanks." thanks for nothing twice).
/// 9. **Sarcasm**: a positive `Lexicon.Role.exclamation` ("great", "perfect", 太好了, "love being"), not negated,
///    after at most `sarcasmLeadTokens` leads (`Lexicon.Role.lead`) or degree adverbs of its clause ("Oh
///    great", "I just love being", 真棒; not "the agent was great", 包装挺棒), weighs `sarcasmWeight` when its
///    situation is the speaker's negative plight: the rest of its clause if that holds a sentiment word, else
///    the next clause, holds a negative word (or a positive one after a pending phrase: 太好了，还没修好) and a
///    plight word (`Lexicon.Role.plight`: "me", "again", 又; or the exclamation is one: "I love being"), and no
///    negator, contrastive conjunction, irrealis or question marker, relief word (`Lexicon.Role.relief`:
///    "stopped", 担心), remedy, politeness marker (but a grudging thanks: "Great, thanks for ruining my
///    weekend."; `isGrudgingThanks`), other positive word or dampening degree adverb
///    (非常棒，就是送餐费略贵: a mild criticism). An agent's "Perfect, I can see the fault on the line." names no
///    plight. "Great, another hour on hold." and "I love being ignored." say the opposite of their
///    praise word: positive sentiment set against a negative situation (Riloff et al. 2013, "Sarcasm as
///    Contrast between a Positive Sentiment and Negative Situation", EMNLP). "Great, that fixed it", "Perfect,
///    no problem" and "Great, the noise stopped." stay praise.
/// 10. **Promises**: a word of what was promised (`Lexicon.Role.promise`: 说好的, 答应的) counts its valence only
///    when a sentence-final 呢 asks after it across a short noun phrase (说好的发票呢, "and the promised
///    invoice?"; `PromiseGap`), a breach asked after; stated (说好的十一点半送, 说好的东西都到了呢) it names an
///    agreement and counts nothing.
/// 11. **Not even**: 连 X 都/也 + a denial (`Lexicon.Role.even`, `Lexicon.Role.also`; `LexiconScorer+Even`) denies X:
///    its sentiment words are negated, their degree kept (连最基本的礼貌都没有), on top of any negator before them; 连's
///    own valence counts only when no sentiment word from it to its clause's end says how the speaker feels
///    (连个电话都不打; a remedy says nothing there: 连个赔偿都没有), the clause is no question unless put to a plain
///    你/你们 (连周末也不休息吗？ and 您连赠品也不需要了吗？ ask; 你们连个电话都不会打吗？ accuses) and no `condition` comes
///    before it (如果您连发票都没有 supposes; text round 48).
/// Then `!`/`?` emphasis is added in the direction of the sum, and the sum is normalised to [−1, 1].
struct LexiconScorer: Sendable {
    let lexicon: Lexicon
    let rules: SentimentRules
    let language: TextLanguage

    func score(_ text: String) -> SentimentScore {
        var text = text
        return text.withUTF8 { bytes in
            var tokenizer = SentimentTokenizer(capacity: bytes.count)
            tokenizer.tokenize(bytes, lexicon: lexicon)
            return score(tokenizer)
        }
    }

    private func score(_ tokenizer: SentimentTokenizer) -> SentimentScore {
        let tokens = tokenizer.tokens
        var sum = 0.0
        var politeSum = 0.0
        var advanceSum = 0.0 // thanks in advance: they count whatever the other words sum to
        var thanked = false // a thanks not in advance, which the other words' sum may make grudging
        var politenessSum = 0.0
        var afterContrast = false
        var irrealis = false
        var asking = false
        var polarQuestion = false
        var listener = ListenerSpan()
        var drivers: [Driver] = []
        var denied = 0..<0 // the focus of the last 连 phrase a denial closes (rule 11)
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .clauseBreak { irrealis = false; asking = false }
            if index == 0 || tokens[index - 1].kind == .clauseBreak {
                polarQuestion = opensPolarQuestion(tokens, index)
                sum += listener.close(&drivers)
                listener = ListenerSpan(weight: addresseeWeight(tokens, from: index), firstDriver: drivers.count)
            }
            guard token.kind == .word, token.entry >= 0 else { continue }
            let entry = Int(token.entry)
            let flags = lexicon.flags[entry]
            let wished = irrealis
            let asked = asking
            if flags.contains(.irrealis) { irrealis = true }
            if flags.contains(.question) { asking = true }
            if flags.contains(.contrast) {
                irrealis = false // "I hope it's fixed but the staff were great": the wish ends at "but"
                asking = false
                sum += listener.close(&drivers) // and so does the listener's span ("rude but you fixed it")
                listener = ListenerSpan(weight: addresseeWeight(tokens, from: index + 1), firstDriver: drivers.count)
                sum *= rules.contrastBeforeWeight
                politeSum *= rules.contrastBeforeWeight
                advanceSum *= rules.contrastBeforeWeight
                for driver in drivers.indices { drivers[driver].weight *= rules.contrastBeforeWeight }
                afterContrast = true
                continue
            }
            let politeness = lexicon.politeness[entry]
            let answer = flags.contains(.negator) && isClauseByItself(tokens, index)
            let unasked = flags.contains(.promise) && !token.isAskedAfter // 说好的 names an agreement, 说好的X呢 its breach
            var unfelt = false // 连 counts only when its denial is all the phrase says (rule 11)
            if flags.contains(.even) {
                let denial = evenDenial(tokens, at: index)
                denied = denial?.focus ?? denied
                unfelt = !(denial?.countsOwnValence ?? false)
            }
            let valence = answer || unasked || unfelt || (politeness != 0 && followsAnswer(tokens, index)) ? 0 : lexicon.valences[entry]
            let refusable = flags.contains(.remedy) && rules.refusedRemedyValence != 0
            guard valence != 0 || politeness != 0 || refusable else { continue }
            if valence != 0, actsAsDegree(tokens, index) { continue }
            if valence != 0 { asking = false } // an A-not-A question covers one predicate: its first sentiment word
            var context = modifiers(tokens, before: index)
            if denied.contains(index) { // 连一个满意的答复都没有: the denial after the word reaches it
                context.negated.toggle()
                context.degreeBeforeNegator = true
            }
            if politeness != 0, !context.negated { politenessSum += politeness }
            if refusable, context.negated { // an agent refusing a remedy: bad news, not a negated complaint word
                let value = rules.refusedRemedyValence * (afterContrast ? rules.contrastAfterWeight : 1)
                sum += value
                drivers.append((token.entry, value, false))
                continue
            }
            guard valence != 0, !(context.negated && flags.contains(.remedy)) else { continue }
            var value = valence
            if token.isAllCaps, tokenizer.hasCapsDifferential {
                value += value > 0 ? rules.capsIncrement : -rules.capsIncrement
            }
            if context.negated, valence < 0, context.prohibited, flags.contains(.conduct) {
                value *= context.degree * rules.prohibitedNegativeWeight
            } else if context.negated {
                value *= rules.negationScalar * (context.degreeBeforeNegator ? context.degree : 1 / max(context.degree, 1))
                if valence < 0 { value *= rules.negatedNegativeWeight }
            } else {
                value *= context.degree
            }
            if afterContrast { value *= rules.contrastAfterWeight }
            if token.isInQuestion || wished, value > 0 { value *= rules.irrealisPositiveWeight }
            if value > 0, flags.contains(.exclamation), !context.negated, isSarcastic(tokens, index) { value *= rules.sarcasmWeight }
            if polarQuestion, value < 0 { value *= rules.polarQuestionNegativeWeight }
            if asked, valence < 0, !flags.contains(.conduct) { value *= rules.askedNegativeWeight }
            if context.causedToListener, value < 0, !flags.contains(.remedy) { continue }
            if value > 0 { listener.hasPraise = true }
            let inAdvance = politeness != 0 && value > 0 && isThanksInAdvance(tokens, index)
            if inAdvance { advanceSum += value } else if politeness != 0 { politeSum += value } else { sum += value }
            if !inAdvance, value > 0, isThanks(token) { thanked = true }
            drivers.append((token.entry, value, politeness != 0 && !inAdvance))
        }
        sum += listener.close(&drivers)
        let politeWeight = sum < 0 ? rules.politeValenceWeightInComplaint : rules.politeValenceWeight
        // A grudging thanks in the text makes its thanks in advance grudging too ("Thanks for keeping me on hold. Can
        // I speak to someone? Thanks.").
        let advanceWeight = sum < 0 && thanked ? politeWeight : 1
        sum += politeSum * politeWeight + advanceSum * advanceWeight
        for driver in drivers.indices {
            if drivers[driver].polite {
                drivers[driver].weight *= politeWeight
            } else if lexicon.politeness[Int(drivers[driver].entry)] != 0 { // a thanks in advance
                drivers[driver].weight *= advanceWeight
            }
        }
        if sum != 0 { sum += sum > 0 ? emphasis(tokenizer) : -emphasis(tokenizer) }
        let valence = sum / (sum * sum + rules.normalisationAlpha).squareRoot()
        let label: SentimentLabel = valence >= rules.positiveThreshold ? .positive
            : valence <= rules.negativeThreshold ? .negative : .neutral
        let terms = Self.summedByTerm(drivers).filter { $0.weight != 0 }
            .sorted { abs($0.weight) > abs($1.weight) }
            .prefix(Self.maxTerms)
            .map { DrivingTerm(term: lexicon.terms[Int($0.entry)], weight: $0.weight) }
        return SentimentScore(valence: valence, label: label, politeness: politenessSum / (politenessSum + 1),
                              terms: terms, language: language)
    }

    static let maxTerms = 8

    /// One driver per lexicon entry, its weights summed, in order of first use: "terrible, really
    /// terrible" names "terrible" once, with all it added.
    private static func summedByTerm(_ drivers: [Driver]) -> [Driver] {
        let repeats = drivers.indices.contains { index in drivers[..<index].contains { $0.entry == drivers[index].entry } }
        guard repeats else { return drivers } // most texts: no copy
        var summed: [Driver] = []
        for driver in drivers {
            if let index = summed.firstIndex(where: { $0.entry == driver.entry }) {
                summed[index].weight += driver.weight
            } else {
                summed.append(driver)
            }
        }
        return summed
    }

    /// A scored word: its lexicon entry, its weight so far, and whether it is a politeness marker.
    typealias Driver = (entry: Int32, weight: Double, polite: Bool)

    private struct Modifiers {
        var negated = false
        /// The negator nearest the word forbids (别, 不要, a clause-opening "don't"): `Lexicon.Role.prohibitive`.
        var prohibited = false
        var degree = 1.0
        var degreeBeforeNegator = false
        /// A causative of the listener (让您) is within the negation scope, with no prohibitive negator (别)
        /// between: `Lexicon.Role.causative`.
        var causedToListener = false
    }

    /// Negators and the degree adverb that reach the sentiment word at `index`.
    private func modifiers(_ tokens: [SentimentToken], before index: Int) -> Modifiers {
        var result = Modifiers()
        var negations = 0
        var degreeDistance = Int.max
        var firstNegatorDistance = Int.max
        var degreeOpen = true
        var negationOpen = true
        var forbidden = false // a prohibitive negator was passed: 让你们别再烦我 is no apology
        let targetIsPositive = lexicon.valences[Int(tokens[index].entry)] > 0
        let reach = max(rules.negationScopeTokens, rules.degreeScopeTokens)
        // A positive word right after a particle is the head of the modifier before it (很好的解决): neither
        // the particle nor the modifier's word counts toward the distance, unless that word owns the head
        // (你们的热情).
        let isModified = targetIsPositive && index >= 2 && has(tokens[index - 1], .particle) && !has(tokens[index - 2], .possessor)
        let uncounted = isModified ? index - 2 : index
        var distance = 0
        var position = index
        if opensPredicate(tokens, index) { negationOpen = false } // 不退是几个意思: 不 denies 退, not 是几个意思
        while position > 0 {
            position -= 1
            let token = tokens[position]
            if token.kind == .clauseBreak { break }
            if position < uncounted { distance += 1 }
            if distance > reach { break }
            var isNegator = token.isContractedNegation
            if token.entry >= 0 {
                let entry = Int(token.entry)
                let flags = lexicon.flags[entry]
                if flags.contains(.contrast) { break }
                isNegator = isNegator || flags.contains(.negator) || (targetIsPositive && flags.contains(.pending))
                if degreeOpen, distance <= rules.degreeScopeTokens, flags.contains(.degree), degreeDistance == .max {
                    result.degree = lexicon.degrees[entry]
                    degreeDistance = distance
                } else if lexicon.valences[entry] != 0, !isNegator, !actsAsDegree(tokens, position) {
                    degreeOpen = false
                    negationOpen = negationOpen && targetIsPositive && negations == 0
                }
                if distance <= rules.negationScopeTokens, flags.contains(.causative), !forbidden { result.causedToListener = true }
                if flags.contains(.prohibitive) { forbidden = true }
            }
            if isNegator, negationOpen, distance <= rules.negationScopeTokens {
                negations += 1
                if firstNegatorDistance == .max {
                    firstNegatorDistance = distance
                    result.prohibited = forbids(tokens, position)
                }
            }
        }
        result.negated = negations % 2 == 1
        result.degreeBeforeNegator = degreeDistance != .max && degreeDistance > firstNegatorDistance
        return result
    }

    /// The largest weight of the second-person words from `start` to the end of its clause or the next
    /// contrastive conjunction; 1 if there is none.
    private func addresseeWeight(_ tokens: [SentimentToken], from start: Int) -> Double {
        var weight: Double?
        var index = start
        while index < tokens.count, tokens[index].kind == .word {
            let entry = Int(tokens[index].entry)
            if entry >= 0 {
                if lexicon.flags[entry].contains(.contrast) { break }
                if lexicon.flags[entry].contains(.addressee) { weight = max(weight ?? 0, lexicon.addresseeWeights[entry]) }
            }
            index += 1
        }
        return weight ?? 1
    }

    /// The stretch of a clause the listener rule looks at (up to a clause break or contrastive
    /// conjunction): its second-person weight, and whether it praises anything.
    private struct ListenerSpan {
        var weight = 1.0
        var firstDriver = 0
        var hasPraise = false

        /// Applies the weight to the span's negative, non-polite drivers unless the span also praises
        /// ("you solved my problem": a resolution, not blame); returns what that adds to the sum.
        func close(_ drivers: inout [Driver]) -> Double {
            guard weight != 1, !hasPraise else { return 0 }
            var added = 0.0
            for index in firstDriver..<drivers.count where drivers[index].weight < 0 && !drivers[index].polite {
                added += drivers[index].weight * (weight - 1)
                drivers[index].weight *= weight
            }
            return added
        }
    }

    /// The token at `index` is a phrase the copula opens (是怎么回事, 是几个意思) after a word that does not negate: it is
    /// a new predicate, which a negator before it does not reach (不打是怎么回事 denies 打). Right after a negator the
    /// copula is that negator's (不是怎么回事 would deny it).
    private func opensPredicate(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        guard index > 0, has(tokens[index], .copula), tokens[index - 1].kind == .word else { return false }
        return !negates(tokens[index - 1])
    }

    /// The token is a negator of the lexicon or an English contraction (`…n't`).
    func negates(_ token: SentimentToken) -> Bool {
        token.isContractedNegation || has(token, .negator)
    }

    /// The token is a lexicon term with `flag`.
    func has(_ token: SentimentToken, _ flag: Lexicon.Flags) -> Bool {
        token.entry >= 0 && lexicon.flags[Int(token.entry)].contains(flag)
    }

    /// The clause starting at `index` is a yes/no question: ended by "?" (or 吗), its first word an
    /// interrogative opener.
    private func opensPolarQuestion(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        let token = tokens[index]
        return token.isInQuestion && token.kind == .word && has(token, .interrogative)
    }

    /// The negator at `index` forbids: it is prohibitive and, where `SentimentRules.prohibitionOpensClause`,
    /// either it opens its clause, with nothing before it since the last clause break, contrastive
    /// conjunction or report but lead words (politeness markers, degree adverbs, plain words, leads and
    /// plight words among them, and coordinators: "please don't lie to me", "just don't", "I said don't put
    /// me on hold", "I told you twice not to…", not "I don't lie"), or lead words after a coordinator separate it from a conjunct whose own prohibitive negator
    /// forbids ("don't lie to me and don't waste my time"; not "I don't lie and don't cheat", nor "don't
    /// worry, we will never lie to you" or "don't worry we never lie"). An English prohibition is an
    /// imperative, which has no subject. An infinitive negator forbids only after a report ("I told you not
    /// to put me on hold", not "Not to be rude, but").
    private func forbids(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        let infinitive = has(tokens[index], .infinitive)
        guard has(tokens[index], .prohibitive) || infinitive else { return false }
        guard rules.prohibitionOpensClause || infinitive else { return true }
        var before = index - 1
        var coordinator: Int?
        while before >= 0, tokens[before].kind == .word, tokens[before].entry >= 0 {
            let entry = Int(tokens[before].entry)
            let flags = lexicon.flags[entry]
            if flags.contains(.report) { return true }
            if flags.contains(.contrast) { return !infinitive }
            if flags.contains(.coordinator) {
                coordinator = coordinator ?? before
            } else if !(flags.subtracting([.lead, .plight]).isEmpty || lexicon.politeness[entry] != 0 || flags.contains(.degree)) {
                break
            }
            before -= 1
        }
        if before < 0 || tokens[before].kind == .clauseBreak { return !infinitive }
        guard !infinitive, let coordinator else { return false }
        var earlier = coordinator - 1
        while earlier >= 0, tokens[earlier].kind == .word {
            if has(tokens[earlier], .contrast) { return false }
            if has(tokens[earlier], .prohibitive) { return forbids(tokens, earlier) }
            earlier -= 1
        }
        return false
    }

    /// The exclamation at `index` is sarcastic (rule 9): it leads its clause, and its situation is negative.
    private func isSarcastic(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        var lead = index - 1
        while lead >= 0, tokens[lead].kind == .word {
            guard index - lead <= rules.sarcasmLeadTokens, isLeadWord(tokens[lead]) else { return false }
            lead -= 1
        }
        let plight = has(tokens[index], .plight)
        let end = clauseEnd(tokens, from: index + 1)
        if (index + 1..<end).contains(where: { isSentimentWord(tokens, $0) }) {
            return isNegativePlight(tokens, index + 1..<end, plight: plight)
        }
        guard end < tokens.count else { return false }
        return isNegativePlight(tokens, end + 1..<clauseEnd(tokens, from: end + 1), plight: plight)
    }

    /// The index of the clause break that ends the clause holding `start`, or the text's end.
    func clauseEnd(_ tokens: [SentimentToken], from start: Int) -> Int {
        var end = start
        while end < tokens.count, tokens[end].kind == .word { end += 1 }
        return end
    }

    /// A lead ("oh", "yeah", "that's") or a degree adverb with no sentiment of its own ("so", 真).
    private func isLeadWord(_ token: SentimentToken) -> Bool {
        guard token.entry >= 0, !token.isContractedNegation else { return false }
        let entry = Int(token.entry)
        return has(token, .lead) || lexicon.valences[entry] == 0 && has(token, .degree)
    }

    /// The words in `range` name the speaker's negative plight: a negative word (or a positive one after a
    /// pending phrase), a plight word unless `plight` already holds, and nothing that negates, contrasts,
    /// supposes, asks, relieves (unless after a pending phrase), remedies, thanks (unless grudging: "thanks for
    /// ruining my weekend"), praises otherwise or damps.
    private func isNegativePlight(_ tokens: [SentimentToken], _ range: Range<Int>, plight: Bool) -> Bool {
        var negative = false
        var plight = plight
        var pending = false
        for index in range {
            if tokens[index].isContractedNegation { return false }
            guard tokens[index].entry >= 0 else { continue }
            let entry = Int(tokens[index].entry)
            let flags = lexicon.flags[entry]
            if flags.contains(.negator) && !flags.contains(.pending) { return false }
            if lexicon.politeness[entry] != 0 {
                guard isGrudgingThanks(tokens, index, before: range.upperBound) else { return false }
                plight = true // "Great, thanks for hanging up on me": thanked for a harm, the speaker suffered it
                continue
            }
            if !flags.isDisjoint(with: [.contrast, .irrealis, .remedy]) { return false }
            if flags.contains(.relief), !pending { return false } // 还没修好: the relief has not come
            if flags.contains(.degree), lexicon.degrees[entry] < 1 { return false }
            if !flags.isDisjoint(with: [.plight, .pending]) { plight = true }
            if flags.contains(.pending) { pending = true }
            let valence = lexicon.valences[entry]
            if valence > 0, !actsAsDegree(tokens, index) {
                guard pending else { return false }
                negative = true // 还没修好: the praise word is what has not happened
            }
            if valence < 0 { negative = true }
        }
        return negative && plight
    }

    /// The word at `index` is alone between clause breaks (or the text's ends).
    private func isClauseByItself(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        (index == 0 || tokens[index - 1].kind == .clauseBreak) && (index + 1 == tokens.count || tokens[index + 1].kind == .clauseBreak)
    }

    /// The word at `index` opens the clause after a negator that is a clause by itself ("No, thanks").
    private func followsAnswer(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].kind == .clauseBreak, tokens[index - 2].kind == .word,
              tokens[index - 2].entry >= 0 else { return false }
        return lexicon.flags[Int(tokens[index - 2].entry)].contains(.negator) && isClauseByItself(tokens, index - 2)
    }

    /// The word at `index` is a degree adverb here: it is one, and a sentiment word follows at once
    /// (好难吃, "super helpful"), even if it is a sentiment word itself.
    private func actsAsDegree(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        lexicon.flags[Int(tokens[index].entry)].contains(.degree) && isSentimentWord(tokens, index + 1)
    }

    func isSentimentWord(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].entry >= 0 else { return false }
        return lexicon.valences[Int(tokens[index].entry)] != 0
    }

    /// VADER's punctuation emphasis: "!" and repeated "?" strengthen whatever the text says.
    private func emphasis(_ tokenizer: SentimentTokenizer) -> Double {
        let exclamation = Double(min(tokenizer.exclamations, rules.maxExclamations)) * rules.exclamationIncrement
        let question = tokenizer.questions > 1
            ? Double(min(tokenizer.questions, rules.maxQuestions)) * rules.questionIncrement : 0
        return exclamation + question
    }
}
