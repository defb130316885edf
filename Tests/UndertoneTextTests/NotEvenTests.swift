import Testing
@testable import UndertoneText

/// Text round 46: 连 X 都/也 + a denial, "not even X" (rule 11; the `even` and `also` roles; probes:
/// Tools/lexicon_trials/text_round46_zh_probes.tsv).
@Suite struct NotEvenTests {
    /// 连's own valence, −1.5, normalised alone: −1.5 / √(1.5² + 15).
    static let ownValence = -1.5 / (1.5 * 1.5 + 15).squareRoot()

    @Test func aDenialOfTheLeastIsAComplaint() {
        // Each read 0: the negator comes after what it denies, and nothing else is negative.
        for text in ["连基本的尊重都没有", "连个电话都不打", "连筷子都没给", "打了三次电话连个回复也没有", "我连订单号都查不到"] {
            #expect(abs(zh(text) - Self.ownValence) < 1e-9, "\(text)")
            #expect(zhWeight(of: "连", in: text) == -1.5, "\(text)")
        }
    }

    @Test func theDenialReachesPraiseInTheFocus() {
        // 满意 read as praise (+0.46): now it is negated, and it, not 连, says how the speaker feels.
        #expect(zhWeight(of: "满意", in: "连一个满意的答复都没有") == 2.0 * -0.74)
        #expect(zhWeight(of: "连", in: "连一个满意的答复都没有") == nil)
        // The degree inside the focus is kept: "not even the most basic courtesy" is no softer than "no courtesy".
        #expect(zh("连最基本的礼貌都没有") < zh("连礼貌都没有"))
    }

    @Test func withoutADenialTheFocusMarkerCountsNothing() {
        #expect(zh("连汤都很好喝") == zh("汤都很好喝"))
        #expect(zh("连这个订单号一起发给我") == 0)
        #expect(zh("连周末都是这个时间送到") == 0)
    }

    @Test func wordsThatSayHowTheSpeakerFeelsCarryThePhrase() {
        // 不给 already complains; 连 adds nothing to it.
        #expect(zh("连发票都不给开") == zh("发票不给开"))
        // Praise named in the next clause wins over the frame: working through the weekend is dedication.
        #expect(zh("连周末都不休息，服务真到位") > 0.05)
    }

    @Test func aMissingRemedyIsTheComplaint() {
        // A denied remedy counts nothing, so it said nothing and 连 counted nothing: these read 0 in the review.
        for text in ["连个赔偿都没有", "连退款进度都查不到"] {
            #expect(abs(zh(text) - Self.ownValence) < 1e-9, "\(text)")
        }
    }

    @Test func aDefectDeniedIsNoComplaint() {
        // The review's praise traps: while the lexicon did not know the defect, 连 counted (−0.36).
        #expect(zh("连一点划痕都没有") == 0 && zh("连个异响都没有") == 0 && zh("连一点毛病都挑不出来") == 0)
        #expect(zh("连一根线头都没有，做工精细") == 0)
        #expect(zh("上门看过了，噪音仍然存在") < -0.05)
    }

    @Test func aQuestionAsks() {
        #expect(zh("连周末也不休息吗？那我周六过来") == 0)
        #expect(zh("连个电话都不打？") == 0)
    }

    @Test func aQuestionPutToTheListenerAccuses() {
        // Text round 48: these read 0. A plain 你/你们 before 连 makes "can't you even …?" an accusation, × 4.
        for text in ["你们连个电话都不会打吗？", "你连订单号都查不到吗？"] {
            #expect(zhWeight(of: "连", in: text) == -6, "\(text)")
        }
        // The polite 您 asks, as agents do (the review's 您连赠品也不需要了吗？那我帮您一起退掉).
        #expect(zhWeight(of: "连", in: "您连赠品也不需要了吗？") == nil)
        // The addressee must come before 连 in its clause: one in the clause before does not reach.
        #expect(zhWeight(of: "连", in: "你们好，连周末也不休息吗？") == nil)
    }

    @Test func aConditionSupposes() {
        // Text round 48: an agent's condition read −0.82 (连 × 4 for 您).
        #expect(zhWeight(of: "连", in: "如果您连发票都没有，我们可以先帮您查订单") == nil)
        #expect(zh("要是连快递单号都没有的话") == 0 && zh("就算连发票都没有") == 0)
        // What the condition leads to still counts.
        #expect(zh("如果连这点都做不到，我只能投诉了") < -0.05)
        // Wishes and needs are no conditions, nor is a counterfactual 早知道: the lack is real.
        #expect(zhWeight(of: "连", in: "我想知道你们为什么连个电话都不打") == -6)
        #expect(zhWeight(of: "连", in: "要是早知道你们连个发票都开不了，我就不买了") == -6)
    }

    @Test func theDenialMayStartInTheThirdToken() {
        // Text round 48: 保证 is no listed word, so 保 证 不了 put the negator third; it read 0.
        #expect(abs(zh("连最起码的售后都保证不了") - Self.ownValence) < 1e-9)
        // Not in the fourth: 连 X 都 + three plain tokens + 不 is no denial of X.
        #expect(zh("连甲都乙丙丁不") == 0)
    }

    @Test func wordsWithLianInThemAreNoFocusMarker() {
        #expect(zh("附近的连锁店都没有") == 0)
        #expect(zh("我连忙打电话也没人接") == zh("我赶紧打电话也没人接"))
        #expect(zh("连着几天都没下雨") == 0)
        // 不到 "less than" is no denial: 连五分钟都不到就回复了 praises the speed.
        #expect(zh("连十分钟都不到就解决了，效率真高") > 0.05)
    }

    @Test func spotOnPraisesOnlyAsAWord() {
        #expect(zh("服务很到位") > 0.4 && zh("服务不到位") < -0.05)
        for text in ["还能查到位置", "包裹已经送到位于三楼的前台", "我已经订到位子了"] {
            #expect(zh(text) == 0, "\(text)")
        }
    }

    @Test func theFocusEndsWithItsClause() {
        #expect(zh("连汤带饭，都没有剩下") == 0)
        // More than `maximumFocusTokens` words between 连 and 都: no focused phrase.
        #expect(zh("连甲乙丙丁戊己庚辛壬癸都没有") == 0)
        #expect(zh("连甲乙丙丁戊己庚都没有") < 0)
    }

    @Test func aUserLexiconsFocusMarkerObeysTheSameRule() throws {
        let analyzer = try SentimentAnalyzer(language: .chinese, userLexicons: [
            LexiconFileReader.parse("甚至连\tvalence\t-2.0\n甚至连\teven\n", source: "test.tsv"),
        ])
        #expect(analyzer.score("甚至连水都没有").valence < -0.4) // −2.0 normalised: −2 / √(4 + 15)
        #expect(analyzer.score("甚至连水都有").valence == 0)
    }
}
