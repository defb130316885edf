import Foundation
import Testing
import TestSupport

@Suite struct AnalyzeCommandTests {
    @Test func exampleCallGivesValidPerSecondRecords() throws {
        let result = try CLI.run(["analyze", Fixtures.audio("example-call.wav")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let schema = try JSONSchemaSubset(path: Fixtures.root.appendingPathComponent("docs/schema/second.schema.json").path)
        let records = try result.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(records.count >= 2 * 48) // a ~49 s stereo call
        let problems = records.enumerated().flatMap { line, record in schema.problems(in: record).map { "line \(line + 1)\($0)" } }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        // Left channel is the customer by default, and the customer's first turn starts at 6 s.
        let customer = records.filter { $0["channel"] as? String == "customer" }
        let speaking = customer.filter { ($0["speech_fraction"] as? Double ?? 0) > 0.5 }.compactMap { $0["time_s"] as? Int }
        #expect(speaking.first == 6)
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

    @Test func versionAndHelp() throws {
        #expect(try CLI.run(["--version"]).stdout.hasPrefix("0."))
        let help = try CLI.run(["analyze", "--help"])
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("--channels"))
    }
}
