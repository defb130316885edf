import Foundation
import Testing
@testable import UndertoneDSP
import TestSupport

/// The FFT wrapper against a direct O(n²) DFT on random input.
@Suite struct RealFFTTests {
    @Test(arguments: [64, 256, 400, 512, 1024, 255])
    func forwardMatchesDirectDFT(size: Int) {
        var generator = SeededGenerator(seed: UInt64(size))
        let signal = (0..<size).map { _ in Float.random(in: -1...1, using: &generator) }
        let fft = RealFFT(size: size)
        for index in 0..<size { fft.input[index] = signal[index] }
        fft.forward()
        var worstError = 0.0
        for bin in 0...(size / 2) {
            var real = 0.0, imaginary = 0.0
            for index in 0..<size {
                let angle = -2 * Double.pi * Double(bin * index % size) / Double(size)
                real += Double(signal[index]) * cos(angle)
                imaginary += Double(signal[index]) * sin(angle)
            }
            worstError = max(worstError, abs(Double(fft.spectrum[2 * bin]) - real), abs(Double(fft.spectrum[2 * bin + 1]) - imaginary))
        }
        // Single precision: error grows like sqrt(n)·log(n)·ε relative to the bins' scale (≈ sqrt(n)).
        #expect(worstError < 1e-4 * Double(size))
    }

    @Test(arguments: [64, 400, 255])
    func inverseUndoesForward(size: Int) {
        var generator = SeededGenerator(seed: 7)
        let signal = (0..<size).map { _ in Float.random(in: -1...1, using: &generator) }
        let fft = RealFFT(size: size)
        for index in 0..<size { fft.input[index] = signal[index] }
        fft.forward()
        fft.inverse()
        for index in 0..<size {
            #expect(abs(fft.input[index] / Float(size) - signal[index]) < 1e-5)
        }
    }

    @Test func fastSizesHaveOnlySmallPrimeFactors() {
        #expect(RealFFT.fastSize(atLeast: 401) == 405)
        #expect(RealFFT.fastSize(atLeast: 512) == 512)
        #expect(RealFFT.fastSize(atLeast: 1) == 2)
    }

    @Test func plansFromManyThreadsAtOnce() async {
        // The planner lock must make concurrent creation and destruction safe.
        await withTaskGroup(of: Float.self) { group in
            for task in 0..<16 {
                group.addTask {
                    let fft = RealFFT(size: 128 + task)
                    fft.input[1] = 1
                    fft.forward()
                    return fft.spectrum[0]
                }
            }
            for await dc in group { #expect(abs(dc - 1) < 1e-5) }
        }
    }
}
