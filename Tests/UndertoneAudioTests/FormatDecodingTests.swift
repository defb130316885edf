import Testing
import TestSupport
import UndertoneAudio

/// Every container and encoding in Audio-fixtures/formats decodes to the 440 Hz tone at −9 dBFS RMS
/// (amplitude 0.5) that Tools/make_fixtures.sh wrote into it.
@Suite struct FormatDecodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var rateHz: Int
        /// Level tolerance: tight for PCM, looser for lossy codecs.
        var levelToleranceDB: Double
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "pcm8.wav", rateHz: 16000, levelToleranceDB: 0.2),
        Case(file: "pcm16.wav", rateHz: 16000, levelToleranceDB: 0.05),
        Case(file: "pcm24.wav", rateHz: 16000, levelToleranceDB: 0.05),
        Case(file: "pcm32.wav", rateHz: 16000, levelToleranceDB: 0.05),
        Case(file: "float32.wav", rateHz: 16000, levelToleranceDB: 0.05),
        Case(file: "mulaw.wav", rateHz: 8000, levelToleranceDB: 0.2),
        Case(file: "alaw.wav", rateHz: 8000, levelToleranceDB: 0.2),
        Case(file: "tone.flac", rateHz: 16000, levelToleranceDB: 0.05),
        Case(file: "tone.ogg", rateHz: 16000, levelToleranceDB: 1.0),
        Case(file: "tone.mp3", rateHz: 16000, levelToleranceDB: 1.0),
        Case(file: "tone.opus", rateHz: 16000, levelToleranceDB: 1.0),
    ]

    @Test(arguments: cases)
    func decodesTheTone(_ testCase: Case) throws {
        let source = try SndFileSource(path: Fixtures.audio("formats/" + testCase.file))
        #expect(source.format.sampleRateHz == testCase.rateHz)
        #expect(source.format.channelCount == 1)
        let samples = try readAll(source)
        #expect(abs(Double(samples.count) / Double(testCase.rateHz) - 0.5) < 0.1)
        let steady = middle(samples)
        #expect(abs(zeroCrossingFrequencyHz(steady, sampleRateHz: testCase.rateHz) - 440) < 2)
        #expect(abs(rmsDBFS(steady) - (-9.03)) < testCase.levelToleranceDB)
    }

    @Test func decodesStereoChannelsSeparately() throws {
        let source = try SndFileSource(path: Fixtures.audio("formats/stereo44k.wav"))
        #expect(source.format.channelCount == 2)
        #expect(source.format.sampleRateHz == 44100)
        let samples = try readAll(source)
        #expect(abs(zeroCrossingFrequencyHz(channel(samples, 0, of: 2), sampleRateHz: 44100) - 440) < 2)
        #expect(abs(zeroCrossingFrequencyHz(channel(samples, 1, of: 2), sampleRateHz: 44100) - 660) < 2)
    }

    @Test func describesTheEncoding() throws {
        let source = try SndFileSource(path: Fixtures.audio("formats/mulaw.wav"))
        #expect(source.format.encoding.contains("WAV"))
        #expect(source.format.encoding.contains("U-Law"))
        #expect(source.format.declaredFrames == 4000)
    }
}
