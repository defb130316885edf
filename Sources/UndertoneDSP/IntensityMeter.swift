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
        let samples = WindowFunction.centred(frame, length: windowSamples)
        var weightedSum = 0.0
        for index in 0..<windowSamples { weightedSum += Double(weights[index] * samples[index]) }
        let mean = weightedSum / weightSum
        var power = 0.0
        for index in 0..<windowSamples {
            let deviation = Double(samples[index]) - mean
            power += Double(weights[index]) * deviation * deviation
        }
        power /= weightSum
        let reference = Self.referencePressure * Self.referencePressure
        guard power > reference else { return 0 }
        return Float(10 * log10(power / reference))
    }
}
