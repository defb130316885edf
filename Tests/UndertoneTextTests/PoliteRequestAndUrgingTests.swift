import Testing
@testable import UndertoneText

/// Text round 54: 麻烦 "would you mind" opening a request (麻烦帮我查一下快递, the commonest polite opener of a Chinese
/// call) is polite, not 麻烦 "troublesome"; 快点 / 快一点 "hurry up" is urging, not the praise 快 "fast", while "can't
/// you be quicker" stays a complaint (probes: Tools/lexicon_trials/text_round54_zh_probes.tsv; docs/history/
/// text-sentiment.md, text round 54).
@Suite struct PoliteRequestAndUrgingTests {
    @Test func wouldYouMindOpensAPoliteRequest() {
        // Each read −0.20 before (麻烦 −0.8); 麻烦提供一下您的订单号 −0.64 (× 4 beside 您).
        for text in ["麻烦帮我查一下快递", "麻烦帮忙处理一下", "麻烦给我转人工", "麻烦确认一下地址", "麻烦提供一下您的订单号"] {
            #expect(zh(text) == 0, "\(text)")
            #expect(BuiltInAnalyzers.chinese.score(text).politeness > 0.3, "\(text)")
        }
        // A hassle is still a hassle, also when a request head follows (the round's review: 好麻烦转来转去的 read +0.46
        // in the draft, 麻烦转 taking 转来转去's 转 and leaving 好 as praise).
        for text in ["太麻烦了，搞了半天都没弄好", "手续太麻烦，我不办了", "退个款这么麻烦", "真麻烦，又让我等", "好麻烦转来转去的",
                     "这么麻烦查一下都要等三天"] {
            #expect(zh(text) < -0.15, "\(text)")
        }
        // ... and a degree word + 麻烦您 is the thanks it was.
        #expect(zh("太麻烦您了") == 0)
        #expect(BuiltInAnalyzers.chinese.score("太麻烦您了").politeness > 0.3)
    }

    @Test func hurryUpIsNoPraiseOfSpeed() {
        // +0.30 before, through 快 +1.2.
        #expect(zh("快点处理") == 0)
        #expect(zh("快点给我回电话") == 0)
        // Praise of speed stays praise; a rhetorical "can't you be quicker" stays a complaint (round 47).
        #expect(zh("送餐很快，味道不错") > 0.3)
        #expect(zh("处理得挺快的，谢谢") > 0.3)
        #expect(zh("比预计的快一点") > 0.2)
        #expect(zh("你们就不能快一点吗？") < -0.5)
        #expect(zh("快点行不行，别再拖了") < -0.3)
    }
}
