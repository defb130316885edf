import Foundation
import Testing
import TestSupport
import UndertoneAudio
import UndertoneCore
import UndertonePipeline

/// `ChannelAnalyzer` driven by hand, by its documented protocol (prepare → each lane → merge → drain, flush at
/// the end), as `Benchmarks/PitchAllocations` drives it: that benchmark is run by hand only, and it stopped
/// at a precondition for months after `prepare` became part of the protocol. These tests keep the protocol
/// and the benchmark's way of calling it honest in CI.
@Suite struct ChannelAnalyzerTests {
    /// 3 s at 8 kHz, in the benchmark's 0.25 s blocks: harmonics 2…6 of a 130 Hz fundamental, voiced
    /// 1.5 s of every 2 s, over quiet noise.
    static let speechLike: [Float] = {
        var generator = SeededGenerator(seed: 5)
        return (0..<24_000).map { index in
            let time = Double(index) / 8000
            var voiced = 0.0
            for harmonic in 2...6 { voiced += 0.1 * sin(2 * Double.pi * Double(harmonic) * 130 * time) }
            let noise = 0.005 * Double.random(in: -1...1, using: &generator)
            return Float(time.truncatingRemainder(dividingBy: 2) < 1.5 ? voiced + noise : noise)
        }
    }()

    /// Every frame the channel emits when driven by hand in blocks of `blockSamples`, lanes in `order`.
    func driveByHand(blockSamples: Int, order: [ChannelAnalyzer.Lane]) throws -> [FrameFeatures] {
        let analyzer = ChannelAnalyzer(role: .mixed, settings: try AnalysisSettings(sampleRateHz: 8000))
        var frames: [FrameFeatures] = []
        var block = [Float](repeating: 0, count: blockSamples)
        for start in stride(from: 0, to: Self.speechLike.count, by: blockSamples) {
            let end = min(start + blockSamples, Self.speechLike.count)
            block.replaceSubrange(0..., with: Self.speechLike[start..<end])
            block.withUnsafeBufferPointer { samples in
                analyzer.prepare(samples)
                for lane in order { analyzer.run(lane, on: samples) }
            }
            analyzer.mergeLanes()
            analyzer.drainFrames { frames.append($0) }
        }
        analyzer.flush()
        analyzer.drainFrames { frames.append($0) }
        return frames
    }

    /// What `CallAnalyzer` gives for the same mono audio pushed whole.
    func callAnalyzerFrames() throws -> [FrameFeatures] {
        let sink = CollectingSink()
        let analyzer = try CallAnalyzer(format: StreamFormat(sampleRateHz: 8000, channelCount: 1, encoding: "test"),
                                        roles: [.mixed], settings: AnalysisSettings(), sink: sink)
        try Self.speechLike.withUnsafeBufferPointer { try analyzer.push(interleaved: $0) }
        try analyzer.finish()
        return sink.frames.map(\.1)
    }

    @Test(arguments: [(2000, [ChannelAnalyzer.Lane.pitch, .levels]), (2000, [.levels, .pitch]), (80, ChannelAnalyzer.Lane.allCases)])
    func drivenByHandItGivesWhatTheCallAnalyzerGives(blockSamples: Int, order: [ChannelAnalyzer.Lane]) throws {
        let byHand = try driveByHand(blockSamples: blockSamples, order: order)
        let reference = try callAnalyzerFrames()
        #expect(byHand.count == 3 * AnalysisSettings.framesPerSecond)
        #expect(byHand == reference)
        // The audio is voiced where it should be, so the comparison is of real pitch and nuclei, not of defaults.
        #expect(byHand.contains { $0.f0Hz > 0 } && byHand.contains { $0.nucleusProminenceDB != nil })
    }
}
