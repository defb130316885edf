import Foundation
import Testing
import UndertoneCore
@testable import UndertoneText

/// Bad transcripts: a clear error or a documented, warned tolerance; never a crash.
@Suite struct TranscriptValidationTests {
    final class Warnings: @unchecked Sendable {
        var messages: [String] = []
    }

    func read(_ text: String, source: String = "t.jsonl", speakers: String = "", warnings: Warnings = Warnings()) throws -> [TranscriptSegment] {
        try TranscriptReader(roles: try SpeakerRoleMap.parse(speakers), onWarning: { warnings.messages.append($0.description) })
            .read(text: text, source: source)
    }

    @Test func invalidUTF8NamesTheByte() {
        let bytes = Data("WEBVTT\n\n00:01.000 --> 00:02.000\nhi ".utf8) + Data([0xC3, 0x28])
        #expect(throws: InputError(source: "t.vtt", position: "line 4, byte 35",
                                   problem: "the text is not valid UTF-8; convert it first (e.g. iconv -f GBK -t UTF-8)")) {
            try TextFile.decode(bytes, source: "t.vtt")
        }
        // Counted the same with CRLF and with lone CR line ends.
        for lineEnd in ["\r\n", "\r"] {
            let text = "WEBVTT\n\n00:01.000 --> 00:02.000\nhi ".replacingOccurrences(of: "\n", with: lineEnd)
            #expect(throws: InputError(source: "t.vtt", position: "line 4, byte \(text.utf8.count)",
                                       problem: "the text is not valid UTF-8; convert it first (e.g. iconv -f GBK -t UTF-8)")) {
                try TextFile.decode(Data(text.utf8) + Data([0xC3, 0x28]), source: "t.vtt")
            }
        }
    }

    /// A text input is read whole, so one with no end (`--config /dev/zero`, an endless pipe) must stop at a
    /// size, and an audio file given as text is named as binary, not as text in another encoding.
    @Test func endlessAndBinaryInputsAreRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-textfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("long.yaml")
        try Data(String(repeating: "a: 1\n", count: 20).utf8).write(to: url)
        #expect(throws: InputError(source: url.path, problem: "longer than 64 bytes: not a text input this reads whole; is it the right file?")) {
            try TextFile.read(path: url.path, maximumBytes: 64)
        }
        #expect(try TextFile.read(path: url.path, maximumBytes: 100).count == 100)
        let binary = directory.appendingPathComponent("call.wav")
        try Data("RIFF".utf8 + [0x24, 0x00, 0x00, 0x00] + Array("WAVE".utf8)).write(to: binary)
        #expect(throws: InputError.self) { try TextFile.read(path: binary.path) }
        #expect((try? TextFile.decode(Data([0x41, 0x00, 0x42]), source: "t")) == nil)
    }

    @Test func loneCarriageReturnsEndLines() throws {
        // WebVTT allows LF, CRLF or CR alone; a file saved with old Mac line ends is read, not one long line.
        let vtt = try read("WEBVTT\r\r00:01.000 --> 00:02.500\r<v Customer>Still waiting.\r\r00:03.000 --> 00:04.000\r<v Customer>hi\r",
                           source: "t.vtt")
        #expect(vtt.map(\.text) == ["Still waiting.", "hi"])
        #expect(vtt[0].endSeconds == 2.5 && vtt[0].speaker == "Customer")
        let srt = "1\r00:00:01,000 --> 00:00:02,000\rCustomer: fine\r\r2\r00:00:03,000 --> 00:00:04,000\rCustomer: thanks\r"
        #expect(TranscriptFormat.detect(path: "call", content: srt) == .srt)
        #expect(try read(srt, source: "call").map(\.text) == ["fine", "thanks"])
        let jsonLines = "{\"start\": 0, \"end\": 1, \"text\": \"a\"}\r{\"start\": 1, \"end\": 2, \"text\": \"b\"}"
        #expect(try read(jsonLines).map(\.text) == ["a", "b"])
    }

    @Test func endBeforeStartIsAnError() {
        #expect(throws: InputError(source: "t.vtt", position: "line 3", problem: "the segment ends (1.0 s) before it starts (2.0 s)")) {
            try read("WEBVTT\n\n00:02.000 --> 00:01.000\nhi\n", source: "t.vtt")
        }
    }

    @Test func aBadWordIsNamedNotItsSentence() {
        let items = [("Still", "1.0", "1.4"), ("not", "1.5", "1.7"), ("working", "2.9", "2.0")].map { word, start, end in
            #"{"type": "pronunciation", "start_time": "\#(start)", "end_time": "\#(end)", "alternatives": [{"content": "\#(word)"}]}"#
        }
        let json = #"{"results": {"items": [\#(items.joined(separator: ","))]}}"#
        #expect(throws: InputError(source: "aws.json", position: "results.items[0], word 3",
                                   problem: "the word 'working' ends (2.0 s) before it starts (2.9 s)")) {
            try read(json, source: "aws.json")
        }
    }

    @Test func minutesAndSecondsStayBelowSixty() throws {
        #expect(try read("WEBVTT\n\n01:59:59.500 --> 123:00:00.000\nhi\n", source: "t.vtt").map(\.startSeconds) == [7199.5])
        #expect(throws: InputError.self) { try read("WEBVTT\n\n00:99:06.000 --> 00:99:07.000\nhi\n", source: "t.vtt") }
        #expect(throws: InputError.self) { try read("WEBVTT\n\n75:06.000 --> 75:07.000\nhi\n", source: "t.vtt") }
        #expect(throws: InputError.self) { try read("1\n00:60:00,000 --> 00:60:01,000\nhi\n", source: "t.srt") }
        #expect(throws: InputError.self) { try read("WEBVTT\n\n+1:00:06.000 --> 01:00:07.000\nhi\n", source: "t.vtt") }
    }

    @Test func malformedInputsAreErrors() {
        #expect(throws: InputError.self) { try read("", source: "t.jsonl") }                       // empty
        #expect(throws: InputError.self) { try read("NOT VTT\n", source: "t.vtt") }                // header
        #expect(throws: InputError.self) { try read("WEBVTT\n\n00:xx --> 00:01.000\nhi\n", source: "t.vtt") }
        #expect(throws: InputError.self) { try read("1\n00:00:01,000 --> soon\nhi\n", source: "t.srt") }
        #expect(throws: InputError.self) { try read(#"{"start": -1, "end": 2, "text": "x"}"#) }
        #expect(throws: InputError.self) { try read(#"{"start": 1, "text": "x"}"#) }               // missing end
        #expect(throws: InputError.self) { try read("{not json", source: "t.jsonl") }
        #expect(throws: InputError.self) { try read(#"{"segments": [{"start": 0, "text": "x"}]}"#, source: "w.json") }
        #expect(throws: InputError.self) { try read(#"{"start": 1, "end": 2, "text": "   "}"#) }   // no text at all
    }

    /// JSONDecoder says only "not valid JSON"; the error says where, or why, so a hand edit can be found.
    @Test func brokenJSONIsPlaced() {
        let whisper = "{\"segments\": [\n  {\"start\": 0, \"end\": 1, \"text\": \"hi\"},\n  {\"start\": NaN}]}"
        #expect(throws: InputError(source: "w.json", problem: "not valid JSON at line 3, column 13")) { try read(whisper, source: "w.json") }
        #expect(throws: InputError(source: "w.json", problem: "not valid JSON: it ends in the middle (cut short?)")) {
            try read(#"{"segments": [{"start": 0,"#, source: "w.json")
        }
        #expect(throws: InputError(source: "w.json", problem: "not valid JSON: number 1e400 is out of range")) {
            try read(#"{"segments": [{"start": 1e400, "end": 2, "text": "x"}]}"#, source: "w.json")
        }
        // A JSON Lines line is one line: its number is the position, the column is within it.
        #expect(throws: InputError(source: "t.jsonl", position: "line 2", problem: "not valid JSON at column 11")) {
            try read("{\"start\": 0, \"end\": 1, \"text\": \"a\"}\n{\"start\": x}")
        }
    }

    @Test func unknownSpeakersAreNamedInTheError() throws {
        let text = "{\"start\": 0, \"end\": 1, \"speaker\": \"spk_0\", \"text\": \"a\"}\n{\"start\": 1, \"end\": 2, \"speaker\": \"spk_2\", \"text\": \"b\"}\n"
        #expect(throws: UsageError("speaker 'spk_2' is not in --speakers (spk_0, spk_1); add it, e.g. spk_2=customer, or spk_2=- to ignore it")) {
            try read(text, speakers: "spk_0=customer,spk_1=agent")
        }
        #expect(throws: UsageError.self) { try read(text) }     // two unmapped diarisation labels: ambiguous
        #expect(try read(text, speakers: "spk_0=customer,spk_2=-").map(\.role) == [.customer, .ignored])
    }

    @Test func unlabelledSegmentsAreMappedByTheEmptyLabel() throws {
        // A cue without a voice tag beside labelled ones fits no channel unless the empty label is mapped:
        // its words are left out (the CLI warns), the run goes on.
        let text = "WEBVTT\n\n00:00.000 --> 00:01.000\n<v spk_0>hello\n\n00:01.000 --> 00:02.000\nterrible\n"
        #expect(try read(text, source: "t.vtt", speakers: "spk_0=agent").map(\.role) == [.agent, nil])
        #expect(try read(text, source: "t.vtt", speakers: "spk_0=agent,=customer").map(\.role) == [.agent, .customer])
        #expect(try read(text, source: "t.vtt", speakers: "spk_0=agent, =-").map(\.role) == [.agent, .ignored])
        #expect(throws: UsageError.self) { try SpeakerRoleMap.parse("spk_0=") }
        // Without --speakers, the example mapping names the labels only a mapping can tell, and the parser takes it.
        let unmapped = #expect(throws: UsageError.self) { try read(text, source: "t.vtt") }
        let advice = try #require(unmapped?.description.components(separatedBy: "--speakers ").last)
        #expect(advice == "spk_0=customer")
        #expect(try read(text, source: "t.vtt", speakers: advice).map(\.role) == [.customer, nil])
        let customerAndTwo = "{\"start\": 0, \"end\": 1, \"speaker\": \"customer\", \"text\": \"a\"}\n"
            + "{\"start\": 1, \"end\": 2, \"speaker\": \"spk_3\", \"text\": \"b\"}\n{\"start\": 2, \"end\": 3, \"speaker\": \"spk_4\", \"text\": \"c\"}\n"
        let three = #expect(throws: UsageError.self) { try read(customerAndTwo) }
        #expect(three?.description.hasSuffix("--speakers spk_3=agent,spk_4=-") == true, "\(String(describing: three))")
        // Role names and channel labels need no entry in a mapping that names the others.
        #expect(try read(customerAndTwo, speakers: "spk_3=agent,spk_4=-").map(\.role) == [.customer, .agent, .ignored])
    }

    @Test func toleratedProblemsWarn() throws {
        let warnings = Warnings()
        let text = """
            {"start": 5, "end": 7, "speaker": "customer", "text": "later"}
            {"start": 0, "end": 3, "speaker": "customer", "text": "first"}
            {"start": 2, "end": 4, "speaker": "customer", "text": "overlap"}
            {"start": 4, "end": 5, "speaker": "agent", "text": ""}
            """
        let segments = try read(text, warnings: warnings)
        #expect(segments.map(\.text) == ["first", "overlap", "later"])   // sorted, empty dropped
        #expect(warnings.messages.count == 2)
        #expect(warnings.messages.contains { $0.contains("overlap") })
    }

    @Test func aPartialResultAndItsFinalDoNotOverlap() throws {
        // The final replaces the partial; the warning said both were "kept as they are".
        let warnings = Warnings()
        let text = """
            {"start": 1, "end": 2, "speaker": "customer", "text": "still no", "is_final": false}
            {"start": 1, "end": 3, "speaker": "customer", "text": "still not working"}
            """
        #expect(try read(text, warnings: warnings).count == 2)
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
    }

    @Test func timesPastTheAudioAreClippedOrRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-clip-\(UUID()).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("{\"start\": 0, \"end\": 12.5, \"text\": \"a\"}\n{\"start\": 20, \"end\": 21, \"text\": \"b\"}\n".utf8).write(to: url)
        #expect(throws: InputError.self) { try TranscriptReader().read(url: url, audioDurationSeconds: 15) }
        let warnings = Warnings()
        let reader = TranscriptReader(onWarning: { warnings.messages.append($0.message) })
        let clipped = try reader.read(url: url, audioDurationSeconds: 30)
        #expect(clipped.map(\.endSeconds) == [12.5, 21])
        let short = try? reader.read(url: url, audioDurationSeconds: 10)
        #expect(short == nil)
    }

    @Test func roleMapDefaults() throws {
        let automatic = SpeakerRoleMap()
        #expect(try automatic.resolve(labels: ["Customer", "AGENT"]) == ["Customer": .customer, "AGENT": .agent])
        #expect(try automatic.resolve(labels: ["ch_0", "ch_1"]) == ["ch_0": .customer, "ch_1": .agent])
        #expect(try automatic.resolve(labels: ["spk_0", "spk_0"]) == ["spk_0": .mixed])
        #expect(throws: UsageError.self) { try automatic.resolve(labels: ["spk_0", "spk_1"]) }
        #expect(throws: UsageError.self) { try SpeakerRoleMap.parse("spk_0") }
        #expect(throws: UsageError.self) { try SpeakerRoleMap.parse("spk_0=boss") }
        #expect(try SpeakerRoleMap.parse("SPK_0=customer").role(forLabel: "spk_0") == .customer)
        // A label given twice is refused, whatever its roles: the last one would win unseen.
        #expect(throws: UsageError.self) { try SpeakerRoleMap.parse("spk_0=agent,SPK_0=customer") }
        #expect(throws: UsageError.self) { try SpeakerRoleMap.parse("spk_0=agent,spk_0=agent") }
    }

    @Test func channelLabelsFollowTheCallsChannels() throws {
        // ch_N names the input channel N, whatever role --channels gave it.
        var swapped = SpeakerRoleMap()
        swapped.channelRoles = [.agent, .customer]
        #expect(try swapped.resolve(labels: ["ch_0", "ch_1"]) == ["ch_0": .agent, "ch_1": .customer])
        #expect(try swapped.role(forLabel: "ch_1") == .customer)
        var skipped = SpeakerRoleMap()
        skipped.channelRoles = [.ignored, .customer]
        #expect(try skipped.resolve(labels: ["ch_0", "ch_1"]) == ["ch_0": .ignored, "ch_1": .customer])
        // A channel the call does not have fits no channel: left out, not an error, beside other labels too.
        #expect(try SpeakerRoleMap().resolve(labels: ["ch_0", "ch_2", "ch_1"]) == ["ch_0": .customer, "ch_1": .agent])
        #expect(throws: UsageError.self) { try SpeakerRoleMap().role(forLabel: "ch_2") }
        // An explicit mapping still wins over the channel's role.
        #expect(try SpeakerRoleMap.parse("ch_0=-").resolve(labels: ["ch_0", "ch_1"]) == ["ch_0": .ignored, "ch_1": .agent])
    }
}
