import Foundation
import Testing
import TestSupport

@Suite struct SentimentCommandTests {
    @Test func scoresOneLinePerLineInOrder() throws {
        let input = "I am very unhappy, cancel my account.\n\nThat was really helpful, thank you!\n等了半天还没到，差评\n"
        let result = try CLI.run(["sentiment"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let records = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(records.count == 4)
        #expect(records.map { $0["label"] as? String } == ["negative", "neutral", "positive", "negative"])
        #expect((records[0]["valence"] as? Double ?? 0) < -0.3)
        #expect((records[2]["politeness"] as? Double ?? 0) > 0)
        #expect(records[3]["lang"] as? String == "zh")
        #expect((records[0]["terms"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func speakerAgentReadsAnAgentsWords() throws {
        let input = Data("I can escalate this to a supervisor for you.\n我帮您申请退款\n".utf8)
        let customer = try CLI.run(["sentiment"], stdin: input)
        let agent = try CLI.run(["sentiment", "--speaker", "agent"], stdin: input)
        #expect(customer.status == 0 && agent.status == 0, "\(agent.stderr)")
        #expect(customer.lines.allSatisfy { $0.contains("\"negative\"") }, "\(customer.lines)")
        #expect(agent.lines.count == 2 && agent.lines.allSatisfy { $0.contains("\"neutral\"") }, "\(agent.lines)")
        let wrong = try CLI.run(["sentiment", "--speaker", "boss"], stdin: input)
        #expect(wrong.status != 0 && wrong.stderr.contains("customer") && wrong.stderr.contains("agent"), "\(wrong.stderr)")
    }

    @Test func traditionalChineseReadsAsSimplified() throws {
        // The built-in Chinese lexicon is Simplified; Traditional text is read in Simplified characters.
        let input = "我很不满意，你们这是什么服务\n我很不滿意，你們這是什麼服務\n还没到，说好的呢\n還沒到，說好的呢\n"
        let result = try CLI.run(["sentiment"], stdin: Data(input.utf8))
        #expect(result.status == 0 && result.lines.count == 4 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.lines[0] == result.lines[1] && result.lines[2] == result.lines[3], "\(result.lines)")
        #expect(result.lines[1].contains("\"不满意\"") && result.lines[1].contains("negative"))

        // A user lexicon written in Traditional matches either script; its terms are listed in Simplified.
        let lexicon = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-traditional-\(UUID().uuidString).tsv")
        try Data("廢柴\tvalence\t-2.5\n".utf8).write(to: lexicon)
        defer { try? FileManager.default.removeItem(at: lexicon) }
        let user = try CLI.run(["sentiment", "--lexicon", lexicon.path], stdin: Data("你們真係廢柴\n你们真系废柴\n".utf8))
        #expect(user.status == 0 && user.lines.count == 2 && user.lines[0] == user.lines[1], "\(user.stderr)")
        #expect(user.lines[0].contains("\"废柴\"") && user.lines[0].contains("negative"), "\(user.lines)")
    }

    @Test func aBinaryCopiedAloneScoresBothLanguagesAndCarriesItsNotices() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("undertone")
        try FileManager.default.copyItem(at: CLI.executable, to: alone)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["undertone"])

        let result = try CLI.run(["sentiment"], stdin: Data("this is terrible\n等了半天还没到，差评\n".utf8), executable: alone)
        #expect(result.status == 0, "\(result.stderr)")
        let labels = try result.lines.map { (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["label"] as? String }
        #expect(labels == ["negative", "negative"])

        let notices = try CLI.run(["notices"], executable: alone)
        #expect(notices.status == 0)
        for notice in ["Lexicons/en/LICENSE-VADER.txt", "Script/LICENSE-OpenCC.txt", "Notices/Yams-LICENSE.txt", "Notices/libyaml-LICENSE.txt"] {
            #expect(notices.stdout.contains("== \(notice)\n"), "\(notice) missing")
        }
        #expect(notices.stdout.contains("C.J. Hutto") && notices.stdout.contains("JP Simard") && notices.stdout.contains("Kirill Simonov"))
        #expect(notices.stdout.contains("BYVoid") && notices.stdout.contains("Apache License"))
    }

    @Test func invalidUTF8IsRefusedWithItsLine() throws {
        let result = try CLI.run(["sentiment"], stdin: Data("fine\r\n".utf8) + Data([0xFF, 0xFE, 0x20, 0x62, 0x0A]))
        #expect(result.status == 65)
        #expect(result.stderr.contains("stdin: line 2"))
        #expect(result.lines.count == 1) // the valid first line was scored
    }

    @Test func utf16AndBinaryInputAreRefusedNotScoredAsNeutral() throws {
        // UTF-16LE "I am angry\n" is valid UTF-8 between its NULs: it gave two neutral records, exit 0.
        let utf16 = try #require("I am angry\n".data(using: .utf16LittleEndian))
        let result = try CLI.run(["sentiment"], stdin: utf16)
        #expect(result.status == 65 && result.lines.isEmpty)
        #expect(result.stderr.contains("stdin: line 1, byte 1") && result.stderr.contains("iconv -f UTF-16"), "\(result.stderr)")
        // With a byte-order mark it was refused with the advice for GBK.
        let marked = try CLI.run(["sentiment"], stdin: Data([0xFF, 0xFE]) + utf16)
        #expect(marked.status == 65 && marked.stderr.contains("UTF-16"), "\(marked.stderr)")
        // Binary junk after good lines: the good lines are scored, the junk is named.
        let junk = try CLI.run(["sentiment"], stdin: Data("ok\n".utf8) + Data([0x00, 0x01, 0x6A, 0x0A]))
        #expect(junk.status == 65 && junk.lines.count == 1 && junk.stderr.contains("line 2"), "\(junk.stderr)")
    }

    @Test func everyLineEndSplitsTexts() throws {
        // LF, CRLF and a lone CR each end a text; the LF after a CR is not an empty text of its own.
        let result = try CLI.run(["sentiment"], stdin: Data("great\rterrible\r\nawful\n\rexcellent".utf8))
        #expect(result.status == 0)
        let labels = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
            .map { $0["label"] as? String }
        #expect(labels == ["positive", "negative", "negative", "neutral", "positive"])
    }

    @Test func aLiveFeedGetsEachScoreAtOnce() throws {
        // The score of the first line is out while stdin is still open, not held until it closes.
        let run = try CLI.runLive(["sentiment"], first: Data("this is terrible\n".utf8), rest: Data("great\n".utf8), lines: 1)
        #expect(run.whileOpen.contains("negative"))
        #expect(run.result.status == 0 && run.result.lines.count == 2)
    }

    @Test func lastLineWithoutANewlineCounts() throws {
        let result = try CLI.run(["sentiment"], stdin: Data("great\nterrible".utf8))
        #expect(result.lines.count == 2)
    }

    @Test func ruleWeightsOutsideZeroToOneAreUsageErrors() throws {
        let result = try CLI.run(["sentiment", "--negated-negative-weight", "1.5"], stdin: Data("not bad\n".utf8))
        #expect(result.status == 64 && result.lines.isEmpty)
        #expect(result.stderr.contains("--negated-negative-weight 1.5 is outside 0…1"))
        let polar = try CLI.run(["sentiment", "--polar-question-negative-weight", "1.5"], stdin: Data("is it late?\n".utf8))
        #expect(polar.status == 64 && polar.stderr.contains("--polar-question-negative-weight 1.5 is outside 0…1"))
        let asked = try CLI.run(["sentiment", "--asked-negative-weight", "1.5"], stdin: Data("会不会太贵了？\n".utf8))
        #expect(asked.status == 64 && asked.stderr.contains("--asked-negative-weight 1.5 is outside 0…1"))
        // In range, the hidden weight reaches both languages: 0 takes English "not bad" (≈ +0.43) to 0,
        // and 1 flips Chinese 不慢 into mild praise again.
        let english = try CLI.run(["sentiment", "--negated-negative-weight", "0"], stdin: Data("not bad\n".utf8))
        #expect(english.status == 0 && english.lines.first?.hasPrefix("{\"valence\":0,") == true)
        let flipped = try CLI.run(["sentiment", "--negated-negative-weight", "1"], stdin: Data("送餐不慢\n".utf8))
        let record = try JSONSerialization.jsonObject(with: Data((flipped.lines.first ?? "{}").utf8)) as? [String: Any]
        #expect(flipped.status == 0 && (record?["valence"] as? Double ?? 0) > 0.2)   // 慢 −1.5 × −0.74 → ≈ +0.28
        // --prohibited-negative-weight 0 makes a forbidden complaint word count nothing again (≈ −0.54 by default).
        let forbidden = try CLI.run(["sentiment", "--prohibited-negative-weight", "0"], stdin: Data("不要骗我\n".utf8))
        #expect(forbidden.status == 0 && forbidden.lines.first?.hasPrefix("{\"valence\":0,") == true)
        let outside = try CLI.run(["sentiment", "--prohibited-negative-weight", "1.5"], stdin: Data("不要骗我\n".utf8))
        #expect(outside.status == 64 && outside.stderr.contains("--prohibited-negative-weight 1.5 is outside 0…1"))
    }

    @Test func missingLexiconCannotBeOpened() throws {
        let result = try CLI.run(["sentiment", "--lexicon", "/nonexistent/lexicon.tsv"], stdin: Data())
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/lexicon.tsv"))
    }

    @Test func malformedLexiconIsBadInput() throws {
        try Fixtures.withScratchDirectory { directory in
            let path = directory.appendingPathComponent("bad.tsv").path
            try Data("refund\tnot-a-number\n".utf8).write(to: URL(fileURLWithPath: path))
            let result = try CLI.run(["sentiment", "--lexicon", path], stdin: Data())
            #expect(result.status == 65)
            #expect(result.stderr.contains(path))
        }
    }
}
