import Testing
@testable import UndertoneText

/// Lines that mix Chinese and English: scored under one language's rules, with the other language's
/// words lent by its lexicon (`Lexicon.borrow`, text round 29 in docs/history/text-sentiment.md).
@Suite struct CodeSwitchingTests {
    @Test func englishWordsCountInChineseLines() {
        #expect(zh("客服态度真的很terrible") < -0.3) // 0 before: the English word was unknown to the Chinese lexicon
        #expect(zh("你们这样收费很unfair") < -0.3)
        #expect(zh("服务很nice") > 0.3)
        #expect(zh("问题解决了，perfect") > zh("问题解决了"))
    }

    @Test func chineseWordsCountInEnglishLines() {
        #expect(en("The agent was so rude, 太差了") < en("The agent was so rude"))
        #expect(en("Great service, 非常满意") > en("Great service"))
    }

    @Test func theLinesOwnRulesReachBorrowedWords() {
        #expect(zh("不是很happy") < -0.05) // Chinese negation over an English word
        #expect(zh("一点都不helpful") < -0.05)
        #expect(zh("这个体验very bad") < zh("这个体验bad")) // an English booster inside a Chinese line
        #expect(zh("没有problem") > -0.05) // Chinese rules: a negated complaint is no complaint, and no praise
    }

    @Test func capitalisedBorrowedWordsAreNamesUnlessTheyNegate() {
        #expect(zh("您好，Joy为您服务") == 0) // an agent's name, at the head of its clause
        #expect(zh("我用的是Smart手机") == 0)
        #expect(zh("买了个JOY耳机") == 0)
        #expect(zh("Best Buy买的电视两天就坏了") == zh("买的电视两天就坏了")) // a capitalised phrase, too
        #expect(zh("这个手机很smart") > 0.05) // lower case: the word
        #expect(zh("太LOW了") == 0) // emphatic capitals are lost with them, as before borrowing
        #expect(zh("Not bad, 还可以") > -0.05) // a negator negates however it is written
        #expect(zh("我觉得Not bad") > -0.05)
    }

    @Test func namesNumbersAndChatFormsAreNotBorrowed() {
        #expect(zh("网上星级vip预约的") == 0) // listed as a name in the Chinese lexicon itself
        #expect(zh("上了qq才知道") == 0) // VADER's "qq" (crying) is a chat form, not lent
        #expect(zh("国家代码86") == 0)
        #expect(zh("机器编号：no 221752") == 0)
    }

    @Test func borrowingLendsOnlyWhatTheLexiconLacks() throws {
        var chinese = try Lexicon.builtIn(.chinese)
        let ownOK = try #require(chinese.entry(for: "ok"))
        chinese.borrow(from: try Lexicon.builtIn(.english), of: .english)
        #expect(chinese.entry(for: "ok") == ownOK) // the Chinese lexicon's own "ok" keeps its roles, and is no name
        #expect(chinese.entry(for: "terrible")?.valence ?? 0 < -2)
        #expect(chinese.entry(for: "terrible")?.isBorrowed == true)
        #expect(chinese.entry(for: "extremely")?.degree == 1.5)
        #expect(chinese.entry(for: "no problem")?.isBorrowed == true) // a phrase whose first word is not lent
        for chatForm in ["qq", "xp", "l", "86", ":)", "no", "vip"] {
            #expect(chinese.entry(for: chatForm)?.isBorrowed != true, "\(chatForm) should not be borrowed")
        }
        var english = try Lexicon.builtIn(.english)
        english.borrow(from: try Lexicon.builtIn(.chinese), of: .chinese)
        #expect(english.entry(for: "差")?.valence ?? 0 < 0)
        #expect(english.entry(for: "差")?.isBorrowed == true)
        #expect(english.entry(for: "ok")?.isBorrowed == false) // the Chinese "ok" is not lent: no Han character
    }
}
