import Foundation
import Testing
import UndertoneCore
@testable import UndertoneText

@Suite struct LexiconTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("lexicons")

    @Test func builtInEnglishHasVaderAndOurTerms() throws {
        let lexicon = try Lexicon.builtIn(.english)
        #expect(abs((lexicon.entry(for: "good")?.valence ?? 0) - 1.9) < 1e-6)
        #expect(lexicon.entry(for: "NOT")?.isNegator == true)
        #expect(lexicon.entry(for: "extremely")?.degree == 1.5)
        #expect(lexicon.entry(for: "on hold")?.valence ?? 0 < 0)
        #expect(lexicon.entry(for: "thanks")?.politeness == 1.0)
        #expect(lexicon.count > 7500)
    }

    @Test func builtInChineseHasLevelsNegatorsAndPoliteness() throws {
        let lexicon = try Lexicon.builtIn(.chinese)
        #expect(lexicon.entry(for: "极其")?.degree == 2.0)
        #expect(lexicon.entry(for: "稍微")?.degree == 0.7)
        #expect(lexicon.entry(for: "没有")?.isNegator == true)
        #expect(lexicon.entry(for: "但是")?.isContrast == true)
        #expect(lexicon.entry(for: "谢谢")?.politeness == 1.0)
        #expect(lexicon.entry(for: "好像")?.valence == 0)
    }

    @Test func termsAreNormalisedAndColumnsTrimmed() throws {
        #expect(Lexicon.normalise("good") == "good") // the common case, returned as it is
        #expect(Lexicon.normalise("Good") == "good")
        #expect(Lexicon.normalise(" on \t hold ") == "on hold")
        #expect(Lexicon.normalise("can\u{2019}t") == "can't")
        #expect(Lexicon.normalise("很好") == "很好")
        let lexicon = try LexiconFileReader.parse("  On  Hold \t valence \t -1.5 \nsnub\u{3000}\tconduct\u{00A0}\n", source: "t")
        #expect(lexicon.entry(for: "on hold")?.valence == -1.5)
        #expect(lexicon.entry(for: "snub")?.isConduct == true) // ideographic and no-break spaces trimmed too
        #expect(throws: InputError.self) { try LexiconFileReader.parse("\u{200B}\tvalence\t-3\n", source: "t") } // an empty term
    }

    @Test func ourFormatReadsEveryRoleAndVaderLines() throws {
        let text = "# comment\nrefund\tvalence\t-0.8\nhorrid\t-2.5\t0.5\t[-2, -3]\nmega\tdegree\t1.7\nnah\tnegator\nlest\tprohibitive\nsnub\tconduct\nyet to\tpending\nrebate\tremedy\nstill\tcontrast\nplus\tcoordinator\ni said\treport\nnot to\tinfinitive\n令您\tcausative\ngreat\texclamation\noh\tlead\nlately\tplight\nstopped\trelief\n约定的\tpromise\nwhence\trequest\n之\tparticle\n伊\tpossessor\n甚连\teven\n亦\talso\n倘\tcondition\n乃\tcopula\nif\tirrealis\n是不是\tquestion\nshall\tinterrogative\nyinz\taddressee\t2.5\ncheers\tpoliteness\n好像\tword\n"
        let lexicon = try LexiconFileReader.parse(text, source: "test.tsv")
        #expect(lexicon.entry(for: "refund")?.valence == -0.8)
        #expect(lexicon.entry(for: "horrid")?.valence == -2.5)
        #expect(lexicon.entry(for: "mega")?.degree == 1.7)
        #expect(lexicon.entry(for: "nah")?.isNegator == true)
        #expect(lexicon.entry(for: "nah")?.isProhibitive == false)
        #expect(lexicon.entry(for: "lest")?.isProhibitive == true)
        #expect(lexicon.entry(for: "lest")?.isNegator == true)   // a prohibition negates positive words as well
        #expect(lexicon.entry(for: "snub")?.isConduct == true && lexicon.entry(for: "lest")?.isConduct == false)
        #expect(lexicon.entry(for: "yet to")?.isPending == true)
        #expect(lexicon.entry(for: "nah")?.isPending == false)
        #expect(lexicon.entry(for: "rebate")?.isRemedy == true)
        #expect(lexicon.entry(for: "nah")?.isRemedy == false)
        #expect(lexicon.entry(for: "still")?.isContrast == true)
        #expect(lexicon.entry(for: "plus")?.isCoordinator == true && lexicon.entry(for: "still")?.isCoordinator == false)
        #expect(lexicon.entry(for: "I said")?.isReport == true && lexicon.entry(for: "plus")?.isReport == false)
        #expect(lexicon.entry(for: "not to")?.isInfinitive == true && lexicon.entry(for: "not to")?.isNegator == true)
        #expect(lexicon.entry(for: "not to")?.isProhibitive == false && lexicon.entry(for: "lest")?.isInfinitive == false)
        #expect(lexicon.entry(for: "令您")?.isCausative == true && lexicon.entry(for: "令您")?.isNegator == false)
        #expect(lexicon.entry(for: "great")?.isExclamation == true && lexicon.entry(for: "oh")?.isExclamation == false)
        #expect(lexicon.entry(for: "oh")?.isLead == true && lexicon.entry(for: "great")?.isLead == false)
        #expect(lexicon.entry(for: "lately")?.isPlight == true && lexicon.entry(for: "oh")?.isPlight == false)
        #expect(lexicon.entry(for: "stopped")?.isRelief == true && lexicon.entry(for: "oh")?.isRelief == false)
        #expect(lexicon.entry(for: "约定的")?.isPromise == true && lexicon.entry(for: "oh")?.isPromise == false)
        #expect(lexicon.entry(for: "whence")?.isRequest == true && lexicon.entry(for: "shall")?.isRequest == false)
        #expect(lexicon.entry(for: "之")?.isParticle == true && lexicon.entry(for: "whence")?.isParticle == false)
        #expect(lexicon.entry(for: "伊")?.isPossessor == true && lexicon.entry(for: "之")?.isPossessor == false)
        #expect(lexicon.entry(for: "甚连")?.isEven == true && lexicon.entry(for: "亦")?.isEven == false)
        #expect(lexicon.entry(for: "亦")?.isAlso == true && lexicon.entry(for: "甚连")?.isAlso == false)
        #expect(lexicon.entry(for: "倘")?.isCondition == true && lexicon.entry(for: "if")?.isCondition == false)
        #expect(lexicon.entry(for: "乃")?.isCopula == true && lexicon.entry(for: "倘")?.isCopula == false)
        #expect(lexicon.entry(for: "if")?.isIrrealis == true)
        #expect(lexicon.entry(for: "是不是")?.isQuestion == true && lexicon.entry(for: "是不是")?.isIrrealis == true)
        #expect(lexicon.entry(for: "if")?.isQuestion == false)
        #expect(lexicon.entry(for: "shall")?.isInterrogative == true)
        #expect(lexicon.entry(for: "if")?.isInterrogative == false)
        #expect(lexicon.entry(for: "yinz")?.addresseeWeight == 2.5)
        #expect(lexicon.entry(for: "cheers")?.addresseeWeight == nil)
        #expect(lexicon.entry(for: "cheers")?.politeness == 1.0)
        #expect(lexicon.entry(for: "好像") != nil)
    }

    @Test func badLexiconLinesNameTheLine() {
        #expect(throws: InputError(source: "x.tsv", position: "line 2", problem: "valence 9.0 is outside -4.0…4.0")) {
            try LexiconFileReader.parse("ok\t1\nbad\t9\n", source: "x.tsv")
        }
        #expect(throws: InputError.self) { try LexiconFileReader.parse("lonely\n", source: "x.tsv") }
        #expect(throws: InputError.self) { try LexiconFileReader.parse("x\tmood\t1\n", source: "x.tsv") }
        #expect(throws: InputError.self) { try LexiconFileReader.parse("x\tdegree\n", source: "x.tsv") }
        #expect(throws: InputError.self) { try LexiconFileReader.parse("you\taddressee\n", source: "x.tsv") }
        // A default stands in for a missing strength only: a typo is an error, not strength 1.
        #expect(throws: InputError(source: "x.tsv", position: "line 1", problem: "'politeness' needs a number in the third column, not '0,5'")) {
            try LexiconFileReader.parse("good\tpoliteness\t0,5\n", source: "x.tsv")
        }
    }

    @Test func aListThatIsNotBosonNLPNamesItsFirstBadLine() {
        #expect(throws: InputError(source: "b.txt", position: "line 2", problem: "1 of 3 lines are not 'word score'; is this the BosonNLP list?")) {
            try BosonNLPReader.parse("great 2\nbad x\nawful -3\n", source: "b.txt")
        }
    }

    @Test func userLexiconOverridesBuiltIn() throws {
        let user = try LexiconFileReader.parse("delay\t1.0\n", source: "mine.tsv")
        let analyzer = try SentimentAnalyzer(language: .english, userLexicons: [user])
        #expect(analyzer.score("delay").valence > 0)
    }

    /// Phrase matching tries runs from two words up and stops at the first run no phrase starts with, so every
    /// leading run of a phrase must be found on the way, its longest matching term taken, and the words of a
    /// run that goes on to no phrase scored alone.
    @Test func theLongestPhraseIsFoundThroughRunsThatAreNoTerms() throws {
        let user = try LexiconFileReader.parse(
            "zorp flib\tvalence\t1.0\nzorp flib quux blat\tvalence\t-3.0\n", source: "mine.tsv")
        let analyzer = try SentimentAnalyzer(language: .english, userLexicons: [user])
        #expect(analyzer.score("zorp flib quux blat").terms.map(\.term) == ["zorp flib quux blat"])
        // "zorp flib quux" is only a prefix: the shorter term is taken and "quux" stays a word of its own.
        #expect(analyzer.score("zorp flib quux").terms.map(\.term) == ["zorp flib"])
        #expect(analyzer.score("zorp flib, quux blat").terms.map(\.term) == ["zorp flib"])
        #expect(try SentimentAnalyzer(language: .english).score("Is that really too much to ask?").terms.map(\.term)
            == ["is that really too much to ask"])
    }

    @Test func userLexiconCanNeutraliseABuiltInWord() throws {
        #expect(try SentimentAnalyzer(language: .english).score("delay").valence < 0)
        let user = try LexiconFileReader.parse("delay\tvalence\t0\nsorry\tpoliteness\t1\n", source: "mine.tsv")
        let analyzer = try SentimentAnalyzer(language: .english, userLexicons: [user])
        #expect(analyzer.score("delay").valence == 0)
        let noThanks = try LexiconFileReader.parse("thanks\tpoliteness\t0\n", source: "mine.tsv")
        #expect(try SentimentAnalyzer(language: .english, userLexicons: [noThanks]).score("thanks").politeness == 0)
        // A role without a valence leaves the built-in valence alone.
        #expect(analyzer.score("sorry").valence == (try SentimentAnalyzer(language: .english).score("sorry").valence))
    }

    @Test func readsHowNetDirectoryWithLevels() throws {
        let url = Self.fixtures.appendingPathComponent("hownet")
        #expect(LexiconFormat.detect(url) == .hownet)
        let lexicon = try LexiconFormat.load(url)
        #expect(lexicon.entry(for: "满意")?.valence == 2)
        #expect(lexicon.entry(for: "难吃")?.valence == -2)
        #expect(lexicon.entry(for: "极其")?.degree == 2.0)
        #expect(lexicon.entry(for: "蛮")?.degree == 1.5)
        #expect(lexicon.entry(for: "稍稍")?.degree == 0.75)
        #expect(lexicon.entry(for: "中文正面情感词语") == nil)
    }

    @Test func readsBosonNLPScoresClamped() throws {
        let url = Self.fixtures.appendingPathComponent("BosonNLP_sentiment_score.txt")
        #expect(LexiconFormat.detect(url) == .bosonnlp)
        let lexicon = try LexiconFormat.load(url)
        #expect(lexicon.entry(for: "吵死了")?.valence == -4)
        #expect(abs((lexicon.entry(for: "好评")?.valence ?? 0) - 3.2) < 1e-6)
        #expect(lexicon.entry(for: "烦透了")?.valence == -4)   // BOM stripped
    }

    @Test func readsNTUSDYAMLAsCntextAndAsNTUSD() throws {
        let url = Self.fixtures.appendingPathComponent("zh_common_NTUSD.yaml")
        #expect(LexiconFormat.detect(url) == .cntext)
        for format in [nil, LexiconFormat.ntusd] {
            let lexicon = try LexiconFormat.load(url, format: format)
            #expect(lexicon.entry(for: "一团糟")?.valence == -2)
            #expect(lexicon.entry(for: "一流")?.valence == 2)
        }
    }

    @Test func readsCntextHowNetCategoriesAsNegatorsDegreesAndPolarity() throws {
        let lexicon = try LexiconFormat.load(Self.fixtures.appendingPathComponent("cntext_hownet_sample.yaml"))
        #expect(lexicon.entry(for: "甭")?.isNegator == true)
        #expect(lexicon.entry(for: "不是")?.isNegator == true)
        #expect(lexicon.entry(for: "格外")?.degree == 1.5)
        #expect(lexicon.entry(for: "更加")?.degree == 1.25)
        #expect(lexicon.entry(for: "有些")?.degree == 0.75)
        #expect(lexicon.entry(for: "称心")?.valence == 2)
        #expect(lexicon.entry(for: "糟透")?.valence == -2)
        // Used over the built-in lexicon, its words score and its degree adverb grades them.
        let analyzer = try SentimentAnalyzer(language: .chinese, userLexicons: [lexicon])
        let plain = analyzer.score("称心").valence, graded = analyzer.score("格外称心").valence
        #expect(plain > 0.3 && graded > plain)
        #expect(analyzer.score("糟透").valence < -0.3)
    }

    @Test func anEmptyCntextCategoryIsAnEmptyList() throws {
        let lexicon = try CntextReader.parse("Dictionary:\n  neg:\n  pos:\n  - 称心\n", source: "t.yaml")
        #expect(lexicon.entry(for: "称心")?.valence == 2)
    }

    @Test func readsCntextEmotionCategoriesAndSkipsSurprise() throws {
        let lexicon = try LexiconFormat.load(Self.fixtures.appendingPathComponent("cntext_dutir_sample.yaml"))
        #expect(lexicon.entry(for: "欢快")?.valence == 2)
        #expect(lexicon.entry(for: "靠谱")?.valence == 2)
        #expect(lexicon.entry(for: "气炸")?.valence == -2)
        #expect(lexicon.entry(for: "愕然") == nil)
    }

    @Test func readsCntextValenceOnItsOneToNineScale() throws {
        let lexicon = try LexiconFormat.load(Self.fixtures.appendingPathComponent("cntext_valence_sample.yaml"))
        #expect(abs((lexicon.entry(for: "舒心")?.valence ?? 0) - 2.4) < 1e-9)
        #expect(abs((lexicon.entry(for: "窝火")?.valence ?? 0) + 2.8) < 1e-9)
        // A word that is also a category's name (DUTIR's 好) is a word when it maps to a valence.
        #expect(abs((lexicon.entry(for: "好")?.valence ?? 0) - 1.8) < 1e-9)
    }

    @Test func cntextWithoutScoringCategoriesOrBrokenIsRefused() throws {
        let stopWords = Self.fixtures.appendingPathComponent("cntext_stopwords_sample.yaml")
        #expect { try LexiconFormat.load(stopWords) } throws: { error in
            "\(error)".contains("'chinese'") && "\(error)".contains("cntext_stopwords_sample.yaml")
        }
        for (text, expected) in [("Name: x\nDictionary: [a, b\n", "not valid YAML"),
                                 ("Name: x\nCategory: [pos]\n", "no 'Dictionary:'"),
                                 ("Dictionary:\n  舒心:\n    valence: 12\n", "1–9 scale"),
                                 ("Dictionary:\n  舒心:\n    arousal: 5\n", "word '舒心': its mapping needs 'valence:'"),
                                 ("Dictionary:\n  pos: 好极了\n  neg:\n  - 差劲\n", "'pos': must be a list of words"),
                                 ("Dictionary: {}\n", "'Dictionary:' is empty"),
                                 ("Dictionary:\n  pos: [好, [[[[\n" + String(repeating: "x", count: 100_000) + "\n", "not valid YAML")] {
            #expect { try CntextReader.parse(text, source: "t.yaml") } throws: { error in
                "\(error)".contains(expected) && "\(error)".contains("t.yaml") && "\(error)".count < 500
            }
        }
    }

    @Test func missingLexiconIsCannotOpen() {
        do {
            _ = try LexiconFormat.load(URL(fileURLWithPath: "/nonexistent/lexicon.tsv"))
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.kind == .cannotOpen)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func errorsNameAPathAsTheUserGaveIt() throws {
        // `--lexicon lex` names "lex/neg.txt" in its errors, not an absolute path beside a relative one.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-lexicon-\(UUID().uuidString)")
        let directory = URL(fileURLWithPath: "lex", relativeTo: folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("好\n".utf8).write(to: directory.appendingPathComponent("pos.txt"))
        try Data([0xFF, 0x0A]).write(to: directory.appendingPathComponent("neg.txt"))
        for format in [LexiconFormat.hownet, .ntusd] {
            #expect(throws: InputError(source: "lex/neg.txt", position: "line 1, byte 0",
                                       problem: "the text is not valid UTF-8; convert it first (e.g. iconv -f GBK -t UTF-8)")) {
                try LexiconFormat.load(directory, format: format)
            }
        }
        #expect(throws: InputError(.cannotOpen, source: "lex/none", problem: "no such file or directory")) {
            try LexiconFormat.load(directory.appendingPathComponent("none"), format: .hownet)
        }
    }

    @Test func termTableFindsEveryKeyAfterGrowing() {
        var table = TermTable(minimumCapacity: 4)
        let keys = (0..<5000).map { "word\($0)" }
        for (index, key) in keys.enumerated() { #expect(table.insert(key) == index) }
        #expect(keys.enumerated().allSatisfy { table.index(of: $0.element) == $0.offset })
        #expect(table.index(of: "word5000") == nil)
    }
}
