import Testing
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
}
