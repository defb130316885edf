import Foundation

/// Deterministic test signals at a given rate.
enum TestSignals {
    /// A sum of harmonics `harmonics` of an F0 contour `f0Hz(t)` (phase integrated sample by sample),
    /// each of amplitude `amplitude / harmonics.count`.
    static func harmonic(seconds: Double, rateHz: Int, harmonics: [Int], amplitude: Double = 0.5,
                         f0Hz: (Double) -> Double) -> [Float] {
        let count = Int(seconds * Double(rateHz))
        var phase = 0.0
        var samples = [Float](repeating: 0, count: count)
        for index in 0..<count {
            let t = Double(index) / Double(rateHz)
            var value = 0.0
            for harmonic in harmonics { value += sin(Double(harmonic) * phase) }
            samples[index] = Float(amplitude * value / Double(harmonics.count))
            phase += 2 * Double.pi * f0Hz(t) / Double(rateHz)
        }
        return samples
    }

    /// Uniform white noise in [−amplitude, amplitude] from a fixed linear congruential generator.
    static func whiteNoise(count: Int, amplitude: Float, seed: UInt64 = 12345) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return amplitude * (Float(state >> 40) / Float(1 << 24) * 2 - 1)
        }
    }

    /// Cents between two frequencies.
    static func cents(_ f: Double, _ reference: Double) -> Double { 1200 * log2(f / reference) }
}

/// A small deterministic generator for random splits (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
