import Testing
@testable import UndertoneText

/// Text round 53: Chinese words whose characters maximum matching misread. 烦请 "kindly" is a polite request, not 烦
/// "annoyed"; 还好意思 "you still have the nerve" is 还 + 好意思, not 还好 "fortunately"; food that all or straight away
/// went into the bin (全进了垃圾桶, 直接进垃圾桶) is a verdict on it, while things that merely go into a bin are not
/// (probes: Tools/lexicon_trials/text_round53_zh_probes.tsv and text_round53_review_probes_zh.tsv;
/// docs/history/text-sentiment.md, text round 53).
@Suite struct PoliteAndNerveWordTests {
    @Test func kindlyIsAPoliteRequest() {
        // Each read −0.42 to −0.88 before (烦 −1.8, × 4 beside 您).
        for text in ["烦请回复", "烦请您帮我查一下物流", "烦请您提供一下订单号"] {
            #expect(zh(text) == 0, "\(text)")
            #expect(BuiltInAnalyzers.chinese.score(text).politeness > 0.3, "\(text)")
        }
        // A degree word before it keeps the annoyance: 很烦 + 请, not 很 + 烦请 (the round's review).
        #expect(zh("我真的很烦请你们别再给我打电话了") < -0.5)
        #expect(zh("烦死了") < -0.5)
    }

    @Test func theNerveToSayItIsAComplaint() {
        // +0.20 and 0 before, through 还好 "fortunately".
        #expect(zh("你还好意思说") < -0.5)
        #expect(zh("你们还好意思收服务费？") < -0.5)
        // 还好 in its own senses and the apology 不好意思 stay as they were.
        #expect(zh("还好，意思到了就行") > 0)
        #expect(zh("不好意思，打扰一下") == 0)
    }

    @Test func foodThatWentIntoTheBinIsAVerdictButABinIsOnlyABin() {
        #expect(zh("饭菜全进了垃圾桶") < -0.4)
        #expect(zh("送来的蛋糕塌了直接进垃圾桶") < -0.4)
        for text in ["删除的文件会先进垃圾桶", "如果饭菜已经进了垃圾桶，请先拍照留证", "钥匙不小心掉进了垃圾桶，能补办门禁卡吗",
                     "包装可以直接扔进垃圾桶"] {
            #expect(zh(text) > -0.05, "\(text)")
        }
    }
}
