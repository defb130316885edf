import Testing
@testable import UndertoneText

/// Written Cantonese read in Standard Written Chinese words (`WrittenCantonese`, text round 31).
@Suite struct WrittenCantoneseTests {
    @Test func rewritesOnlyTextsWithACantoneseCharacter() {
        #expect(WrittenCantonese.tableCount > 60)
        #expect(WrittenCantonese.mandarin("我唔满意你哋嘅服务") == "我不满意你们的服务")
        #expect(WrittenCantonese.mandarin("有冇搞错") == "有没有搞错") // 冇 is 没有, and 有冇 asks
        #expect(WrittenCantonese.mandarin("冇人理我") == "没人理我")
        // Words before characters, longest first: 唔该 is "please", not 不该 "should not"; 唔好 before a verb forbids.
        #expect(WrittenCantonese.mandarin("唔该晒") == "谢谢")
        #expect(WrittenCantonese.mandarin("唔该你快啲") == "请你快点")
        #expect(WrittenCantonese.mandarin("唔好再挂我线") == "不要再挂我线")
        #expect(WrittenCantonese.mandarin("质素唔好，唔好彩") == "质素不好，倒霉") // before punctuation 唔好 is "not good"
        #expect(WrittenCantonese.mandarin("你哋点解释") == "你们怎么解释") // 点解 "why" is no prefix of 点解释
        #expect(WrittenCantonese.mandarin("唔紧要") == "没关系") // word order: Mandarin 不要紧, not 不紧要
        #expect(WrittenCantonese.mandarin("唔好意思") == "不好意思")
        #expect(WrittenCantonese.mandarin("你哋系咪玩嘢") == "你们是不是玩嘢")
        // Characters Mandarin writes too change only inside the table's words, and only in a Cantonese text:
        #expect(WrittenCantonese.mandarin("呢个系统好耐用喎，唔错") == "这个系统好耐用喎，不错")
        for mandarin in ["这个包好耐用", "就系统问题投诉", "这一点解释不清", "喇叭声音很清楚", "亲，还这样咩？", "Fine, thanks"] {
            #expect(WrittenCantonese.mandarin(mandarin) == mandarin, "\(mandarin)")
        }
        // Mandarin's hesitation 唔 ("hmm") is read 不, which alone in its clause carries nothing.
        #expect(WrittenCantonese.mandarin("唔，我想想") == "不，我想想")
        #expect(zh("唔，我想想") == zh("我想想"))
    }

    @Test func cantoneseComplaintsReadAsTheirMandarin() {
        for (cantonese, mandarin) in [("我唔滿意你哋嘅服務", "我不满意你们的服务"), ("冇人理我", "没人理我"),
                                      ("有冇搞錯呀", "有没有搞错呀"), ("你哋啲服務唔好。", "你们的服务不好。")] {
            #expect(zh(cantonese) == zh(mandarin), "\(cantonese)")
            #expect(zh(cantonese) < -0.3, "\(cantonese)")
        }
        #expect(zh("呃我想問吓，你哋幾點收工？") == 0) // 呃 is also "uh": only 呃人, 呃钱 are terms
        #expect(zh("我唔滿意") < -0.3) // read +0.46 before round 31: 滿意 counted, 唔 did not negate
        #expect(zh("唔係好好") < -0.05)
        #expect(zh("真係唔錯") > 0.3)
        #expect(zh("冇問題") > 0.3)
    }

    @Test func cantoneseWordsAreLexiconTerms() throws {
        #expect(zh("我好嬲") < zh("嬲") && zh("嬲") < -0.3) // 好 is "very" before a sentiment word, as in Mandarin
        #expect(zh("真係頂唔順") < -0.3)
        #expect(BuiltInAnalyzers.chinese.score("真係頂唔順").terms.map(\.term) == ["顶不顺"]) // stored as read
        #expect(zh("點解仲未搞掂") < -0.05) // no Cantonese-only character: 仲未 and 搞掂 are terms themselves
        #expect(zh("好嘢！收到啦") > 0.3)
        // A user's Cantonese term is read through the table like a text, in either script.
        var user = Lexicon()
        user.add("冇交代", as: .valence(-2))
        #expect(user.entry(for: "没交代")?.valence == -2)
        let analyzer = try SentimentAnalyzer(language: .chinese, userLexicons: [user])
        #expect(analyzer.score("你哋冇交代").valence < -0.3)
    }

    @Test func politenessOfCantoneseThanks() {
        let thanks = BuiltInAnalyzers.chinese.score("唔該晒")
        #expect(thanks.politeness > 0.3)
        #expect(thanks.valence >= 0)
        #expect(BuiltInAnalyzers.chinese.score("好嘅，唔該").politeness > 0.3)
    }
}
