import Foundation

/// Strength of slow (3–12 Hz) modulation in a contour sampled at the frame rate: vocal tremor.
///
/// Method, after the spirit of Brückl's Praat tremor analysis (Brückl 2012, "Vocal tremor measurement
/// based on autocorrelation of contours", Interspeech), reduced to one number per contour and window: the
/// contour over the window (e.g. F0 in semitones, or intensity in dB, over 1 s of 10 ms frames) has its
/// missing frames (NaN: unvoiced) filled by linear interpolation and held at the ends, its straight-line
/// trend removed (intonation is not tremor), a Hann window applied, and its DFT taken at the bins inside
/// the band. The result is the RMS amplitude of the in-band component, in the contour's units:
/// sqrt(2 Σ_band |X_k|² / (N Σ w_n²)), so a sinusoidal modulation of amplitude A at a bin frequency
/// reads A / √2. Fewer than `minimumValidFraction` valid frames gives nil. Tables are made at `init`;
/// `rms` works in place and does not allocate.
public struct TremorMeter: Sendable {
    public let frameCount: Int
    public let frameRateHz: Double
    public let bandHz: ClosedRange<Double>
    public var minimumValidFraction = 0.5
    private let taper: [Float]
    private let taperEnergy: Float
    /// cos and sin of 2πkn/N for the in-band bins k, row by row.
    private let cosines: [Float]
    private let sines: [Float]

    public init(frameCount: Int = 100, frameRateHz: Double = 100, bandHz: ClosedRange<Double> = 3...12) {
        self.frameCount = frameCount
        self.frameRateHz = frameRateHz
        self.bandHz = bandHz
        taper = WindowFunction.hann(length: frameCount)
        taperEnergy = taper.reduce(0) { $0 + $1 * $1 }
        let resolution = frameRateHz / Double(frameCount)
        let bins = Int((bandHz.lowerBound / resolution).rounded(.up))...Int((bandHz.upperBound / resolution).rounded(.down))
        var cosines: [Float] = [], sines: [Float] = []
        for bin in bins {
            for n in 0..<frameCount {
                let angle = 2 * Double.pi * Double(bin * n) / Double(frameCount)
                cosines.append(Float(cos(angle)))
                sines.append(Float(sin(angle)))
            }
        }
        self.cosines = cosines
        self.sines = sines
    }

    /// The RMS of the contour's in-band modulation; `contour` (NaN = missing, `frameCount` values) is
    /// overwritten with the filled, detrended, windowed contour.
    public func rms(_ contour: UnsafeMutableBufferPointer<Float>) -> Double? {
        precondition(contour.count == frameCount)
        let valid = contour.reduce(0) { $0 + ($1.isNaN ? 0 : 1) }
        guard valid >= 2, Double(valid) >= minimumValidFraction * Double(frameCount) else { return nil }
        fillGaps(contour)
        removeTrend(contour)
        for n in 0..<frameCount { contour[n] *= taper[n] }
        var power: Float = 0
        for row in 0..<(cosines.count / frameCount) {
            var re: Float = 0, im: Float = 0
            for n in 0..<frameCount {
                re += contour[n] * cosines[row * frameCount + n]
                im += contour[n] * sines[row * frameCount + n]
            }
            power += re * re + im * im
        }
        return Double(sqrt(2 * power / (Float(frameCount) * taperEnergy)))
    }

    /// Linear interpolation across NaN runs; runs at the ends take the nearest valid value.
    private func fillGaps(_ contour: UnsafeMutableBufferPointer<Float>) {
        var lastValid: Int?
        for n in 0..<frameCount where !contour[n].isNaN {
            let start = lastValid ?? -1
            for gap in (start + 1)..<n {
                contour[gap] = lastValid == nil ? contour[n]
                    : contour[start] + (contour[n] - contour[start]) * Float(gap - start) / Float(n - start)
            }
            lastValid = n
        }
        if let lastValid { for n in (lastValid + 1)..<frameCount { contour[n] = contour[lastValid] } }
    }

    /// Subtracts the least-squares straight line.
    private func removeTrend(_ contour: UnsafeMutableBufferPointer<Float>) {
        let count = Float(frameCount)
        let meanIndex = (count - 1) / 2
        let mean = contour.reduce(0, +) / count
        var covariance: Float = 0, variance: Float = 0
        for n in 0..<frameCount {
            let x = Float(n) - meanIndex
            covariance += x * (contour[n] - mean)
            variance += x * x
        }
        let slope = covariance / variance
        for n in 0..<frameCount { contour[n] -= mean + slope * (Float(n) - meanIndex) }
    }
}
