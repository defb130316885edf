import Foundation
import Testing
import TestSupport
import UndertoneAudio
import UndertoneCore
import UndertonePipeline

@Suite struct SourceRunnerTests {
    @Test func blocksAreTwoSecondsUnlessThatHoldsTooManySamples() {
        #expect(SourceRunner.blockFrames(sampleRateHz: 8000, channelCount: 2) == 16000)
        #expect(SourceRunner.blockFrames(sampleRateHz: 1000, channelCount: 1) == 4096)
        #expect(SourceRunner.blockFrames(sampleRateHz: 192_000, channelCount: 2) == 384_000)
        // A header that declares 64 channels at 768 kHz asked for 393 MB at once; now 4 MiB.
        let frames = SourceRunner.blockFrames(sampleRateHz: 768_000, channelCount: 64)
        #expect(frames * 64 <= SourceRunner.maximumBlockSamples && frames > 0)
    }

    /// Runs `frames` samples of raw 16-bit mono at 44.1 kHz through a call analyzer.
    func run(frames: Int) throws -> CollectingSink {
        try Fixtures.withScratchDirectory { folder in
            let path = folder.appendingPathComponent("short.s16").path
            try Data(repeating: 0x10, count: 2 * frames).write(to: URL(fileURLWithPath: path))
            let source = try RawAudioSource(path: path, encoding: .s16le, sampleRateHz: 44100, channelCount: 1)
            let sink = CollectingSink()
            let analyzer = try CallAnalyzer(format: source.format, roles: [.mixed], settings: AnalysisSettings(), sink: sink)
            try SourceRunner.run(source, through: analyzer)
            return sink
        }
    }

    @Test func audioShorterThanOneHopIsAnErrorNotAnEmptySuccess() throws {
        // Two samples at 44.1 kHz resample to none at 8 kHz: the run reported nothing and succeeded.
        #expect(throws: InputError.self) { try run(frames: 2) }
        #expect(throws: InputError.self) { try run(frames: 440) }
        #expect(try run(frames: 441).seconds.map(\.timeSeconds) == [0])
    }
}
