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
    }

    @Test func traditionalTextScoresAsSimplified() {
        for (traditional, simplified) in [("我很不滿意，你們這是什麼服務", "我很不满意，你们这是什么服务"),
                                          ("等了半個小時還沒到，差評", "等了半个小时还没到，差评"),
                                          ("謝謝，服務態度很好", "谢谢，服务态度很好")] {
            #expect(zh(traditional) == zh(simplified), "\(traditional)")
            #expect(zh(traditional) != 0)
        }
        #expect(BuiltInAnalyzers.chinese.score("態度很差").terms.map(\.term) == ["差"]) // terms are Simplified
    }

    @Test func aTraditionalLexiconMatchesEitherScript() throws {
        var user = Lexicon()
        user.add("爛透了", as: .valence(-3)) // NTUSD and other Taiwanese lexicons are written in Traditional
        #expect(user.entry(for: "烂透了")?.valence == -3)
        let analyzer = try SentimentAnalyzer(language: .chinese, userLexicons: [user])
        #expect(analyzer.score("烂透了").valence < -0.5)
        #expect(analyzer.score("爛透了").valence == analyzer.score("烂透了").valence)
    }
}
