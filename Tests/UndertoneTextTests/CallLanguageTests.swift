import Testing
@testable import UndertoneText

/// Text round 33: the formulas of a service call (broken promises, no-shows, contradictions, repetition, not
/// listening, resignation), pinned by sentences whose expected sign and size are stated (probes:
/// Tools/lexicon_trials/text_round33_*_probes.tsv).
@Suite struct CallLanguageTests {
    @Test func aBrokenPromiseIsNoPraise() {
        // 说好 "agreed" is a plain word: it read as 说 + 好 "good", +0.46.
        #expect(zh("昨天说好给我回电话结果没有") == 0)
        // What was not done is the complaint: 没上门 −1.5 × 根本 1.8 → ≈ −0.57; "was promised" −1.0 → −0.25.
        #expect(zh("师傅根本没上门") < -0.5)
        #expect(en("I was promised a callback yesterday.") < -0.2)
        #expect(en("The technician never showed up.") < -0.4)
        // A no-show is pending: it negates the praise after it (没有人来解决) instead of letting it count.
        #expect(zh("没有人来解决") < -0.4)
        #expect(zh("好久没来了") == 0)                               // "haven't been here for long"
        // Its review: 没来 and 答应过我 alone were too wide (a son who stayed home; a promise to a daughter).
        #expect(zh("我儿子今天没来，我替他办") == 0 && zh("我答应过我女儿要给她办张卡") == 0)
        #expect(zh("你答应过我的") < -0.25)
    }

    @Test func repetitionAndContradictionAreComplaints() {
        #expect(zh("我已经说了三遍了") < -0.3 && en("I've explained this three times already.") < -0.25)
        #expect(zh("上一个客服不是这么说的") < -0.3 && en("That's not what the last agent told me.") < -0.2)
        #expect(en("That's not what I meant.") == 0)
        // A negator before "how many times" does not flip it into praise (−1.5 × 4 for "you" → ≈ −0.84; the
        // words read +0.36 and more in the tuning split's turns before the phrase was one term).
        #expect(en("I don't know how many times I've called you.") < -0.8)
    }

    @Test func notListeningIsAComplaintNotHearingIsNot() {
        #expect(zh("你根本没在听我说话") < -0.8 && en("You're not listening to me.") < -0.8)   // −1.5 × 4 for the listener
        #expect(zh("我没听清楚") == 0 && en("I'm listening.") == 0)    // 没听清楚 read −0.15 (没 + 清楚)
        // 没时间 is a plain word: its 没 no longer negates the complaint after it (it read 0).
        #expect(zh("我没时间跟你耗") < -0.3)
    }

    @Test func resignationIsDissatisfaction() {
        #expect(zh("算了，就这样吧") < -0.25 && en("Alright, fine, whatever.") < -0.2)
        // Closing a call and choosing freely are no resignation.
        #expect(zh("好的，就这样吧，谢谢") > 0.2)
        #expect(en("Whatever works best for you is fine with me.") > 0.5)
        #expect(zh("我打算下个月换套餐") == 0)                        // 打算 is a word, not 打 + 算了
        // Its review narrowed the resigned forms: free choice, arithmetic and an agent's advice are none.
        #expect(zh("时间随便你定，我都行") == 0 && zh("随便你们吧") < -0.25)
        #expect(zh("我算了一下，正好八十八块") == 0 && zh("不好意思，我刚才没在听") == 0)
        #expect(en("Whatever you prefer, I'm flexible.") > 0.2)     // "whatever" −1.0 × 4 for "you" read −0.62
        #expect(en("The best you can do is restart the router.") == 0)
        #expect(en("Let me finish setting up your account.") == 0)
    }
}
