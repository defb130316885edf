import Testing
@testable import UndertoneText

/// Text round 38: how an English thanks counts in a negative text (`LexiconScorer+Thanks`), pinned by sentences
/// whose expected sign and size are stated (probes: Tools/lexicon_trials/text_round38_en_probes.tsv).
@Suite struct ThanksTests {
    @Test func thanksAfterARequestCountsInAdvance() {
        // "thank you" +1.5 now counts beside "missed" −1.2, "sorry" −0.3, "rebook" −0.12: ≈ −0.03 (it read −0.32).
        #expect(enWeight(of: "thank you", in: "Sorry, I missed the delivery. Can I rebook it? Thank you.") == 1.5)
        #expect(en("Sorry, I missed the delivery. Can I rebook it? Thank you.") > -0.05)
        // A modal opens a request, and so does a wh-word before a modal or "do" ("where can", "how do").
        #expect(en("I missed your call. Could you call me back? Thanks.") > 0.15)            // ≈ +0.18 (read −0.78)
        #expect(enWeight(of: "thank you", in: "I broke the charger. Where can I buy a new one? Thank you.") == 1.5)
        #expect(enWeight(of: "thanks", in: "I lost my password. How do I reset it? Thanks.") == 1.9)
        // A thanks with nothing before it, or after an empty clause, is no thanks in advance, and no crash.
        #expect(en("? Thanks.") > 0.4 && en("Can I? Thanks.") > 0.4)
    }

    @Test func grudgingThanksStillCountNothing() {
        #expect(en("You lost my bag. Thanks a lot.") < -0.9)
        // A rhetorical question is no request: the thanks stays out (hard −0.52, why −0.5 ≈ −0.26).
        #expect(enWeight(of: "thanks", in: "Why is this so hard? Thanks.") == nil)
        #expect(enWeight(of: "thanks", in: "Really? Another delay? Thanks.") == nil)
        // Nor is an imperative: "Please help me! Thank you!" closes a complaint.
        #expect(enWeight(of: "thank you", in: "The line is dead again. Please help me! Thank you!") == nil)
        // A negative word after the thanks in its clause makes it grudging, request or not.
        #expect(en("Can you refund me? Thanks for wasting my time.") < -0.5)
        // A real fault politely asked about stays a complaint: charged −3.2 (×4 for "you") outweighs the thanks.
        #expect(en("You charged me twice. Can you refund it? Thanks.") < -0.5)
        // A wh-word before "is" asks no favour: "Where is my refund?" complains (read +0.23 in the round's draft).
        #expect(enWeight(of: "thanks", in: "Where is my refund? Thanks.") == nil)
        // A grudging thanks makes the text's thanks in advance grudging too (the draft read it 0: +1.9 − 1.9).
        #expect(en("Thanks for keeping me on hold for an hour. Can I speak to someone? Thanks.") < -0.4)
        // Only a full-strength thanks counts in advance; "cheers" (politeness 0.6) stays out over "broken" −2.1.
        #expect(en("My router is broken. Can you send a new one? Cheers.") < -0.4)
    }

    @Test func aGrudgingThanksIsPartOfASarcasticPlight() {
        // "great" +3.1 turned to −3.1 over "ruining my weekend": ≈ −0.73 (it read +0.72).
        #expect(enWeight(of: "great", in: "Great, thanks for ruining my weekend.") == -3.1)
        #expect(en("Wonderful, thanks for losing my parcel again.") < -0.75)
        // Thanked for a harm, the speaker suffered it: a plight even with no "me" or "my" of its own.
        #expect(en("Great, thanks for hanging up on me.") < -0.75)
        // A thanks with nothing negative after it keeps the exclamation praise, and so does a thanks for a remedy
        // whose first known word is a plight word ("my"), and a weaker marker ("okay") than a thanks.
        #expect(en("Great, thanks!") > 0.8 && en("Great, thanks for fixing it.") > 0.75)
        #expect(enWeight(of: "perfect", in: "Perfect, thanks for sorting out my broken router.") == 2.7)
        #expect(enWeight(of: "perfect", in: "Perfect, okay I see the error on my account.") == 2.7)
    }

    @Test func ownSlipsAreNoBlame() {
        // "by accident" weighs like VADER's "accidentally" (−1.4), not "accident" (−2.1, a crash).
        #expect(enWeight(of: "by accident", in: "I deleted it by accident.") == -1.4)
        // "I missed your call" is the caller's own miss: −1.2, not ×4 as blame aimed at "your".
        #expect(enWeight(of: "missed your call", in: "I missed your call.") == -1.2)
    }
}
