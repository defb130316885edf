import Foundation

/// Short-time intensity in dB, after Praat's `To Intensity` (Boersma & Weenink, Praat manual,
/// "Sound: To Intensity…"): the mean is subtracted, the squared samples are averaged under a window,
/// and the result is expressed in dB re 2·10⁻⁵ with samples taken as pascals, so a full-scale sine
/// reads 91 dB. Praat uses a Kaiser-20 window of 3.2 / pitch floor; we use a Hann window of
/// `windowSeconds` (40 ms default, the effective length of Praat's for a 100 Hz floor).
/// Digital silence is floored at 0 dB.
public struct IntensityMeter {
    public static let referencePressure: Double = 2e-5
    public let windowSamples: Int
    private let weights: [Float]
    private let weightSum: Double

    public init(sampleRateHz: Int, windowSeconds: Double = 0.040) {
        var length = Int((windowSeconds * Double(sampleRateHz)).rounded())
        length += length % 2 // even, to share the frame's centre
        windowSamples = length
        weights = WindowFunction.hann(length: length)
        weightSum = weights.reduce(0) { $0 + Double($1) }
    }

    /// Intensity of the centre `windowSamples` of `frame`, in dB.
    public func intensityDB(of frame: UnsafeBufferPointer<Float>) -> Float {
        let samples = WindowFunction.centred(frame, length: windowSamples).baseAddress!
        let count = windowSamples
        // Sums in double precision, four lanes at a time (each lane's terms as in the scalar formula).
        return weights.withUnsafeBufferPointer { weightBuffer -> Float in
            let weights = weightBuffer.baseAddress!
            var sums = SIMD4<Double>()
            var index = 0
            while index + 4 <= count {
                let products = UnsafeRawPointer(weights + index).loadUnaligned(as: SIMD4<Float>.self)
                    * UnsafeRawPointer(samples + index).loadUnaligned(as: SIMD4<Float>.self)
                sums += SIMD4<Double>(products)
                index += 4
            }
            var weightedSum = sums.sum()
            while index < count { weightedSum += Double(weights[index] * samples[index]); index += 1 }
            let mean = weightedSum / weightSum
            let mean4 = SIMD4<Double>(repeating: mean)
            var powers = SIMD4<Double>()
            index = 0
            while index + 4 <= count {
                let deviations = SIMD4<Double>(UnsafeRawPointer(samples + index).loadUnaligned(as: SIMD4<Float>.self)) - mean4
                powers += SIMD4<Double>(UnsafeRawPointer(weights + index).loadUnaligned(as: SIMD4<Float>.self)) * deviations * deviations
                index += 4
            }
            var power = powers.sum()
            while index < count {
                let deviation = Double(samples[index]) - mean
                power += Double(weights[index]) * deviation * deviation
                index += 1
            }
            power /= weightSum
            let reference = Self.referencePressure * Self.referencePressure
            guard power > reference else { return 0 }
            return Float(10 * log10(power / reference))
        }
    }
}
