import Testing
import UndertoneCore
@testable import UndertoneText

@Suite struct SecondValenceAlignerTests {
    static let analyzer = try! SentimentAnalyzer(language: .english)

    static let segments = [
        TranscriptSegment(startSeconds: 0.5, endSeconds: 2.5, speaker: "a", role: .agent, text: "How can I help?"),
        TranscriptSegment(startSeconds: 3.0, endSeconds: 5.0, speaker: "c", role: .customer, text: "This is terrible, third time I'm calling."),
        TranscriptSegment(startSeconds: 5.5, endSeconds: 6.0, speaker: "c", role: .customer, text: "Fine, thanks."),
    ]

    func batch(_ segments: [TranscriptSegment], carryOverSeconds: Double = 5, end: Double = 14) -> [SecondValence] {
        var aligner = SecondValenceAligner(analyzer: Self.analyzer, roles: [.customer, .agent], carryOverSeconds: carryOverSeconds)
        for segment in segments { aligner.add(segment) }
        return aligner.finish(atSeconds: end)
    }

    @Test func speechSecondsCarryTheSegmentValence() {
        let records = batch(Self.segments)
        let customer = records.filter { $0.role == .customer }
        #expect(customer.count == 14)
        #expect(customer[0].source == .none && customer[0].valence == nil)
        let complaint = Self.analyzer.score(Self.segments[1].text).valence
        #expect(customer[3].source == .speech && customer[3].valence == complaint)
        #expect(customer[3].terms.contains("third time"))
        // Second 5 holds only "Fine, thanks." (5.5–6.0): positive, polite.
        #expect(customer[5].valence! > 0 && customer[5].politeness! > 0.5)
    }

    @Test func eachSegmentIsReadAsItsRoleSpeaksIt() throws {
        // Text round 52: the agent who offers an escalation is no complaining customer.
        let text = "I will escalate this to my supervisor right away."
        let said = [TranscriptSegment(startSeconds: 0, endSeconds: 2, speaker: "a", role: .agent, text: text),
                    TranscriptSegment(startSeconds: 3, endSeconds: 5, speaker: "c", role: .customer, text: text)]
        let records = batch(said, end: 6)
        let agent = try #require(records.first { $0.role == .agent && $0.timeSeconds == 1 }?.valence)
        let customer = try #require(records.first { $0.role == .customer && $0.timeSeconds == 4 }?.valence)
        #expect(abs(agent) < 0.05 && customer < -0.3, "agent \(agent), customer \(customer)")
    }

    @Test func wordTimingsPlaceEachSentenceWhereItWasSaid() throws {
        // One 10-second turn: thanks at 0–1 s, a complaint at 8–10 s.
        let words = [("Fine,", 0.0, 0.4), ("thanks.", 0.4, 1.0), ("This", 8.0, 8.3), ("is", 8.3, 8.5),
                     ("terrible.", 8.5, 10.0)].map { TranscriptWord(text: $0.0, startSeconds: $0.1, endSeconds: $0.2) }
        let turn = TranscriptSegment(startSeconds: 0, endSeconds: 10, speaker: "c", role: .customer,
                                     text: "Fine, thanks. This is terrible.", words: words)
        let customer = batch([turn], end: 11).filter { $0.role == .customer }
        #expect(try #require(customer[0].valence) > 0.2)           // the thanks, where they were said
        #expect(customer[4].source == .carryOver)                   // nothing said at 4 s: the thanks, fading
        #expect(try #require(customer[9].valence) < -0.3)          // the complaint, at its own seconds
        #expect(customer[9].terms == ["terrible"])
        // Without words the whole turn shares one mixed score.
        let whole = batch([TranscriptSegment(startSeconds: 0, endSeconds: 10, speaker: "c", role: .customer,
                                             text: turn.text)], end: 11).filter { $0.role == .customer }
        #expect(whole[0].valence == whole[9].valence)
    }

    @Test func chineseWordsAreJoinedWithoutSpaces() {
        let words = [("服务", 0.0, 0.5), ("太差了。", 0.5, 1.0), ("谢谢", 5.0, 5.5)]
            .map { TranscriptWord(text: $0.0, startSeconds: $0.1, endSeconds: $0.2) }
        let segment = TranscriptSegment(startSeconds: 0, endSeconds: 5.5, text: "服务太差了。谢谢", words: words)
        #expect(TimedSentences.split(segment).map(\.text) == ["服务太差了。", "谢谢"])
        #expect(TimedSentences.split(segment).map(\.startSeconds) == [0, 5])
    }

    @Test func untrustworthyWordTimesLeaveTheSegmentWhole() {
        func segment(_ times: [(Double, Double)]) -> TranscriptSegment {
            let words = zip(["Fine.", "Terrible."], times).map { TranscriptWord(text: $0, startSeconds: $1.0, endSeconds: $1.1) }
            return TranscriptSegment(startSeconds: 0, endSeconds: 4, text: "Fine. Terrible.", words: words)
        }
        #expect(TimedSentences.split(segment([(0, 1), (2, 3)])).count == 2)
        #expect(TimedSentences.split(segment([(2, 3), (0, 1)])).count == 1)        // back in time
        #expect(TimedSentences.split(segment([(0, 1), (3, 2)])).count == 1)        // ends before it starts
        #expect(TimedSentences.split(segment([(0, .nan), (2, 3)])).count == 1)
        // Words past the segment's end are clipped to it.
        #expect(TimedSentences.split(segment([(0, 1), (3, 9)])).last?.endSeconds == 4)
    }

    @Test func carryOverDecaysLinearlyThenStops() {
        let records = batch(Self.segments).filter { $0.role == .customer }
        let polite = Self.analyzer.score("Fine, thanks.")
        // Second 8: centre 8.5, 2.5 s after the end at 6.0 → half of the value.
        #expect(records[8].source == .carryOver)
        #expect(abs(records[8].valence! - polite.valence * 0.5) < 1e-9)
        #expect(abs(records[7].valence!) > abs(records[8].valence!))
        #expect(records[11].source == .none)      // 5.5 s after: faded
        let none = batch(Self.segments, carryOverSeconds: 0).filter { $0.role == .customer }
        #expect(none[8].source == .none)
    }

    @Test func liveGivesTheSameRecordsAsBatch() {
        let expected = batch(Self.segments)
        var aligner = SecondValenceAligner(analyzer: Self.analyzer, roles: [.customer, .agent])
        var live: [SecondValence] = []
        var clock = 0.0
        for segment in Self.segments {
            live += aligner.advance(toSeconds: segment.startSeconds)   // everything before its start is known
            aligner.add(segment)
            clock = segment.startSeconds
        }
        while clock < 14 {
            clock += 0.37
            live += aligner.advance(toSeconds: min(clock, 14))
        }
        live += aligner.finish(atSeconds: 14)
        #expect(live == expected)
        #expect(aligner.lateSegments == 0)
    }

    @Test func aPartialIsReplacedByTheFinalResult() {
        var partial = Self.segments[1]
        partial.text = "This is great"
        partial.isFinal = false
        let withPartial = batch([Self.segments[0], partial, Self.segments[1], Self.segments[2]])
        #expect(withPartial == batch(Self.segments))
    }

    @Test func unknownRolesAndIgnoredSpeakersAreSkipped() {
        var ignored = Self.segments[1]
        ignored.role = .ignored
        let records = batch([ignored], end: 3)
        #expect(records.count == 6 && records.allSatisfy { $0.source == .none })
    }

    @Test func recordFieldsFollowTheSchema() {
        let record = SecondValence(timeSeconds: 3, role: .customer, valence: -0.5, politeness: nil, source: .carryOver, terms: ["x"])
        #expect(record.fields.map(\.name) == ["type", "time_s", "channel", "valence", "politeness", "source", "terms"])
        #expect(record.fields[4].value == .null)
    }
}
