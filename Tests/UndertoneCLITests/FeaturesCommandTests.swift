import Testing
import TestSupport

@Suite struct FeaturesCommandTests {
    @Test func printsOneRowPerFramePerChannel() throws {
        let result = try CLI.run(["features", Fixtures.audio("formats/stereo44k.wav"), "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.lines.first == "time_s,channel,intensity_db,speech,f0_hz,voicing,envelope_db,nucleus")
        #expect(result.lines.count == 1 + 2 * 50) // 0.5 s, two channels
        #expect(result.lines[1].hasPrefix("0,customer,"))
        #expect(result.lines[2].hasPrefix("0,agent,"))
        #expect(result.lines[3].hasPrefix("0.01,customer,"))
    }
}
