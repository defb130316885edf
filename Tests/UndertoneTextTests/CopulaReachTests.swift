import Testing
@testable import UndertoneText

/// Text round 49: a phrase the copula 是 opens after a verb (是怎么回事, 是几个意思; the `copula` role) is a new
/// predicate, which a negator before the verb does not reach (probes: Tools/lexicon_trials/text_round49_zh_probes.tsv;
/// docs/history/text-sentiment.md, text round 49).
@Suite struct CopulaReachTests {
    /// 是怎么回事's −1.5, normalised alone: −1.5 / √(1.5² + 15).
    static let phraseAlone = -1.5 / (1.5 * 1.5 + 15).squareRoot()

    @Test func aNegatedVerbDoesNotSilenceTheQuestionAfterIt() {
        // Each read 0: 不 reached 怎么回事 (or 是几个意思), and a negated complaint counts nothing in Chinese.
        for text in ["不打是怎么回事", "没到是怎么回事", "电话不接是怎么回事", "不退是几个意思"] {
            #expect(abs(zh(text) - Self.phraseAlone) < 1e-9, "\(text)")
        }
        // With 连, 怎么回事 now says how the speaker feels, and 连 adds nothing to it.
        #expect(abs(zh("连个电话都不打是怎么回事") - Self.phraseAlone) < 1e-9)
    }

    @Test func rightAfterANegatorTheCopulaIsTheNegators() {
        #expect(zh("没有怎么回事，就是问问") == 0)
        #expect(zh("不是怎么回事") == 0)
    }

    @Test func aBareCopulaOpensNoPredicate() {
        // After a verb of saying or thinking, 是 opens the verb's object, which the negator reaches: 是 has no role.
        #expect(zhWeight(of: "及时", in: "不会以为是及时生效")! < 0)
        #expect(zh("不是说是最好的套餐吗？怎么还要另外收费") < -0.3)
    }
}
