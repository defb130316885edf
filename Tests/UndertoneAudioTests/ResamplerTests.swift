import Foundation
import Testing
import TestSupport
import UndertoneAudio

@Suite struct ResamplerTests {
    func resample(_ input: [Float], from inputRateHz: Int, to outputRateHz: Int, channels: Int = 1,
                  chunks: [Int]? = nil) throws -> [Float] {
        let resampler = try Resampler(inputRateHz: inputRateHz, outputRateHz: outputRateHz, channelCount: channels)
        var output: [Float] = []
        var offset = 0
        try input.withUnsafeBufferPointer { samples in
            for frames in chunks ?? [input.count / channels] {
                let range = (offset * channels)..<((offset + frames) * channels)
                try resampler.process(UnsafeBufferPointer(rebasing: samples[range])) { output += $0 }
                offset += frames
            }
        }
        try resampler.process(UnsafeBufferPointer(start: nil, count: 0), isEnd: true) { output += $0 }
        return output
    }

    func tone(hz: Double, rateHz: Int, seconds: Double, amplitude: Float = 0.5) -> [Float] {
        (0..<Int(seconds * Double(rateHz))).map { amplitude * Float(sin(2 * Double.pi * hz * Double($0) / Double(rateHz))) }
    }

    /// A 1 kHz tone keeps its frequency within 0.1 % and its level within 0.05 dB.
    @Test(arguments: [44100, 48000, 22050, 16000, 11025])
    func keepsFrequencyAndLevel(inputRateHz: Int) throws {
        let output = try resample(tone(hz: 1000, rateHz: inputRateHz, seconds: 1), from: inputRateHz, to: 8000)
        #expect(abs(output.count - 8000) <= 1)
        let steady = middle(output)
        #expect(abs(zeroCrossingFrequencyHz(steady, sampleRateHz: 8000) - 1000) < 1)
        #expect(abs(rmsDBFS(steady) - (-9.03)) < 0.05)
    }

    @Test func upsamplesToo() throws {
        let output = try resample(tone(hz: 440, rateHz: 8000, seconds: 0.5), from: 8000, to: 16000)
        #expect(abs(output.count - 8000) <= 1)
        #expect(abs(zeroCrossingFrequencyHz(middle(output), sampleRateHz: 16000) - 440) < 0.5)
    }

    /// A 5 kHz tone is above the 4 kHz Nyquist frequency of 8 kHz output: it must not alias to 3 kHz.
    @Test func removesWhatWouldAlias() throws {
        let output = try resample(tone(hz: 5000, rateHz: 16000, seconds: 0.5), from: 16000, to: 8000)
        #expect(rmsDBFS(middle(output)) < -90)
    }

    @Test func equalRatesPassThrough() throws {
        let input = tone(hz: 300, rateHz: 8000, seconds: 0.1)
        #expect(try resample(input, from: 8000, to: 8000).elementsEqual(input))
    }

    @Test(arguments: [Chunking.hop, .single, .random])
    func outputDoesNotDependOnChunking(chunking: Chunking) throws {
        var generator = SeededGenerator(seed: 3)
        let stereo = (0..<(2 * 4410)).map { _ in Float.random(in: -0.5...0.5, using: &generator) }
        let whole = try resample(stereo, from: 44100, to: 8000, channels: 2)
        let chunks = chunking.sizes(total: 4410, hop: 441)
        let chunked = try resample(stereo, from: 44100, to: 8000, channels: 2, chunks: chunks)
        #expect(chunked.count == whole.count)
        #expect(chunked.elementsEqual(whole), "chunked resampling differs from whole")
    }
}
