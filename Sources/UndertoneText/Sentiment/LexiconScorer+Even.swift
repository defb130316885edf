/// The Chinese "not even" construction, 连 X 都/也 + a denial (`LexiconScorer`, rule 11; text round 46).
///
/// 连 marks X as the least one could expect, and the denial after 都 or 也 says even that is missing:
/// 连一个满意的答复都没有 "not even one satisfying answer", 连个电话都不打 "won't even call". The negator comes after
/// the word it denies, so rule 2, which looks back from a sentiment word, never finds it: 满意 read as praise and
/// the rest as nothing. Here the denial reaches back over X, and the construction itself is the complaint when
/// no word in it says how the speaker feels (连…都/也 as the "even" construction: Li & Thompson 1981, *Mandarin
/// Chinese: A Functional Reference Grammar*). Praise in the same frame names a positive word after it
/// (连周末都不休息，服务真到位 praises in its next clause), a question asks (连周末也不休息吗？) unless it is put to the
/// listener, when it accuses (你们连个电话都不会打吗？; text round 48), and a condition supposes (如果您连发票都没有).
extension LexiconScorer {
    /// At most this many tokens between 连 and 都/也: a longer stretch is no focused noun phrase but 连 of
    /// another sense ("join", "in a row") before an unrelated 都.
    static let maximumFocusTokens = 8

    /// How many tokens after 都/也 the denial may start: 都没有 and 都查不到 within two, 都保证不了 (保 证 不: an unlisted
    /// verb falls into characters) in the third.
    static let denialReachTokens = 3

    /// A 连 phrase that a denial closes: the tokens it denies, and whether 连's own valence counts.
    struct EvenDenial {
        /// The focused words, between 连 and its 都/也.
        let focus: Range<Int>
        /// No sentiment word from 连 to its clause's end (remedies aside) says how the speaker feels, no condition
        /// comes before it in its clause, and the clause is no question, or one put to the listener: a plain
        /// addressee (你, 你们) before 连 in its clause.
        let countsOwnValence: Bool
    }

    /// The denial the `even` word at `index` opens: an `also` adverb (都, 也) after one to
    /// `maximumFocusTokens` words in its clause, followed within `denialReachTokens` by a negator (都没有, 都查不到)
    /// or a negative word that starts with one (都不给开, 都办不好); nil when there is none, or a contrastive
    /// conjunction comes first.
    func evenDenial(_ tokens: [SentimentToken], at index: Int) -> EvenDenial? {
        var adverb = index + 1
        while adverb < tokens.count, tokens[adverb].kind == .word, adverb - index <= Self.maximumFocusTokens + 1 {
            if has(tokens[adverb], .contrast) { return nil }
            if adverb > index + 1, has(tokens[adverb], .also), isDenial(tokens, after: adverb) {
                let felt = (index + 1..<clauseEnd(tokens, from: adverb)).contains { isFelt(tokens, $0) }
                let before = clauseBefore(tokens, index)
                let asks = tokens[index].isInQuestion && !before.putToListener
                return EvenDenial(focus: index + 1..<adverb, countsOwnValence: !felt && !asks && !before.supposed)
            }
            adverb += 1
        }
        return nil
    }

    /// The word at `index` says how the speaker feels: a sentiment word, but no remedy, which denied counts nothing
    /// (连个赔偿都没有, 连退款进度都查不到: the missing refund is the complaint, and 连 says it).
    private func isFelt(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        isSentimentWord(tokens, index) && !has(tokens[index], .remedy)
    }

    /// What comes before `index` in its clause: a plain addressee (你, 你们; not the polite 您, with which agents ask
    /// and customers ask politely), which makes a 连 question an accusation, and a `condition` (如果, 要是), which
    /// makes the phrase a supposition.
    private func clauseBefore(_ tokens: [SentimentToken], _ index: Int) -> (putToListener: Bool, supposed: Bool) {
        var putToListener = false
        var supposed = false
        var position = index
        while position > 0, tokens[position - 1].kind == .word {
            position -= 1
            guard tokens[position].entry >= 0 else { continue }
            let entry = Int(tokens[position].entry)
            if lexicon.flags[entry].contains(.addressee), lexicon.politeness[entry] == 0 { putToListener = true }
            if lexicon.flags[entry].contains(.condition) { supposed = true }
        }
        return (putToListener, supposed)
    }

    /// A negator, or a negative word whose first character is one, among the `denialReachTokens` tokens after
    /// `adverb` in its clause.
    private func isDenial(_ tokens: [SentimentToken], after adverb: Int) -> Bool {
        for next in adverb + 1...adverb + Self.denialReachTokens {
            guard next < tokens.count, tokens[next].kind == .word else { return false }
            if negates(tokens[next]) { return true }
            guard tokens[next].entry >= 0 else { continue }
            let entry = Int(tokens[next].entry)
            if lexicon.valences[entry] < 0, let first = lexicon.terms[entry].first,
               let head = lexicon.table.index(of: String(first)), lexicon.flags[head].contains(.negator) {
                return true
            }
        }
        return false
    }
}
