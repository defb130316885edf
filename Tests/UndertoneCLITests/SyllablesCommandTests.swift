import Foundation
import Testing
import TestSupport

@Suite struct SyllablesCommandTests {
    /// The example call's customer says "Hi Sam. I am calling about my last bill. It seems higher than
    /// usual." (19 syllables) from 6.0 s to 11.6 s, then three more turns.
    @Test func listsNucleiThenASummary() throws {
        let result = try CLI.run(["syllables", Fixtures.audio("example-call.wav"), "--channel", "customer"])
        #expect(result.status == 0)
        #expect(result.lines.first == "time_s,strength")
        let rows = result.lines.dropFirst().filter { !$0.hasPrefix("#") }
        let times = rows.compactMap { Double($0.split(separator: ",")[0]) }
        #expect(times == times.sorted())
        let firstTurn = times.filter { (6.0...11.6).contains($0) }.count
        #expect(abs(firstTurn - 19) <= 3)
        let summary = try #require(result.lines.last)
        #expect(summary.hasPrefix("# syllables=\(rows.count) speech_s="))
        #expect(summary.contains("articulation_sps="))
    }

    @Test func jsonLinesEndWithASummaryRecord() throws {
        // A 0.5 s steady tone is one sustained "vowel": one nucleus, then the summary.
        let result = try CLI.run(["syllables", Fixtures.audio("formats/pcm16.wav"), "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.lines.count == 2)
        #expect(result.lines[0].hasPrefix(#"{"type":"nucleus","time_s":"#))
        #expect(result.lines[1].hasPrefix(#"{"type":"syllable_summary","syllables":1,"#))
    }

    @Test func emptyCSVListingKeepsItsHeader() throws {
        try Fixtures.withScratchDirectory { directory in
            let silence = directory.appendingPathComponent("silence.wav")
            try WAVBytes.pcm16([Int16](repeating: 0, count: 8000)).write(to: silence)
            let result = try CLI.run(["syllables", silence.path])
            #expect(result.lines == ["time_s,strength", "# syllables=0 speech_s=0 duration_s=1 rate_sps=null articulation_sps=null pauses=0 pause_s=0 turn_gaps=0 turn_gap_s=0 phonation_s=0"])
        }
    }

    /// Knobs the envelope or the input filter cannot take are usage errors, not crashes: a band holding
    /// fewer FFT bins than the spectral shape's 8 sub-bands (1000–1100 Hz: 5 bins of 25 Hz), a high-pass
    /// of odd order.
    @Test(arguments: [["--nucleus-band-low", "1000", "--nucleus-band-high", "1100"], ["--input-high-pass-order", "3"]])
    func knobsOutOfRangeAreUsageErrors(knobs: [String]) throws {
        let result = try CLI.run(["syllables", Fixtures.audio("formats/pcm16.wav")] + knobs)
        #expect(result.status == 64)
        #expect(result.stderr.contains(knobs[0] == "--nucleus-band-low" ? "FFT bins" : "order be even"))
    }

    @Test func unknownChannel() throws {
        let result = try CLI.run(["syllables", Fixtures.audio("formats/pcm16.wav"), "--channel", "agent"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no channel has that role"))
    }
}
