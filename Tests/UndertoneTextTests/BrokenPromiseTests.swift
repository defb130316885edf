import Testing
@testable import UndertoneText

/// Text round 36: a promise asked after with 呢 ("what became of the promised …?") is a complaint; a promise
/// stated is none (the `promise` role; probes: Tools/lexicon_trials/text_round36_zh_probes.tsv).
@Suite struct BrokenPromiseTests {
    @Test func aPromiseAskedAfterIsAComplaint() {
        // Each read 0: the promised thing is named, and nothing else in the clause is negative.
        for text in ["说好的发票呢", "说好的三天到货呢", "说好的加一份油麦菜呢？", "你们答应的补偿呢", "约好的上门时间呢？", "说好的不要香菜呢！！"] {
            #expect(zh(text) < -0.25, "\(text)")
        }
        // The same as round 33's 说好的呢, which names nothing promised.
        #expect(zh("说好的包邮呢") == zh("说好的呢"))
    }

    @Test func aPromiseStatedIsNoComplaint() {
        #expect(zh("我们说好的是明天上午") == 0 && zh("那就这么说好的，明天见") == 0)
        #expect(zh("说好的十一点半送，真的很准时") > 0.4)
        // 呢 ends another clause: the promise is stated, the question calm.
        #expect(zh("说好的三点，师傅到哪了呢？") == 0)
        // 呢 inside a clause, not ending it, is no question.
        #expect(zh("约好的时间快到了，我在家等着呢") == 0)
    }

    @Test func theReviewsTrapsStayCalm() {
        // The draft took any clause that 呢 ended: a statement, a question about details, a topic before a comma.
        #expect(zh("说好的东西都到了呢") == 0 && zh("讲好的价格已经付了呢") == 0 && zh("约好的时间还早呢") == 0)
        #expect(zh("说好的安装时间是几点呢？") == 0 && zh("约好的师傅是哪位呢？") == 0)
        #expect(zh("说好的发货时间呢，我记得是周三，对吧？") == 0 && zh("至于约好的取件呢，改到周五就行") == 0)
        #expect(zh("不好意思，约好的时间我们要调整一下呢") == 0)
        #expect(zh("说好的礼物收到了呢，谢谢") > 0)
        // A gap of more than eight characters is read as a statement too.
        #expect(zh("说好的那批从广州仓库发出来的货物呢") == 0)
    }

    @Test func theRuleReadsOnlyTheClauseThatNeEnds() throws {
        // A user lexicon's promise phrase obeys the same rule, whatever valence it is given.
        let analyzer = try SentimentAnalyzer(language: .chinese, userLexicons: [
            LexiconFileReader.parse("约定的\tvalence\t-2.0\n约定的\tpromise\n", source: "test.tsv"),
        ])
        #expect(analyzer.score("约定的礼品呢").valence < -0.4)       // −2.0 normalised: −2 / √(4 + 15)
        #expect(analyzer.score("约定的礼品已经寄出").valence == 0)
        #expect(analyzer.score("礼品呢，约定的已经寄出").valence == 0)
    }
}

@Suite struct SentimentTokenLayoutTests {
    @Test func aTokenStaysTwentyBytes() {
        // The tokenizer writes one per word: a fifth flag after `entry` made it 24 (docs/history/text-sentiment.md, text round 36).
        #expect(MemoryLayout<SentimentToken>.stride == 20)
    }
}
