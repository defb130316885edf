import Testing
@testable import UndertoneText

/// Text round 43: a negator reaches a positive word right after 的 or 地 across that particle and its modifier,
/// so 没有得到很好的解决 is no praise; 得到 and 一个 are words (probes:
/// Tools/lexicon_trials/text_round43_zh_probes.tsv; docs/history/text-sentiment.md, text round 43).
@Suite struct ParticleReachTests {
    @Test func aNegatorReachesTheHeadPastItsModifier() {
        // Read +0.71 before: 的 and the two characters of 得到 kept 没有 four tokens from 好 and five from 解决.
        #expect(zh("问题没有得到很好的解决") < -0.3)
        #expect(zhWeight(of: "解决", in: "没有得到很好的解决")! < 0)
        #expect(zh("没有很好地解决我的问题") < -0.3)          // −0.02: 好 negated, 解决 not
        #expect(zh("你们没有给我一个满意的答复") < -0.5)     // +0.46: 一个 was two tokens
        // "Not as tasty as in the shop": the comparison's head is negated as well.
        #expect(zh("没有店里的好吃") < -0.2)
    }

    @Test func theSameWordsWithoutTheNegatorStayPraise() {
        #expect(zh("问题得到了很好的解决，谢谢") > 0.5)
        #expect(zh("很好地解决了我的问题") > 0.5)
        #expect(zh("没有问题，很好的服务") > 0.5)             // the negator is in another clause
    }

    @Test func onlyAPositiveHeadRightAfterTheParticleIsReached() {
        // A negative word after 的 keeps its three tokens: the negator of the modifier (不是个别号码) does not
        // reach the complaint of the head (问题), nor one past the head (未定位的票为什么).
        #expect(zh("这个不是个别号码的问题吧？") < 0)
        #expect(zhWeight(of: "为什么", in: "未定位的票为什么被你们退了？")! < 0)
    }

    @Test func aPronounBeforeTheParticleOwnsTheHead() {
        // The review's probes: the negator belongs to the verb (忘记, 知道), not to what the listener showed.
        #expect(zh("我不会忘记你们的热情") > 0.3)              // −0.81 in the round's first version
        #expect(zh("我们不会辜负您的支持") > 0.3)
        #expect(zh("之前不知道你们的优惠活动这么多") > 0.2)
        // A negator inside an idiom before 地 is no negator of what follows (不厌其烦 is one word).
        #expect(zh("客服不厌其烦地耐心解答") > 0.3)
    }

    @Test func oneHourIsStillAWait() {
        // 一个 is a word now; 一个小时 keeps the weight of 个小时.
        #expect(zhWeight(of: "一个小时", in: "一个小时才送到") == zhWeight(of: "个小时", in: "两个小时才送到"))
        #expect(zh("一个小时才送到") < -0.2)
    }
}
