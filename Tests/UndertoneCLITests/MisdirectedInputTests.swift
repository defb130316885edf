import Foundation
import Testing
import TestSupport

/// What a slip on the command line hands the tool: an events file that names one of the inputs, an audio
/// file given as text, a file without line ends, audio sampled under the telephone band, a warning ladder
/// upside down, a lexicon with nothing in it, help on a topic that does not exist. Each is refused (or warned) in one line that says what and where, and nothing is lost.
@Suite struct MisdirectedInputTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    init() throws { scratch = try ScratchDirectory() }

    func copy(_ fixture: String, as name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: Fixtures.audio(fixture), toPath: url.path)
        return url
    }

    /// The events file is created before the analysis runs: naming an input there would overwrite it.
    @Test func anEventsFileThatIsAnInputIsRefusedAndTheInputKept() throws {
        let audio = try copy("formats/pcm16.wav", as: "call.wav")
        let transcript = directory.appendingPathComponent("call.jsonl")
        try Data(#"{"start": 0, "end": 0.2, "speaker": "customer", "text": "hello"}"#.utf8).write(to: transcript)
        let config = directory.appendingPathComponent("c.yaml")
        try Data("warning:\n  red:\n    enter: 0.9\n".utf8).write(to: config)
        let audioBytes = try Data(contentsOf: audio)
        let base = ["analyze", audio.path, "--transcript", transcript.path, "--config", config.path]
        for (input, what) in [(audio, "the audio file"), (transcript, "the transcript"), (config, "the configuration")] {
            // Another spelling of the same path is the same file.
            let spelled = directory.appendingPathComponent(".").appendingPathComponent(input.lastPathComponent).path
            let result = try CLI.run(base + ["--events", spelled])
            #expect(result.status == 64, "\(what): \(result.stderr)")
            #expect(result.stderr.contains(what) && result.stdout.isEmpty, "\(result.stderr)")
        }
        #expect(try Data(contentsOf: audio) == audioBytes)
        #expect(try String(contentsOf: transcript, encoding: .utf8).contains("hello"))
        #expect(try String(contentsOf: config, encoding: .utf8).contains("enter: 0.9"))
    }

    @Test func anAudioFileGivenAsTextIsNamedAsBinary() throws {
        let audio = Fixtures.audio("formats/pcm16.wav")
        for option in ["--config", "--transcript"] {
            let result = try CLI.run(["analyze", audio, option, audio])
            #expect(result.status == 65, "\(option): \(result.stderr)")
            #expect(result.stderr.contains("a binary file, not text"), "\(result.stderr)")
            #expect(!result.stderr.contains("GBK"))
        }
    }

    @Test func aLineLongerThanAMebibyteIsRefusedWithItsNumber() throws {
        let input = Data(("fine\n" + String(repeating: "bad ", count: 300_000)).utf8)
        let result = try CLI.run(["sentiment"], stdin: input)
        #expect(result.status == 65)
        #expect(result.stderr.contains("stdin: line 2") && result.stderr.contains("one text per line"), "\(result.stderr)")
        #expect(result.lines.count == 1) // the line before it was scored
    }

    @Test func audioUnderTheTelephoneBandIsWarnedAndStillAnalysed() throws {
        let samples = (0..<8000).map { Int16(8000 * sin(2 * Double.pi * 150 * Double($0) / 4000)) }
        let url = directory.appendingPathComponent("narrow.wav")
        try WAVBytes.pcm16(samples, sampleRateHz: 4000).write(to: url)
        let result = try CLI.run(["syllables", url.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("sampled at 4000 Hz") && result.stderr.contains("unreliable"), "\(result.stderr)")
        let telephone = try CLI.run(["syllables", Fixtures.audio("formats/pcm16.wav")])
        #expect(!telephone.stderr.contains("sampled at"))
    }

    @Test func anUpsideDownWarningLadderIsRefused() throws {
        let audio = Fixtures.audio("formats/pcm16.wav")
        for (yaml, names) in [("warning:\n  blue: {enter: 0.9, exit: 0.85}\n", "warning.blue.enter"),
                              ("warning:\n  masked_yellow_s: 8\n  masked_red_s: 3\n", "warning.masked_yellow_s")] {
            let config = directory.appendingPathComponent("ladder.yaml")
            try Data(yaml.utf8).write(to: config)
            let result = try CLI.run(["analyze", audio, "--config", config.path])
            #expect(result.status == 65)
            #expect(result.stderr.contains(names), "\(result.stderr)")
        }
    }

    @Test func aLexiconWithNothingInItIsWarned() throws {
        let empty = directory.appendingPathComponent("empty.tsv")
        try Data("# my terms, to come\n\n".utf8).write(to: empty)
        let result = try CLI.run(["sentiment", "--lexicon", empty.path], stdin: Data("good\n".utf8))
        #expect(result.status == 0 && result.lines.count == 1)
        #expect(result.stderr.contains("no lexicon entries"), "\(result.stderr)")
    }

    @Test func aTranscriptLineOfTheWrongShapeIsSaidInPlainWords() throws {
        for (line, words) in [("[1, 2, 3]", "expected a JSON object {…}, found an array"),
                              (#"{"start": 0, "end": 1, "channel": 0.5, "text": "x"}"#, "whole channel number")] {
            let transcript = directory.appendingPathComponent("shape.jsonl")
            try Data((line + "\n").utf8).write(to: transcript)
            let result = try CLI.run(["analyze", Fixtures.audio("formats/pcm16.wav"), "--transcript", transcript.path])
            #expect(result.status == 65)
            #expect(result.stderr.contains("line 1") && result.stderr.contains(words), "\(result.stderr)")
            #expect(!result.stderr.contains("Dictionary<") && !result.stderr.contains("decode"))
        }
    }

    /// ArgumentParser shows the main help, exit 0, for any topic: a typo in a script's `help` would pass.
    @Test func helpOnAnUnknownTopicIsAUsageError() throws {
        let unknown = try CLI.run(["help", "anlyze"])
        #expect(unknown.status == 64 && unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("no help topic 'anlyze'") && unknown.stderr.contains("analyze, features"), "\(unknown.stderr)")
        let nested = try CLI.run(["help", "analyze", "bogus"])
        #expect(nested.status == 64 && nested.stderr.contains("'undertone analyze' has no subcommands"), "\(nested.stderr)")
        let known = try CLI.run(["help", "analyze"])
        #expect(known.status == 0 && known.stdout.contains("USAGE: undertone analyze"))
    }
}
