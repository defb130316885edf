import Testing
@testable import UndertoneText

/// Text round 40: a Chinese customer saying the fault is still there, which read 0 (还是 is only a plight word,
/// 依然 and 仍然 were no words of ours), and the compromise, manner and questions that share the words
/// (probes: Tools/lexicon_trials/text_round40_zh_probes.tsv; docs/history/text-sentiment.md, text round 40).
@Suite struct PersistenceTests {
    @Test func theFaultPersistsIsAComplaint() {
        // Each read 0 before the round.
        #expect(zh("今天还是这样…") < -0.25)                      // −1.2 → ≈ −0.30
        #expect(zh("换了新路由器，依然如此。") < -0.25)
        #expect(zh("报修一周了，毫无进展。") < -0.3)
        #expect(zh("这都多少天过去了。") < -0.3)
        #expect(zh("问题依旧") < zh("问题"))                       // the phrase, not 问题 −0.6 and 旧 "worn"
    }

    @Test func compromiseMannerAndQuestionsStayCalm() {
        #expect(zh("那就还是这样吧，谢谢。") > 0)                   // 还是这样吧 "let's leave it so"
        #expect(zh("您看还是这样安排可以吗？") == 0)               // manner, and no ×4 for 您
        #expect(zh("请问您那边现在还是这样的情况吗？") == 0)
        #expect(zh("您的积分依然存在，不会清零的，请放心。") == 0)   // 依然存在 is no complaint
        #expect(zh("试了一下，依然没有问题，谢谢。") > 0)          // 没有 still keeps 问题 from counting
    }

    @Test func stillWeighsAsAlways() {
        // 依旧 −0.4 as 一直, where it had been 依 + 旧 "worn" (−0.6).
        #expect(zhWeight(of: "依旧", in: "服务依旧很好") == -0.4)
        #expect(zh("服务依旧很好") > 0.5)
    }
}
