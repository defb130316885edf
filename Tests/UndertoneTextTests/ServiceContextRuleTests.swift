import Testing
@testable import UndertoneText

/// The rules for what customers write to a service (questions, requests, grudging thanks), pinned by
/// sentences whose expected sign and size are stated.
@Suite struct ServiceContextRuleTests {
    @Test func positiveWordsInAQuestionDoNotCount() {
        // A question asks; its praise words are not praise.
        #expect(en("is there any good news?") == 0)
        #expect(en("good news") > 0.4)
        #expect(zh("味道好吗？") == 0)
        #expect(zh("好吃吗") == 0)                      // 吗 ends a question without "？" too
        #expect(zh("好吃") > 0.4)
        // Negative words in a question count in full: "late" −1.2 → ≈ −0.3 ("so" boosts it further).
        #expect(en("why is my flight so late?") < -0.3)
        #expect(zh("为什么这么慢？") < -0.2)
        // Only the clause the "?" ends: "great crew" (3.1 → ≈ 0.63) still counts.
        #expect(en("Great crew. Can you check my bag?") > 0.5)
    }

    @Test func positiveWordsAfterAWishDoNotCount() {
        // "I hope you can solve it": solve (+0.8) is wished for, not done; hope (+1.9) itself counts.
        #expect(en("I hope you can solve it") < en("hope") + 0.001)
        #expect(en("it would be great if you called back") == 0)
        #expect(en("great, you called back") > 0.5)
        // Negative words after a wish count in full: "I want a refund" (refund −1.0, want +0.3 → ≈ −0.18).
        #expect(en("I want a refund") < -0.15)
        // The marker reaches only its own clause.
        #expect(en("if it rains, the crew was great") > 0.5)
        #expect(zh("希望能尽快解决") == 0)
        #expect(zh("希望能尽快解决，但是服务很好") > 0.3)   // a new clause after the comma, not wished
        #expect(en("I hope it gets fixed but the staff were great") > 0.3) // the wish ends at "but"
        #expect(zh("如果再送晚了") < 0)                    // 送晚了 −2.0 counts in full
        // Requests are wishes too: what is asked for is not yet praise.
        #expect(en("please make it better") == 0)
        #expect(zh("请尽快解决") == 0)
        #expect(zh("这个想法很好") > 0.3)                  // 想法 is a word, not 想 (marker) + 法
    }

    @Test func requestWordsAreNotPraise() {
        // "please" and "help" ask for something: no valence, "please" is still polite.
        let plea = BuiltInAnalyzers.english.score("please help me rebook")
        #expect(plea.valence < 0 && plea.valence > -0.2)    // rebook −0.5 → ≈ −0.13
        #expect(plea.politeness > 0.3)
        #expect(en("please help") == 0)
        #expect(en("very helpful") > 0.4)
    }

    @Test func serviceNounsAnswersAndReportsAreNotPraise() {
        // VADER would read each of these as praise (number +0.3, yes +1.7, support +1.7, promised +1.5).
        #expect(en("my order number is 4 5 2") == 0)
        #expect(en("Yes, that's the right address.") == 0)
        #expect(en("Dear customer support, I'd like to check my credit card agreement") == 0)
        #expect(en("the credits have not been applied") == 0)
        // A reported promise leaves the complaint around it as negative as alone (refund −1.0 → ≈ −0.25).
        #expect(en("I was promised a refund") < -0.2)
        // Real praise next to them still counts.
        #expect(en("yes, the support was excellent") > 0.5)
        // Where "like" and "well" do carry feeling, phrases keep their old value (like +1.5 negated ≈ −1.1
        // → ≈ −0.27; well +1.1 → ≈ +0.27).
        #expect(en("I don't like how I was treated") < -0.25)
        #expect(en("I didnt like it") < -0.25)
        #expect(en("it works well now") > 0.25)
        #expect(en("I'd like to check my order") == 0)
    }

    @Test func thanksInAComplaintIsNotPraise() {
        // English: the rest is negative, so "thanks" adds nothing (VADER would add +1.9).
        let grudging = BuiltInAnalyzers.english.score("thanks for keeping me on hold for an hour")
        #expect(grudging.valence < -0.35)                   // on hold −1.5, hour −0.4 → ≈ −0.44
        #expect(!grudging.terms.map(\.term).contains("thanks"))
        #expect(grudging.politeness > 0.4)                  // still polite
        // Without a complaint, thanks is still warm.
        #expect(en("thanks, great crew") > en("great crew"))
        // Chinese 谢谢 in a complaint keeps its valence (chosen on the tuning split).
        #expect(zh("谢谢，等了半天还没送到") > zh("等了半天还没送到"))
    }
}
