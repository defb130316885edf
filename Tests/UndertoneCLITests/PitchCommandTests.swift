import Foundation
import Testing
import TestSupport

/// `undertone pitch`: the listing's header and rows, the F0 of known tones, channel selection.
/// The fixture `formats/stereo44k.wav` is 0.5 s at 44.1 kHz: 440 Hz left (customer), 660 Hz right (agent).
@Suite struct PitchCommandTests {
    static let stereo = Fixtures.audio("formats/stereo44k.wav")

    /// F0 of the rows away from the edges (half a window and the path's settling at each end).
    static func interiorF0(_ result: CLIResult) -> [Double] {
        result.lines.dropFirst().dropFirst(8).dropLast(8).map { Double($0.split(separator: ",")[1])! }
    }

    @Test func csvHasHeaderAndOneRowPerFrame() throws {
        let result = try CLI.run(["pitch", Self.stereo])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first == "time_s,f0_hz,voicing")
        #expect(result.lines.count == 1 + 50) // 0.5 s of 10 ms frames
        #expect(result.lines[1].hasPrefix("0,"))
        #expect(result.lines[2].hasPrefix("0.01,"))
        #expect(result.lines.last?.hasPrefix("0.49,") == true)
    }

    @Test(arguments: [([String](), 440.0), (["--channel", "customer"], 440.0), (["--channel", "1"], 440.0),
                      (["--channel", "agent"], 660.0), (["--channel", "2"], 660.0)])
    func tracksTheChosenChannelsTone(options: [String], f0Hz: Double) throws {
        let result = try CLI.run(["pitch", Self.stereo, "--ceiling", "800"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        let f0 = Self.interiorF0(result)
        #expect(f0.count == 34)
        for value in f0 { #expect(abs(1200 * log2(value / f0Hz)) < 10, "\(value) Hz, expected \(f0Hz) Hz") }
    }

    @Test func jsonLinesCarryTheType() throws {
        let result = try CLI.run(["pitch", Self.stereo, "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.lines.count == 50)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(result.lines[0].utf8)) as? [String: Any])
        #expect(first["type"] as? String == "pitch")
        #expect(Set(first.keys) == ["type", "time_s", "f0_hz", "voicing"])
    }

    @Test(arguments: [(["--channel", "3"], "the input has 2 channel(s)"), (["--channel", "0"], "the input has 2 channel(s)"),
                      (["--channel", "mixed"], "no channel has that role"), (["--channel", "left"], "use customer, agent, mixed"),
                      (["--ceiling", "2500"], "too high"), (["--channel", "-1"], "numbered from 1"), (["--channels", "-,agent", "--channel", "1"], "skips")])
    func badChoicesAreUsageErrors(options: [String], message: String) throws {
        let result = try CLI.run(["pitch", Self.stereo] + options)
        #expect(result.status == 64, "\(options): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "'\(result.stderr)' lacks '\(message)'")
    }
    /// The input high-pass is the syllable detector's (speech-rate round 13): `pitch` reads the audio as it
    /// is unless `--input-high-pass` is given. A 120 Hz tone in noise: the 175 Hz filter takes the tone
    /// down against the noise, so its periodicity falls.
    @Test func readsTheAudioUnfilteredUnlessAskedToFilter() throws {
        var generator = SeededGenerator(seed: 3)
        let samples = (0..<4000).map { index in
            Float(0.3 * sin(2 * Double.pi * 120 * Double(index) / 8000)) + 0.08 * Float.random(in: -1...1, using: &generator)
        }
        try Fixtures.withScratchDirectory { directory in
            let file = directory.appendingPathComponent("tone-in-noise.wav")
            try WAVBytes.float32(samples).write(to: file)
            let plain = try CLI.run(["pitch", file.path])
            let off = try CLI.run(["pitch", file.path, "--input-high-pass", "0"])
            let filtered = try CLI.run(["pitch", file.path, "--input-high-pass", "175"])
            #expect(plain.status == 0 && filtered.status == 0, "\(plain.stderr)\(filtered.stderr)")
            #expect(plain.stdout == off.stdout)
            func meanVoicing(_ result: CLIResult) -> Double {
                let voicing = result.lines.dropFirst().dropFirst(8).dropLast(8).map { Double($0.split(separator: ",")[2])! }
                return voicing.reduce(0, +) / Double(voicing.count)
            }
            #expect(meanVoicing(filtered) < meanVoicing(plain) - 0.02, "\(meanVoicing(filtered)) vs \(meanVoicing(plain))")
        }
    }
}
