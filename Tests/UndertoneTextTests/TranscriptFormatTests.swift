import Foundation
import Testing
import UndertoneCore
@testable import UndertoneText

/// Each transcript format, read from a small real-format sample in Fixtures/.
@Suite struct TranscriptFormatTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    func read(_ name: String, speakers: String = "") throws -> [TranscriptSegment] {
        let reader = TranscriptReader(roles: try SpeakerRoleMap.parse(speakers))
        return try reader.read(url: Self.fixtures.appendingPathComponent(name))
    }

    @Test func detectsFormats() {
        #expect(TranscriptFormat.detect(path: "a.vtt", content: "") == .webVTT)
        #expect(TranscriptFormat.detect(path: "a.txt", content: "WEBVTT\n") == .webVTT)
        #expect(TranscriptFormat.detect(path: "a", content: "1\n00:00:01,000 --> 00:00:02,000\nhi\n") == .srt)
        #expect(TranscriptFormat.detect(path: "a.json", content: #"{"results": {"items": []}}"#) == .awsTranscribeJSON)
        #expect(TranscriptFormat.detect(path: "a.json", content: #"{"text": "x", "segments": []}"#) == .whisperJSON)
        #expect(TranscriptFormat.detect(path: "a.json", content: "{\"start\": 1, \"end\": 2, \"text\": \"x\"}\n") == .jsonLines)
        #expect(TranscriptFormat.detect(path: "a.txt", content: "hello") == nil)
    }

    @Test func webVTTVoicesBecomeRoles() throws {
        let segments = try read("call.vtt")
        #expect(segments.count == 4)
        #expect(segments[0].role == .agent && segments[0].startSeconds == 0.5 && segments[0].endSeconds == 3.2)
        #expect(segments[1].role == .customer)
        #expect(segments[1].text == "This is the third time I'm calling. My refund still hasn't arrived & I'm fed up.")
        #expect(segments[2].text == "I'm sorry." && segments[3].text == "Fine, thanks.")
        #expect(segments[3].role == .customer && segments[3].startSeconds == 9.2)
    }

    @Test func srtSpeakerPrefixesAndCRLF() throws {
        let segments = try read("call.srt")
        #expect(segments.map(\.speaker) == ["Agent", "Customer", "Customer"])
        #expect(segments[1].text == "This is the third time I am calling.")
        #expect(segments[1].startSeconds == 3.4 && segments[1].endSeconds == 9.0)
        #expect(segments[2].role == .customer)
    }

    @Test func whisperSegmentsAndWords() throws {
        let segments = try read("call_whisper.json")
        #expect(segments.count == 2)
        #expect(segments[0].role == .mixed)   // one unlabelled speaker: a mono call
        #expect(segments[0].words?.count == 4 && segments[0].words?[3].text == "calling.")
        #expect(segments[1].text == "This is the third time I'm calling.")
    }

    @Test func awsSpeakerLabelsNeedAMapping() throws {
        #expect(throws: UsageError.self) { try read("call_aws_speakers.json") }
        let segments = try read("call_aws_speakers.json", speakers: "spk_0=agent,spk_1=customer")
        #expect(segments.count == 2)
        #expect(segments[0].text == "Thank you for calling." && segments[0].role == .agent)
        #expect(segments[1].text == "I want a refund." && segments[1].role == .customer)
        #expect(segments[1].startSeconds == 3.4 && segments[1].endSeconds == 5.0 && segments[1].words?.count == 4)
        #expect(segments[1].words?.last?.text == "refund.")   // punctuation follows its word, as in the text
    }

    @Test func awsAudioSegmentsKeepPunctuationOnTheirWords() throws {
        let json = #"""
        {"results": {"transcripts": [{"transcript": "Fine. Terrible."}],
          "items": [
            {"id": 0, "type": "pronunciation", "start_time": "0.0", "end_time": "0.5", "alternatives": [{"content": "Fine"}]},
            {"id": 1, "type": "punctuation", "alternatives": [{"content": "."}]},
            {"id": 2, "type": "pronunciation", "start_time": "6.0", "end_time": "7.0", "alternatives": [{"content": "Terrible"}]},
            {"id": 3, "type": "punctuation", "alternatives": [{"content": "."}]}],
          "audio_segments": [{"id": 0, "transcript": "Fine. Terrible.", "start_time": "0.0", "end_time": "7.0",
                              "speaker_label": "spk_0", "items": [0, 1, 2, 3]}]}}
        """#
        let segment = try #require(AWSTranscribeParser.parse(json, source: "aws.json").first?.segment)
        #expect(segment.words?.map(\.text) == ["Fine.", "Terrible."])
        #expect(TimedSentences.split(segment).map(\.startSeconds) == [0, 6])
    }

    @Test func awsChannelLabelsMapLikeStereoAudio() throws {
        let segments = try read("call_aws_channels.json")
        #expect(segments.map(\.speaker) == ["ch_0", "ch_1"])
        #expect(segments.map(\.role) == [.customer, .agent])
        #expect(segments[0].text == "I am still on hold.")
    }

    @Test func jsonLinesWithPartialsAndWords() throws {
        let segments = try read("call.jsonl", speakers: "spk_0=customer,spk_1=agent")
        #expect(segments.count == 4)
        #expect(segments.filter { !$0.isFinal }.count == 1)
        #expect(segments.last?.words?.map(\.text) == ["好的", "谢谢"])
        #expect(segments.first?.role == .agent)
    }

    @Test func incrementalJSONLinesStream() throws {
        var stream = JSONLinesTranscriptStream(roles: try SpeakerRoleMap.parse("spk_0=customer"))
        let segment = try stream.feed(line: #"{"start": 1, "end": 2.5, "speaker": "spk_0", "text": "hi", "is_final": false}"#)
        #expect(segment?.role == .customer && segment?.isFinal == false)
        #expect(try stream.feed(line: "   ") == nil)
        #expect(try stream.feed(line: #"{"start": 3, "end": 4, "channel": 1, "text": "x", "role": "agent"}"#)?.role == .agent)
        #expect(throws: InputError(source: "stdin", position: "line 4", problem: "the segment ends (1.0 s) before it starts (2.0 s)")) {
            try stream.feed(line: #"{"start": 2, "end": 1, "speaker": "spk_0", "text": "x"}"#)
        }
        #expect(throws: UsageError.self) { try stream.feed(line: #"{"start": 5, "end": 6, "speaker": "spk_9", "text": "x"}"#) }
        #expect(throws: InputError(source: "stdin", position: "line 6", problem: "'channel' is -1; channels count from 0 (ch_0 is the left or only one)")) {
            try stream.feed(line: #"{"start": 5, "end": 6, "channel": -1, "text": "x"}"#)
        }
    }
}
