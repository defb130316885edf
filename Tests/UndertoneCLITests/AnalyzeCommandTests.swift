import Foundation
import Testing
import TestSupport

@Suite struct AnalyzeCommandTests {
    static let exampleWithTranscript = ["analyze", Fixtures.audio("example-call.wav"),
                                        "--transcript", Fixtures.audio("example-call.transcript.jsonl"),
                                        "--speakers", "spk_0=agent,spk_1=customer"]

    /// Every line, parsed, after checking it against its schema (by its `type`).
    static func validatedRecords(_ result: CLIResult) throws -> [[String: Any]] {
        let schemas = try ["second", "warning"].reduce(into: [String: JSONSchemaSubset]()) { schemas, type in
            schemas[type] = try JSONSchemaSubset(path: Fixtures.root.appendingPathComponent("docs/schema/\(type).schema.json").path)
        }
        let records = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        let problems = records.enumerated().flatMap { line, record -> [String] in
            guard let schema = schemas[record["type"] as? String ?? ""] else { return ["line \(line + 1): unknown type"] }
            return schema.problems(in: record).map { "line \(line + 1)\($0)" }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        return records
    }

    @Test func exampleCallGivesValidPerSecondRecords() throws {
        let result = try CLI.run(["analyze", Fixtures.audio("example-call.wav")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let records = try Self.validatedRecords(result)
        #expect(records.count >= 2 * 48) // a ~49 s stereo call
        // Left channel is the customer by default, and the customer's first turn starts at 6 s.
        let customer = records.filter { $0["channel"] as? String == "customer" }
        let speaking = customer.filter { ($0["speech_fraction"] as? Double ?? 0) > 0.5 }.compactMap { $0["time_s"] as? Int }
        #expect(speaking.first == 6)
    }

    /// The example call: a calm opening, "Fine. Thanks. That is fine, no problem at all..." in a much
    /// higher, louder, faster voice from 28.5 s, then an overt complaint from 40.5 s.
    @Test func hiddenDissatisfactionIsCaughtBeforeTheComplaint() throws {
        let result = try CLI.run(Self.exampleWithTranscript)
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Self.validatedRecords(result)
        let customer = records.filter { $0["type"] as? String == "second" && $0["channel"] as? String == "customer" }
        let agent = records.filter { $0["type"] as? String == "second" && $0["channel"] as? String == "agent" }
        let polite = try #require(customer.first { $0["time_s"] as? Int == 30 })
        #expect((polite["text_valence"] as? Double ?? -1) > 0)
        #expect(polite["masked"] as? Bool == true)
        let complaint = try #require(customer.first { $0["time_s"] as? Int == 41 })
        #expect((complaint["text_valence"] as? Double ?? 0) < -0.3)
        #expect((complaint["terms"] as? [String])?.contains("cancel") == true)
        #expect((complaint["dissatisfaction"] as? Double ?? 0) > 0.5)
        // Nothing is inferred from the agent's voice; the agent's words still carry their lexicon sentiment.
        let inferred = ["arousal", "valence", "emotion_index", "dissatisfaction", "masked", "z", "shifts"]
        #expect(agent.allSatisfy { record in
            record["emotion_inferred"] as? Bool == false && inferred.allSatisfy { record[$0] is NSNull }
        })
        #expect(agent.contains { ($0["text_valence"] as? Double ?? 0) > 0 }) // "Thank you for calling …"
        #expect(agent.contains { ($0["overlap_s"] as? Double) != nil })
        let warnings = records.filter { $0["type"] as? String == "warning" }
        let red = try #require(warnings.first { $0["level"] as? String == "red" })
        #expect(red["reason"] as? String == "hidden_dissatisfaction")
        #expect(red["takeover"] as? Bool == true)
        #expect((29...40).contains(red["time_s"] as? Int ?? -1))
        #expect(((red["evidence"] as? [String: Any])?["words"] as? [String])?.contains("fine") == true)
    }

    @Test func agentEmotionIsOptIn() throws {
        let result = try CLI.run(Self.exampleWithTranscript + ["--agent-emotion"])
        let agent = try Self.validatedRecords(result).filter { $0["channel"] as? String == "agent" && $0["type"] as? String == "second" }
        #expect(agent.contains { $0["emotion_inferred"] as? Bool == true && $0["arousal"] is Double })
        #expect(try CLI.run(["analyze", "--help"]).stdout.contains("5(1)(f)"))
    }

    @Test func textOnlyConfigurationIgnoresTheVoice() throws {
        try Fixtures.withScratchDirectory { directory in
            let config = directory.appendingPathComponent("text-only.yaml")
            try Data("inputs:\n  voice: false\n".utf8).write(to: config)
            let result = try CLI.run(Self.exampleWithTranscript + ["--config", config.path])
            #expect(result.status == 0, "\(result.stderr)")
            let customer = try Self.validatedRecords(result).filter { $0["channel"] as? String == "customer" && $0["type"] as? String == "second" }
            #expect(customer.allSatisfy { $0["arousal"] is NSNull })
            #expect(customer.contains { $0["valence_source"] as? String == "text" })
        }
    }

    @Test func eventsFileWithCSV() throws {
        try Fixtures.withScratchDirectory { directory in
            let events = directory.appendingPathComponent("events.jsonl")
            let result = try CLI.run(Self.exampleWithTranscript + ["--format", "csv", "--events", events.path])
            #expect(result.status == 0)
            #expect(result.lines.allSatisfy { !$0.contains("warning") })
            let lines = try String(contentsOf: events, encoding: .utf8).split(separator: "\n")
            #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix(#"{"type":"warning""#) })
        }
    }

    @Test func warningsWithNowhereToGoAreAnnounced() throws {
        // A CSV holds records only: without --events the first warning is announced on stderr, once.
        let csv = try CLI.run(Self.exampleWithTranscript + ["--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stderr.components(separatedBy: "add --events FILE").count == 2, "\(csv.stderr)")
        // An events file that cannot be written is named, with the output error's exit code.
        let full = try CLI.run(Self.exampleWithTranscript + ["--format", "csv", "--events", "/dev/full"])
        #expect(full.status == 74 && full.stderr.contains("/dev/full"), "\(full.stderr)")
    }

    @Test func schemaValidatorRejectsBrokenRecords() throws {
        let schema = try JSONSchemaSubset(path: Fixtures.root.appendingPathComponent("docs/schema/second.schema.json").path)
        let output = try CLI.run(["analyze", Fixtures.audio("formats/pcm16.wav")])
        let good = try #require(try JSONSerialization.jsonObject(with: Data(output.lines[0].utf8)) as? [String: Any])
        #expect(schema.problems(in: good).isEmpty)
        var bad = good
        bad["speech_fraction"] = 1.5
        bad["channel"] = "robot"
        bad["extra"] = 1
        bad.removeValue(forKey: "time_s")
        #expect(schema.problems(in: bad).count == 4)
    }

    @Test func csvHasAHeaderAndOneRowPerRecord() throws {
        let result = try CLI.run(["analyze", Fixtures.audio("formats/pcm16.wav"), "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.lines.first?.hasPrefix("schema_version,time_s,duration_s,channel,intensity_db,speech_intensity_db,speech_fraction,") == true)
        #expect(result.lines.count == 2)
        #expect(result.lines[1].hasPrefix("1,0,0.5,mixed,"))
    }

    @Test func channelMappingIsAFlag() throws {
        let result = try CLI.run(["analyze", Fixtures.audio("example-call.wav"), "--channels", "agent,-"])
        #expect(result.status == 0)
        #expect(result.lines.allSatisfy { $0.contains(#""channel":"agent""#) })
        // A mapping that starts with "-" (skip the first channel) is a value, not an option.
        let skipFirst = try CLI.run(["analyze", Fixtures.audio("example-call.wav"), "--channels", "-,agent"])
        #expect(skipFirst.status == 0)
        #expect(skipFirst.lines.allSatisfy { $0.contains(#""channel":"agent""#) })
    }

    @Test func wordsReachTheLastPartialSecond() throws {
        try Fixtures.withScratchDirectory { directory in
            let audio = directory.appendingPathComponent("t.wav"), transcript = directory.appendingPathComponent("t.jsonl")
            try WAVBytes.pcm16((0..<20000).map { Int16(8000 * sin(Double($0) / 5)) }).write(to: audio) // 2.5 s
            try Data(#"{"start": 0, "end": 2.5, "speaker": "customer", "text": "this is terrible"}"#.utf8).write(to: transcript)
            let result = try CLI.run(["analyze", audio.path, "--transcript", transcript.path])
            let seconds = try Self.validatedRecords(result).filter { $0["type"] as? String == "second" }
            #expect(seconds.count == 3)
            #expect(seconds.allSatisfy { ($0["text_valence"] as? Double ?? 0) < 0 })
        }
    }

    @Test func analysisRateIsAnOption() throws {
        let result = try CLI.run(["features", Fixtures.audio("formats/pcm16.wav"), "--rate", "16000"])
        #expect(result.status == 0)
        #expect(result.lines.count == 1 + 50)
    }

    @Test func rawMuLawFromStandardInput() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.audio("formats/tone-8k.mulaw")))
        let piped = try CLI.run(["analyze", "-", "--raw", "mulaw", "--raw-rate", "8000"], stdin: bytes)
        let fromWAV = try CLI.run(["analyze", Fixtures.audio("formats/mulaw.wav")])
        #expect(piped.status == 0)
        #expect(piped.stdout == fromWAV.stdout)
    }

    @Test func liveRawAudioGetsItsRecordsAsTheyAreMade() throws {
        // Three seconds of a live mono feed give their records before the feed ends (not when 64 KiB of
        // output has gathered, about 40 s of a stereo call).
        let tone = (0..<24_000).map { Int16(8000 * sin(2 * Double.pi * 150 * Double($0) / 8000)) }
        let bytes = Data(tone.flatMap { withUnsafeBytes(of: $0.littleEndian, Array.init) })
        let run = try CLI.runLive(["analyze", "-", "--raw", "s16le"], first: bytes, lines: 1)
        #expect(run.whileOpen.contains(#""type":"second""#))
        #expect(run.result.status == 0 && run.result.lines.count == 3)
    }

    @Test func aUserLexiconScoresTheTranscript() throws {
        // The customer's complaint at 40.5-44.4 s, with its three service terms set to 0 by --lexicon.
        func customerValence(at time: Int, _ extra: [String]) throws -> Double? {
            let records = try Self.validatedRecords(try CLI.run(Self.exampleWithTranscript + extra))
            let second = records.first { $0["type"] as? String == "second" && $0["channel"] as? String == "customer" && $0["time_s"] as? Int == time }
            return second?["text_valence"] as? Double
        }
        try Fixtures.withScratchDirectory { directory in
            let lexicon = directory.appendingPathComponent("neutral.tsv")
            try "third time\tvalence\t0\nrefund\tvalence\t0\ncancel\tvalence\t0\n".write(to: lexicon, atomically: true, encoding: .utf8)
            #expect(try #require(try customerValence(at: 42, [])) < -0.5)
            #expect(try #require(try customerValence(at: 42, ["--lexicon", lexicon.path])) > -0.05)
            // Without a transcript there are no words to score: the option is refused, not ignored.
            let ignored = try CLI.run(["analyze", Fixtures.audio("example-call.wav"), "--lexicon", lexicon.path])
            #expect(ignored.status == 64 && ignored.stderr.contains("need --transcript"))
        }
    }

    @Test func rawOptionsNeedRaw() throws {
        let result = try CLI.run(["analyze", Fixtures.audio("example-call.wav"), "--raw-rate", "16000"])
        #expect(result.status == 64 && result.stderr.contains("need --raw"))
    }

    @Test func versionAndHelp() throws {
        #expect(try CLI.run(["--version"]).stdout.hasPrefix("0."))
        let help = try CLI.run(["analyze", "--help"])
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("--channels"))
    }
}
