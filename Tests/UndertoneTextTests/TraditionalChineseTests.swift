import Testing
@testable import UndertoneText

/// Traditional Chinese read in Simplified characters (`TraditionalChinese`, OpenCC's character table).
@Suite struct TraditionalChineseTests {
    @Test func convertsCharacterByCharacter() {
        #expect(TraditionalChinese.tableCount > 2500)
        #expect(TraditionalChinese.simplified("你們這是什麼服務，我很不滿意！") == "你们这是什么服务，我很不满意！")
        #expect(TraditionalChinese.simplified("頭髮和發票") == "头发和发票") // two Traditional characters, one Simplified
        #expect(TraditionalChinese.simplified("Fine, thanks 還沒到 :)") == "Fine, thanks 还没到 :)")
        #expect(TraditionalChinese.simplified("送餐太慢了，差评") == "送餐太慢了，差评") // Simplified passes unchanged
        // Hong Kong's and Taiwan's standard forms, and characters OpenCC converts only within phrases:
        #expect(TraditionalChinese.simplified("衞生 等著 回覆 藉口 瞭解 薴") == "卫生 等着 回复 借口 了解 苎")
    }

    @Test func traditionalTextScoresAsSimplified() {
        for (traditional, simplified) in [("我很不滿意，你們這是什麼服務", "我很不满意，你们这是什么服务"),
                                          ("等了半個小時還沒到，差評", "等了半个小时还没到，差评"),
                                          ("謝謝，服務態度很好", "谢谢，服务态度很好")] {
            #expect(zh(traditional) == zh(simplified), "\(traditional)")
            #expect(zh(traditional) != 0)
        }
        #expect(BuiltInAnalyzers.chinese.score("態度很爛").terms.map(\.term) == ["烂"]) // terms are Simplified
        #expect(zh("我好著急，別再找藉口了") == zh("我好着急，别再找借口了"))
        #expect(zh("餐廳很不衞生") < -0.05)
    }

    @Test func aTraditionalLexiconMatchesEitherScript() throws {
        var user = Lexicon()
        user.add("好嬲", as: .valence(-3)) // Cantonese "very angry", written in Traditional as NTUSD's words are
        #expect(user.entry(for: "好嬲")?.valence == -3)
        user.add("廢青", as: .valence(-2.5)) // "useless youth"
        #expect(user.entry(for: "废青")?.valence == -2.5)
        #expect(zh("你們真係廢青") == 0) // not in the built-in lexicon
        let analyzer = try SentimentAnalyzer(language: .chinese, userLexicons: [user])
        #expect(analyzer.score("你们真系废青").valence < -0.3)
        #expect(analyzer.score("你們真係廢青").valence == analyzer.score("你们真系废青").valence)
    }
}
