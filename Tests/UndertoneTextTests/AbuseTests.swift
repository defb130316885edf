import Testing
@testable import UndertoneText

/// Text round 39: Chinese insults, profanity, dismissals and accusations of theft, which were no words of ours, and
/// the ordinary words that hold their characters, pinned by sentences whose expected sign and size are stated
/// (probes: Tools/lexicon_trials/text_round39_zh_probes.tsv; docs/history/text-sentiment.md, text round 39).
@Suite struct AbuseTests {
    @Test func wordsOfAbuseAreComplaints() {
        // Each read 0 before the round.
        #expect(zh("滚。") < -0.5)                              // −2.5 → ≈ −0.54
        #expect(zh("你们是脑残吗？") < -0.9)                     // −3.0 × 4 for the listener
        #expect(zh("你们就是小偷") < -0.9 && zh("你们就是一群土匪") < -0.9)
        #expect(zh("你们这是什么陷阱啊") < -0.8)
        #expect(zh("睁眼说瞎话，我明明交过费了") < -0.5)
        #expect(zh("去死吧你们") < -0.9)
    }

    @Test func insultsStayComplaintsWhenAskedOrForbidden() {
        // Conduct: an A-not-A question (round 22) would otherwise make them ask, 别 would negate them to nothing.
        #expect(zh("你们是不是有病啊") < -0.8 && zh("你们是不是智障") < -0.8)
        #expect(zh("别胡扯了，我昨天根本没用流量") < -0.8)
        #expect(zh("别他妈的跟我扯") < -0.4)
    }

    @Test func wordsHoldingTheirCharactersStayCalm() {
        // Maximum matching would cut 滚, 妈的, 有病, 神经病, 蠢 out of these without their own entries.
        #expect(zh("我想问一下流量滚存怎么算") == 0 && zh("页面往下滚动就看到了吗？") == 0)
        #expect(zh("周末去摇滚音乐节") == 0)
        #expect(zh("我妈的手机号码想换个套餐") == 0 && zh("我爸妈的宽带到期了") == 0)
        #expect(zh("我孩子有病住院了") == 0)                     // illness, not the insult 有病吧
        #expect(zh("请问您有病史吗？") == 0)                      // an agent's question, no ×4 blame
        #expect(zh("神经病变要去哪个科") == 0)
        #expect(zh("这个玩偶蠢萌蠢萌的") > 0)                     // praise, not 蠢
    }

    @Test func warningsAgainstAHarmAreAdvice() {
        // 谨防 / 提防 / 警惕 forbid like 千万别: the harm they warn of is negated, not the speaker's complaint.
        #expect(zh("请保管好随身物品，谨防小偷。") == 0)
        #expect(zh("请提防陌生来电，谨防诈骗") == 0)
        #expect(zh("我们这个套餐没有任何隐藏陷阱，您可以放心办理。") > 0.3)   // 任何 and 隐藏 keep it in 没有's scope
    }
}
