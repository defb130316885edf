import Foundation
import Testing
import UndertoneDSP

@Suite struct HighPassFilterTests {
    /// Gain in dB of the filter on a sine at `hz`, measured over the last half of 1 s (transient gone).
    func gainDB(at hz: Double, cutoffHz: Double, order: Int, rateHz: Int = 8000) -> Double {
        var filter = HighPassFilter(sampleRateHz: rateHz, cutoffHz: cutoffHz, order: order)
        var samples = (0..<rateHz).map { Float(sin(2 * Double.pi * hz * Double($0) / Double(rateHz))) }
        samples.withUnsafeMutableBufferPointer { filter.filter($0) }
        let tail = samples[(rateHz / 2)...]
        let meanSquare = tail.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(tail.count)
        return 10 * log10(meanSquare / 0.5)
    }

    /// Butterworth: −3 dB at the cut-off, flat well above it, 6·order dB per octave well below it
    /// (cut-off 200 Hz, order 2: about −24 dB at 50 Hz and −36 dB at 25 Hz).
    @Test(arguments: [2, 4])
    func butterworthResponse(order: Int) {
        #expect(abs(gainDB(at: 175, cutoffHz: 175, order: order) + 3.01) < 0.1)
        #expect(abs(gainDB(at: 1500, cutoffHz: 175, order: order)) < 0.1)
        let octaveDrop = gainDB(at: 50, cutoffHz: 200, order: order) - gainDB(at: 25, cutoffHz: 200, order: order)
        #expect(abs(octaveDrop - 6 * Double(order)) < 0.5)
    }

    /// The state carries across blocks: any split of the stream gives the same samples.
    @Test func outputDoesNotDependOnBlocks() {
        let input = TestSignals.whiteNoise(count: 3000, amplitude: 0.5)
        var whole = input, split = input
        var wholeFilter = HighPassFilter(sampleRateHz: 8000, cutoffHz: 175, order: 2)
        var splitFilter = wholeFilter
        whole.withUnsafeMutableBufferPointer { wholeFilter.filter($0) }
        split.withUnsafeMutableBufferPointer { buffer in
            var start = 0
            for length in [1, 79, 500, 7, 1413, 1000] {
                splitFilter.filter(UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + length)]))
                start += length
            }
        }
        #expect(whole == split)
    }
}
