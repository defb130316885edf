import Testing
@testable import UndertoneText

/// Text round 41: 挺好的, 很好的, 非常好的 are a degree adverb and 好 "good", not the politeness marker 好的 "OK";
/// 最好的 is "the best", 最好 alone "had better" (probes: Tools/lexicon_trials/text_round41_zh_probes.tsv;
/// docs/history/text-sentiment.md, text round 41).
@Suite struct GoodAfterDegreeTests {
    @Test func aDegreeAdverbBeforeGoodIsPraise() {
        // 服务挺好的 read +0.10 (the marker's +0.3 under 挺) where 服务挺好 reads ≈ +0.56.
        #expect(abs(zh("服务挺好的") - zh("服务挺好")) < 1e-9)
        #expect(zh("非常好的一次购物体验") > 0.6)
        #expect(zh("不是很好的体验") < -0.2)                     // 好 is negated, not the marker (−0.04 before)
        #expect(BuiltInAnalyzers.chinese.score("服务挺好的").politeness == 0)
    }

    @Test func okStaysAPolitenessMarker() {
        #expect(BuiltInAnalyzers.chinese.score("好的，谢谢").politeness > 0.5)
        #expect(zhWeight(of: "好的", in: "好的我知道了") == 0.3)   // no degree adverb before it
        #expect(BuiltInAnalyzers.chinese.score("很抱歉").politeness > 0.4)   // 抱 is no sentiment word
    }

    @Test func theBestIsNotHadBetter() {
        #expect(zh("这是我用过最好的手机") > 0.5)                 // read 0: 最好 "had better" + 的
        #expect(zh("你们最好给我个说法") <= 0)
        // 好好的 "intact" is a word: the degree adverb 好 does not turn 好的 into praise before the fault.
        #expect(zh("手机好好的突然就坏了") == zh("手机突然就坏了"))
    }
}
