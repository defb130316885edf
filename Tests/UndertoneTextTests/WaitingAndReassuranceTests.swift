import Testing
@testable import UndertoneText

/// Text round 32: what a caller has not received, what the agent says about a wait, and reassurance, pinned
/// by sentences whose expected sign and size are stated (probes: Tools/lexicon_trials/text_round32_*_probes.tsv).
@Suite struct WaitingAndReassuranceTests {
    @Test func aCausativeOfTheListenerIsAnApologyNotAComplaint() {
        // 让您/让你 "made you …": the wait and the disappointment are the listener's, caused by the speaker. They
        // read −0.72 and −0.93 (久 −1, 失望 −2.5, each × 4 for the second person) before the rule.
        #expect(zh("不好意思，让你等了这么久") == 0)
        #expect(zh("抱歉让您失望了") == 0)
        #expect(zh("我不想让你为难") == 0)
        #expect(en("Sorry for the long wait.") == 0)        // an apology formula; "sorry" (−0.3) made it −0.08
        // The listener made the speaker wait or disappointed them: the complaint stays, × 4 (≈ −0.90, −0.97).
        #expect(zh("你让我等了这么久") < -0.85)
        #expect(zh("你们让我很失望") < -0.9)
        // 让你们的 "your …" is no causative; a threat is its own term (−2.5 → ≈ −0.54).
        #expect(zh("让你们的客户失望") < -0.9)
        #expect(zh("我要让你们后悔") < -0.5)
        // A negated praise word is the listener's state too (不 + 开心 weighs negative).
        #expect(zh("抱歉让您不开心了") == 0)
        // A remedy demanded and a prohibition between are the speaker's (赔偿 −1.5 × 4 → ≈ −0.84; 烦我 −1.8 × 4).
        #expect(zh("这次必须让你们赔偿损失。") < -0.8)
        #expect(zh("让你们别再烦我了") < -0.85)
        // The scope is three words: the complaint at the end of a longer clause still weighs × 4.
        #expect(zh("让你们领导出来解释为什么这么慢") < -0.85)
    }

    @Test func userLexiconsCanListCausatives() throws {
        let lexicon = try LexiconFileReader.parse("令您\tcausative\n", source: "test")
        let analyzer = try SentimentAnalyzer(language: .chinese, userLexicons: [lexicon])
        #expect(analyzer.score("令您失望了").valence == 0)
        #expect(zh("令您失望了") < -0.5)                        // built in, 令 + 您 × 4 + 失望
    }

    @Test func patienceIsNoComplaintAboutSpeed() {
        // 慢慢来 "take your time" is mild reassurance (+0.8 → ≈ +0.20); it read −0.61 as 慢 "slow".
        #expect(zh("慢慢来，不着急") > 0.15)
        #expect(zh("您别急，慢慢说") == 0)
        // Slowness stays a complaint, repeated or dawdling (≈ −0.76, −0.68).
        #expect(zh("慢慢慢") < -0.7)
        #expect(zh("送餐慢慢吞吞的") < -0.6)
    }

    @Test func reassuranceIsNoWorry() {
        // 不用担心 and "no need to worry" are reassurance (+1.0, +1.2); they read −0.30 as 担心 and "no".
        #expect(zh("不用担心") > 0.2 && en("No need to worry.") > 0.25)
        #expect(en("Take your time, no rush.") > 0.2)
        #expect(zh("我很担心") < -0.4 && en("I'm worried.") < -0.25)
    }

    @Test func whatWasNotReceivedIsAComplaint() {
        // 没收到 is not 没收 "confiscate" + 到: −1.2 × 根本 1.8 → ≈ −0.49; it read 0.
        #expect(zh("根本没收到") < -0.45)
        #expect(zh("已经收到了") == 0)
        // Pending, like 还没: the praise after it is negated (满意 2.0 × −0.74), not counted: ≈ −0.57.
        #expect(zh("没收到满意的答复") < -0.5)
        // English −0.8 (its tuning criterion, docs/history/text-sentiment.md, text round 32) → ≈ −0.20, for "never" only: a calm customer's
        // report that something has not come yet is no complaint.
        #expect(en("I never received it.") < -0.15 && en("I never got my refund.") < -0.15)
        #expect(en("I haven't received the letter yet.") == 0)
        #expect(zh("没理由这样对待客户") < -0.2)
    }
}
