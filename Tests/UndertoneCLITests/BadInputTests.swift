import Foundation
import Testing
import TestSupport

/// Runs the CLI and expects one line on stderr with `words`, exit `status`, and no records (or only those
/// of the seconds before `recordsBeforeSecond`).
private func expectFailure(_ arguments: [String], status: Int32, mentions words: [String], stdin: Data? = nil,
                           recordsBeforeSecond: Int = 0) throws {
    let result = try CLI.run(arguments, stdin: stdin)
    #expect(result.status == status, "\(arguments): \(result.stderr)")
    #expect(result.lines.allSatisfy { line in (0..<recordsBeforeSecond).contains { line.contains("\"time_s\":\($0),") } },
            "records after the error: \(result.stdout)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    for word in words { #expect(result.stderr.contains(word), "'\(result.stderr)' lacks '\(word)'") }
}

/// Each kind of bad input gives one line on stderr naming the file and the problem, the documented
/// exit code, and no records (or, for a problem found part-way through a stream, only records of the
/// seconds before it).
@Suite struct BadInputTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    init() throws { scratch = try ScratchDirectory() }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func missingFile() throws {
        try expectFailure(["analyze", "/nonexistent/call.wav"], status: 66, mentions: ["/nonexistent/call.wav", "no such file"])
    }

    @Test func emptyFile() throws {
        let path = try file("empty.wav", [])
        try expectFailure(["analyze", path], status: 65, mentions: [path, "empty"])
    }

    @Test func textFileNamedWAV() throws {
        let path = try file("notes.wav", Array("call notes, not audio\n".utf8))
        try expectFailure(["analyze", path], status: 65, mentions: [path, "not a recognised audio file"])
    }

    @Test func truncatedWAV() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 500, count: 8000))
        wav.declaredDataBytes = 64000
        let path = try file("truncated.wav", wav.bytes)
        try expectFailure(["analyze", path], status: 65, mentions: [path, "truncated"])
    }

    @Test func lyingHeader() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 500, count: 800))
        wav.sampleRateHz = 0
        let path = try file("rate0.wav", wav.bytes)
        try expectFailure(["analyze", path], status: 65, mentions: [path, "does not add up to a readable format"])
    }

    @Test func unsupportedEncoding() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 0, count: 800))
        wav.formatTag = 0x0161
        let path = try file("wma.wav", wav.bytes)
        try expectFailure(["analyze", path], status: 65, mentions: [path, "0x0161 is not supported"])
    }

    @Test func nanSamples() throws {
        var samples = [Float](repeating: 0.1, count: 16000)
        samples[12345] = .nan
        let path = try file("nan.wav", WAVBytes.float32(samples).bytes)
        try expectFailure(["analyze", path], status: 65, mentions: [path, "at 1.543 s", "NaN"],
                          recordsBeforeSecond: 1)
    }

    @Test func infiniteSamples() throws {
        var samples = [Float](repeating: 0.1, count: 800)
        samples[8] = .infinity
        let path = try file("inf.wav", WAVBytes.float32(samples).bytes)
        try expectFailure(["analyze", path], status: 65, mentions: [path, "infinite"])
    }

    @Test func rawRateZeroIsAUsageError() throws {
        try expectFailure(["analyze", "-", "--raw", "s16le", "--raw-rate", "0"], status: 64, mentions: ["raw sample rate 0 Hz"], stdin: Data())
    }

    @Test func aNegativeNumberIsReadAsTheOptionsValue() throws {
        // "-8000" looked like an option to the parser, and the message said the value was missing.
        try expectFailure(["analyze", "-", "--raw", "s16le", "--raw-rate", "-8000"], status: 64, mentions: ["raw sample rate -8000 Hz"], stdin: Data())
        let threads = try CLI.run(["analyze", "x.wav", "--threads", "-2"])
        #expect(threads.status == 64 && threads.stderr.hasPrefix("undertone: --threads must be at least 1 (got -2)"), "\(threads.stderr)")
    }

    @Test func audioShorterThanOneFrameIsRefused() throws {
        try expectFailure(["analyze", "-", "--raw", "mulaw"], status: 65, mentions: ["stdin", "40 frame(s), 5.00 ms", "too short"],
                          stdin: Data(repeating: 0xFF, count: 40))
    }

    @Test func absurdRawChannelCountIsAUsageError() throws {
        try expectFailure(["analyze", "-", "--raw", "s16le", "--raw-channels", "5000"], status: 64, mentions: ["raw channel count 5000"], stdin: Data())
    }

    @Test func usageErrorsStartWithTheCommandNameLikeDataErrors() throws {
        for arguments in [["analyze", "x.wav", "--bogus"], ["sentiment", "--lang", "fr"], ["bogus"]] {
            let result = try CLI.run(arguments, stdin: Data())
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("undertone: "), "\(arguments): \(result.stderr)")
        }
    }

    @Test func stdinWithoutRawIsAUsageError() throws {
        let result = try CLI.run(["analyze", "-"], stdin: Data())
        #expect(result.status == 64)
        #expect(result.stderr.contains("--raw"))
    }

    @Test func rawStreamCutInsideASample() throws {
        try expectFailure(["analyze", "-", "--raw", "s16le"], status: 65, mentions: ["stdin", "byte 3", "inside a sample frame"],
                          stdin: Data([0, 1, 2]))
    }

    @Test func emptyRawStream() throws {
        try expectFailure(["analyze", "-", "--raw", "mulaw"], status: 65, mentions: ["stdin", "empty"], stdin: Data())
    }

    @Test func expertKnobsOutsideTheirRange() throws {
        let tone = Fixtures.audio("formats/pcm16.wav")
        // Option validation by the argument parser: its message, then the usage line.
        let floor = try CLI.run(["pitch", tone, "--floor", "1e-300"])
        #expect(floor.status == 64 && floor.stdout.isEmpty && floor.stderr.contains("--floor must be at least 20 Hz"))
        try expectFailure(["syllables", tone, "--nucleus-band-low", "1001", "--nucleus-band-high", "1010"], status: 64,
                          mentions: ["nucleus band"])
        try expectFailure(["syllables", tone, "--nucleus-window-ms", "5"], status: 64, mentions: ["envelope window", "20–100 ms"])
        try expectFailure(["syllables", tone, "--nucleus-echo-frames", "60"], status: 64, mentions: ["echo frames 0–50"])
        try expectFailure(["syllables", tone, "--nucleus-deep-below=-1"], status: 64, mentions: ["deep-peak depth"])
        try expectFailure(["features", tone, "--nucleus-echo-frames", "60"], status: 64, mentions: ["echo frames 0–50"])
        let steps = try CLI.run(["pitch", tone, "--stretch-reward-steps=-1"])
        #expect(steps.status == 64 && steps.stdout.isEmpty && steps.stderr.contains("--stretch-reward-steps") && steps.stderr.contains("must not be negative"))
    }

    @Test func channelMappingThatDoesNotFit() throws {
        try expectFailure(["analyze", Fixtures.audio("formats/pcm16.wav"), "--channels", "customer,agent"], status: 64,
                          mentions: ["2 channel(s)", "input has 1"])
    }

    @Test func unknownRole() throws {
        try expectFailure(["analyze", Fixtures.audio("formats/pcm16.wav"), "--channels", "caller"], status: 64,
                          mentions: ["unknown channel role 'caller'"])
    }

    @Test func unsupportedAnalysisRate() throws {
        try expectFailure(["analyze", Fixtures.audio("formats/pcm16.wav"), "--rate", "44100"], status: 64,
                          mentions: ["44100 Hz is not supported"])
    }
}

/// Bad transcripts and configurations: one clear line, the documented exit code.
@Suite struct BadFusionInputTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    init() throws { scratch = try ScratchDirectory() }

    func run(transcript: String? = nil, config: String? = nil, extra: [String] = []) throws -> CLIResult {
        var arguments = ["analyze", Fixtures.audio("formats/stereo44k.wav")]
        if let transcript {
            let url = directory.appendingPathComponent("t.jsonl")
            try Data(transcript.utf8).write(to: url)
            arguments += ["--transcript", url.path]
        }
        if let config {
            let url = directory.appendingPathComponent("c.yaml")
            try Data(config.utf8).write(to: url)
            arguments += ["--config", url.path]
        }
        return try CLI.run(arguments + extra)
    }

    @Test func unknownConfigKeyIsNamed() throws {
        let result = try run(config: "warning:\n  yelow:\n    enter: 0.5\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("unknown setting 'warning.yelow'"))
        #expect(result.stderr.contains("yellow"))
    }

    @Test func wrongTypeInConfig() throws {
        let result = try run(config: "inputs:\n  voice: perhaps\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("inputs.voice"))
    }

    @Test func unknownArousalFeature() throws {
        let result = try run(config: "arousal:\n  weights:\n    loudness: 0.3\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("loudness"))
    }

    @Test func missingConfigFile() throws {
        let result = try CLI.run(["analyze", Fixtures.audio("formats/pcm16.wav"), "--config", "/nonexistent.yaml"])
        #expect(result.status == 66)
    }

    @Test func transcriptEndingBeforeItStarts() throws {
        let result = try run(transcript: #"{"start": 3.0, "end": 1.0, "speaker": "customer", "text": "hello"}"# + "\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("t.jsonl"))
        #expect(result.stdout.isEmpty)
    }

    @Test func transcriptSpeakersWithoutRoles() throws {
        let lines = [#"{"start": 0, "end": 0.2, "speaker": "spk_0", "text": "hello"}"#,
                     #"{"start": 0.2, "end": 0.4, "speaker": "spk_1", "text": "hi"}"#]
        let result = try run(transcript: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--speakers"))
    }

    @Test func transcriptOfAnotherCall() throws {
        let result = try run(transcript: #"{"start": 100, "end": 110, "speaker": "customer", "text": "terrible"}"# + "\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("starts after the audio ends"))
    }

    @Test func failedRunLeavesAnEventsFileAlone() throws {
        let events = directory.appendingPathComponent("events.jsonl")
        try Data("earlier run\n".utf8).write(to: events)
        let result = try CLI.run(["analyze", "/nonexistent/call.wav", "--events", events.path])
        #expect(result.status == 66)
        #expect(try String(contentsOf: events, encoding: .utf8) == "earlier run\n")
        let unwritable = try CLI.run(["analyze", Fixtures.audio("formats/pcm16.wav"), "--events", "/nonexistent/dir/e.jsonl"])
        #expect(unwritable.status == 74)
    }

    @Test func speakerWithNoChannelIsWarnedNotDroppedSilently() throws {
        // A stereo call's one unlabelled speaker resolves to "mixed", which a stereo call has no channel for.
        let result = try run(transcript: #"{"start": 0, "end": 0.4, "speaker": "spk_0", "text": "This is terrible."}"# + "\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning") && result.stderr.contains("'spk_0'") && result.stderr.contains("--speakers spk_0=customer"))
        // A speaker mapped to "-" is left out as asked, without a warning.
        let ignored = try run(transcript: #"{"start": 0, "end": 0.4, "speaker": "spk_0", "text": "This is terrible."}"# + "\n",
                              extra: ["--speakers", "spk_0=-"])
        #expect(ignored.status == 0 && !ignored.stderr.contains("warning"))
    }

    @Test func channelLabelsFollowTheChannelsOption() throws {
        // AWS channel identification on a recording with the agent on the left: ch_0 is the agent.
        let transcript = [#"{"start": 0, "end": 0.4, "channel": 0, "text": "This is terrible."}"#,
                          #"{"start": 0, "end": 0.4, "channel": 1, "text": "Great, thank you so much."}"#].joined(separator: "\n") + "\n"
        for channels in ["agent,customer", "-,customer"] {
            let result = try run(transcript: transcript, extra: ["--channels", channels])
            #expect(result.status == 0 && result.stderr.isEmpty, "\(channels): \(result.stderr)")
            let customer = try #require(result.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
                .first { $0["channel"] as? String == "customer" })
            #expect((customer["text_valence"] as? Double ?? -1) > 0, "\(channels): \(customer)")
            #expect((customer["terms"] as? [String])?.contains("terrible") == false)
        }
        // A channel label the call does not have is left out with a warning; the others are used.
        let extra = transcript + #"{"start": 0, "end": 0.4, "channel": 2, "text": "Awful."}"# + "\n"
        let result = try run(transcript: extra)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning") && result.stderr.contains("'ch_2'"), "\(result.stderr)")
    }

    @Test func aTraditionalChineseTranscriptIsScored() throws {
        // Read in Simplified characters (TraditionalChinese): the complaint counts, and its terms are Simplified.
        let result = try run(transcript: #"{"start": 0.1, "end": 0.4, "speaker": "customer", "text": "你們這是什麼服務，我很不滿意"}"# + "\n")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let customer = try #require(result.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .first { $0["channel"] as? String == "customer" && $0["text_valence"] is Double })
        #expect((customer["text_valence"] as? Double ?? 0) < -0.3, "\(customer)")
        #expect((customer["terms"] as? [String])?.contains("不满意") == true, "\(customer)")
    }

    @Test func aMonoCallWhoseTranscriptIsAllAgentSaysSo() throws {
        let url = directory.appendingPathComponent("agent.jsonl")
        try Data(#"{"start": 0, "end": 0.4, "speaker": "agent", "text": "How can I help?"}"#.utf8).write(to: url)
        let result = try CLI.run(["analyze", Fixtures.audio("formats/pcm16.wav"), "--transcript", url.path])
        #expect(result.status == 0 && result.stderr.contains("these are all the agent's"))
    }

    @Test func transcriptPastTheEndOfARawFile() throws {
        // A raw file's length is known from its size, so a transcript of another call is caught as for WAV.
        let transcript = directory.appendingPathComponent("late.jsonl")
        try Data(#"{"start": 30, "end": 31, "speaker": "customer", "text": "late"}"#.utf8).write(to: transcript)
        try expectFailure(["analyze", Fixtures.audio("formats/tone-8k.s16le"), "--raw", "s16le", "--transcript", transcript.path],
                          status: 65, mentions: ["late.jsonl", "starts after the audio ends"])
    }

    @Test func emptyCueIsWarnedAsEmptySegmentsAre() throws {
        let vtt = directory.appendingPathComponent("t.vtt")
        try Data("WEBVTT\n\n00:00.100 --> 00:00.200\n<v customer>   \n\n00:00.200 --> 00:00.400\n<v customer>hello\n".utf8).write(to: vtt)
        let result = try CLI.run(["analyze", Fixtures.audio("formats/pcm16.wav"), "--transcript", vtt.path])
        #expect(result.status == 0 && result.stderr.contains("skipped 1 segment(s) with no text"))
    }

    @Test func directoriesAreNamedAsSuch() throws {
        try expectFailure(["analyze", Fixtures.audio("formats/pcm16.wav"), "--transcript", directory.path],
                          status: 66, mentions: [directory.path, "is a directory"])
        try expectFailure(["analyze", Fixtures.audio("formats/pcm16.wav"), "--config", directory.path],
                          status: 66, mentions: [directory.path, "is a directory"])
    }

    @Test func nonFiniteBosonNLPScore() throws {
        let lexicon = directory.appendingPathComponent("boson.txt").path
        try Data("好极了 2.5\n坏透了 nan\n".utf8).write(to: URL(fileURLWithPath: lexicon))
        try expectFailure(["sentiment", "--lang", "zh", "--lexicon-format", "bosonnlp", "--lexicon", lexicon],
                          status: 65, mentions: [lexicon, "line 2", "'nan' is not a finite number"], stdin: Data("好\n".utf8))
    }

    @Test func speakersWithoutTranscript() throws {
        let result = try run(extra: ["--speakers", "spk_0=agent"])
        #expect(result.status == 64)
    }
}
