import Testing
@testable import UndertoneText

/// Text rounds 50 and 51: common service words that hold a complaint or praise word (无理由, 贵姓, 慢走, 节假日, 垃圾桶,
/// 差额, 累计 …; 满意度, 爱人, 赞助) and A-not-A questions about a quality (好不好用, 划不划算, 方不方便) are plain words of
/// `zh/words.tsv`, so maximum matching no longer finds the sentiment word inside them; where a plain word would take
/// the character from a phrase before it, that reading is listed whole (probes: Tools/lexicon_trials/
/// text_round50_zh_probes.tsv and text_round51_zh_probes.tsv; docs/history/text-sentiment.md, text rounds 50 and 51).
@Suite struct ServiceWordTests {
    @Test func anAgentsRoutineLinesAreNoComplaints() {
        // Each read −0.42 to −0.90 before: 贵 "expensive", 慢 "slow", 累 "tired" and 差 "bad" × 4 beside 您.
        for text in ["您好，请问您贵姓？", "饭菜已经上齐了，请您慢用", "您的积分是累计的，长期有效",
                     "差额部分我们会原路退回到您的账户", "节假日我们也正常发货", "订单里送了一卷垃圾袋，请您注意查收"] {
            #expect(zh(text) == 0, "\(text)")
        }
        // 七天无理由退货 "no-reason returns" is no 无理 "unreasonable" (−2).
        #expect(zhWeight(of: "无理", in: "我们的商品都支持七天无理由退货") == nil)
        // 无门槛 "no minimum spend" keeps 无 from negating the praise of 优惠 after it.
        #expect(zh("这是一张无门槛优惠券") > 0.2)
    }

    @Test func aCalmCustomersQuestionsAreNoComplaints() {
        for text in ["节假日发货吗？", "我在国外有时差，晚上再回复你", "出差回来要报销差旅费，能开发票吗",
                     "这个是从贵州发的货吗？", "垃圾桶有小号的吗", "我想错开高峰期去取件", "哦，难怪，那我明天再试试"] {
            #expect(zh(text) == 0, "\(text)")
        }
    }

    @Test func complaintsWithTheSameCharactersStillComplain() {
        for text in ["质量太差了", "你们客服就是垃圾", "差额说好会退，到现在还没退", "贵宾卡有什么用，服务这么差"] {
            #expect(zh(text) < -0.4, "\(text)")
        }
        // A plain word does not take the complaint from the degree phrase before it (the round's review): each read 0
        // with the plain words alone.
        for text in ["服务太差额外还要收钱", "修一下要八百，这么贵重新买一个都够了", "快递太慢走了整整一周", "标签上印的是假日期"] {
            #expect(zh(text) < -0.25, "\(text)")
        }
        // Food sent straight to the bin is a verdict on it; 垃圾桶 alone is only a bin.
        #expect(zh("又是肥肉,直接垃圾桶了") < -0.4)
    }

    @Test func qualityQuestionsAsk() {
        // Round 51: 好不好用 read 好 + 不好 "bad" (−0.57); 划不划算 and 方不方便 a negated praise word, × 4 beside 你们 or 您.
        for text in ["这个吸尘器好不好用？", "你们这个套餐划不划算？", "请问您现在方不方便接听电话"] {
            #expect(zh(text) == 0, "\(text)")
        }
        // They are plain words, not question words: what follows is read as said (the round's review).
        #expect(zh("好不好吃你们自己尝尝全是馊的") < -0.5)
        // A bare 好不好 ending a demand stays exasperated, also when the next clause runs straight on.
        #expect(zh("你们认真一点好不好") < -0.3 && zh("态度好点好不好用户也是人") < -0.1)
    }

    @Test func praiseWordsInsideOtherWordsAreNoPraise() {
        for text in ["稍后会有满意度调查，请您对本次服务进行评价", "您爱人的证件也需要带上", "赞助商的活动在哪里报名"] {
            #expect(zh(text) == 0, "\(text)")
        }
        // A graded satisfaction keeps its reading, and 满意 before a word that begins with 度 keeps its praise.
        #expect(zh("你们的满意度很低") < -0.4 && zh("客服满意度很高") > 0.4)
        #expect(zh("眼镜很满意度数刚刚好") > 0.4)
    }
}
