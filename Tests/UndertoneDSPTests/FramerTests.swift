import Testing
@testable import UndertoneDSP
import TestSupport

@Suite struct FramerTests {
    /// Runs `signal` through a framer in the given chunks and returns (index, window) pairs.
    func frames(of signal: [Float], hop: Int, window: Int, chunking: Chunking) -> [(Int, [Float])] {
        let framer = Framer(hopSamples: hop, windowSamples: window)
        var output: [(Int, [Float])] = []
        var offset = 0
        signal.withUnsafeBufferPointer { samples in
            for size in chunking.sizes(total: signal.count, hop: hop) {
                framer.push(UnsafeBufferPointer(rebasing: samples[offset..<(offset + size)])) { output.append(($0, Array($1))) }
                offset += size
            }
        }
        framer.flush { output.append(($0, Array($1))) }
        return output
    }

    @Test(arguments: Chunking.allCases)
    func outputDoesNotDependOnChunking(chunking: Chunking) {
        var generator = SeededGenerator(seed: 1)
        let signal = (0..<2_345).map { _ in Float.random(in: -1...1, using: &generator) }
        let reference = frames(of: signal, hop: 80, window: 320, chunking: .whole)
        let chunked = frames(of: signal, hop: 80, window: 320, chunking: chunking)
        #expect(chunked.map(\.0) == reference.map(\.0))
        #expect(chunked.map(\.1) == reference.map(\.1))
    }

    @Test func yieldsOneWindowPerStartedHopCentredOnIt() {
        let hop = 80, window = 320
        // An impulse at sample 5·hop must sit at the centre of window 5.
        var signal = [Float](repeating: 0, count: 1_000)
        signal[5 * hop] = 1
        let output = frames(of: signal, hop: hop, window: window, chunking: .whole)
        #expect(output.count == (1_000 + hop - 1) / hop)
        #expect(output.map(\.0) == Array(0..<13))
        #expect(output[5].1[window / 2] == 1)
        #expect(output[5].1.reduce(0, +) == 1)
        // Window 0 starts half a window before the stream: its first half is padding.
        #expect(output[0].1[0..<(window / 2)].allSatisfy { $0 == 0 })
    }

    @Test func declaresLatencyOfHalfAWindow() {
        let framer = Framer(hopSamples: 80, windowSamples: 320)
        #expect(framer.latencySamples == 160)
        var emitted: [Int] = []
        let zeros = [Float](repeating: 0, count: 160)
        zeros.withUnsafeBufferPointer { framer.push($0) { index, _ in emitted.append(index) } }
        #expect(emitted == [0]) // window 0 needs samples up to 159
    }

    @Test func emptyStreamYieldsNothing() {
        let framer = Framer(hopSamples: 80, windowSamples: 320)
        var count = 0
        framer.flush { _, _ in count += 1 }
        #expect(count == 0)
    }
}
