/// How a thanks counts (`LexiconScorer`, rules 8 and 9; text round 38).
///
/// A thanks is a politeness marker of full strength (1, as "thanks", "thank you", "appreciate it" are built in)
/// with a positive valence; "ok", "fine", "sure" and "cheers" are weaker markers and no thanks here. Where the
/// other words of a text sum negative, English thanks count nothing (`SentimentRules.politeValenceWeightInComplaint`):
/// "Thanks for keeping me on hold" and "You lost my bag. Thanks a lot." are grudging. Two cases read otherwise:
/// - **Thanks in advance**: a thanks whose clause comes right after a request, a question opened by a
///   `Lexicon.Role.request` word ("Can I rebook it? Thank you.", "How do I reset it? Thanks."), thanks for what
///   is asked, not for what went wrong, and counts in full, unless a negative word follows it in its clause
///   ("Can you refund me? Thanks for wasting my time.") or another thanks in the text is grudging. A question opened otherwise ("Why is this so hard?
///   Thanks.", "Where is my refund? Thanks.") and an imperative ("Please help me! Thank you!") are no requests;
///   a rhetorical question in a request's form ("Can you people do anything right? Thanks.") is read as one.
/// - **Grudging thanks after an exclamation**: a thanks whose first known word after it (degree adverbs aside)
///   is negative ("Great, thanks for ruining my weekend.", "Perfect, thank you so much for cutting me off.")
///   thanks for a harm done to the speaker, so it is the speaker's negative plight and does not keep the
///   exclamation from turning sarcastic (rule 9). Thanks for a remedy that names the trouble ("Perfect, thanks
///   for sorting out my broken router.") reach a plain or a plight word first and stay praise.
///
/// The tokenizer never writes two clause breaks in a row, so the clause before a thanks, when there is one, holds
/// at least one word.
extension LexiconScorer {
    /// The thanks at `index` is thanks in advance: the clause before its own is a request, and no negative word
    /// follows it in its clause.
    func isThanksInAdvance(_ tokens: [SentimentToken], _ index: Int) -> Bool {
        guard isThanks(tokens[index]) else { return false }
        var start = index
        while start > 0, tokens[start - 1].kind == .word { start -= 1 }
        guard start >= 2, !hasNegativeWord(tokens, index + 1..<clauseEnd(tokens, from: index + 1)) else { return false }
        var previous = start - 1
        while previous > 0, tokens[previous - 1].kind == .word { previous -= 1 }
        return tokens[previous].isInQuestion && has(tokens[previous], .request)
    }

    /// The word at `index` is a thanks whose first known word after it and before `end`, degree adverbs aside,
    /// is negative: "thanks for ruining my weekend", "thank you so much for hanging up on me".
    func isGrudgingThanks(_ tokens: [SentimentToken], _ index: Int, before end: Int) -> Bool {
        guard isThanks(tokens[index]) else { return false }
        for next in index + 1..<end where tokens[next].entry >= 0 {
            let entry = Int(tokens[next].entry)
            if lexicon.valences[entry] == 0, lexicon.flags[entry].contains(.degree) { continue }
            return lexicon.valences[entry] < 0
        }
        return false
    }

    /// A politeness marker of full strength with a positive valence: "thanks", "thank you", "appreciate it".
    func isThanks(_ token: SentimentToken) -> Bool {
        guard token.entry >= 0 else { return false }
        let entry = Int(token.entry)
        return lexicon.politeness[entry] >= 1 && lexicon.valences[entry] > 0
    }

    /// Some word in `range` has a negative valence in the lexicon.
    private func hasNegativeWord(_ tokens: [SentimentToken], _ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].entry >= 0 && lexicon.valences[Int(tokens[$0].entry)] < 0 }
    }
}
