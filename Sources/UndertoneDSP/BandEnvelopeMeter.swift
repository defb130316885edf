import Foundation
import UndertoneCore

/// Short-time energy in a frequency band, in dB: the envelope syllable nuclei are found on.
///
/// de Jong & Wempe (2009) peak-pick the broadband intensity. Vowels carry their energy in the first two
/// formants (≈ 300–2500 Hz) while fricatives and bursts carry most of theirs higher (the band's edges were
/// chosen on the tuning split, docs/speech-rate.md), so a band-limited envelope
/// dips deeper between syllables and rises less on consonants; on telephone audio the band also skips
/// the line's hum and hiss. Computed from the power spectrum of a Hann-windowed frame (FFTW), summed over
/// the bins in [`lowHz`, `highHz`], on the same dB scale as `IntensityMeter` (re 2·10⁻⁵, floored at 0).
///
/// From the same spectrum, a coarse spectral shape: the levels of 8 equal sub-bands of the band, in dB,
/// minus their mean (so independent of the overall level). `SyllableNucleusDetector` compares it between
/// neighbouring crests: a long vowel keeps its formants, a new syllable changes them.
public final class BandEnvelopeMeter {
    /// One frame's band energy and spectral shape.
    public struct Measurement: Sendable, Equatable {
        public var envelopeDB: Float
        /// Sub-band levels in dB minus their mean (all 0 for silence).
        public var shape: SpectralShape
    }

    public let lowHz: Double
    public let highHz: Double
    public let windowSamples: Int
    /// When set, the envelope is the sub-bands' spectral correlation instead of their sum (see `init`).
    public let correlatesSubBands: Bool
    private let fft: RealFFT
    private let weights: [Float]
    private let bins: ClosedRange<Int>
    /// First bin of each sub-band of the shape; sub-band `i` ends before `subBandStarts[i + 1]` (or after `bins`).
    private let subBandStarts: [Int]
    /// Converts a sum of squared FFT magnitudes to a mean square comparable with the time domain.
    private let powerScale: Double

    /// The band and the window default to `SpeechRateSettings`'.
    /// - Parameter correlatesSubBands: envelope power = M·√(mean of xᵢ·xⱼ over the pairs of the M = 8
    ///   sub-band powers) instead of Σ xᵢ, after the spectral correlation of Wang & Narayanan (2007),
    ///   "Robust speech rate estimation for spontaneous speech", IEEE TASLP 15(8): equal to the sum for a
    ///   flat spectrum, lower where one sub-band holds the energy (a nasal murmur, a fricative's edge).
    public init(sampleRateHz: Int, lowHz: Double = SpeechRateSettings().bandLowHz, highHz: Double = SpeechRateSettings().bandHighHz,
                windowSeconds: Double = SpeechRateSettings().envelopeWindowSeconds, correlatesSubBands: Bool = false) {
        precondition(lowHz < highHz && highHz <= Double(sampleRateHz) / 2, "band must lie below Nyquist")
        self.correlatesSubBands = correlatesSubBands
        self.lowHz = lowHz
        self.highHz = highHz
        let length = Self.evenWindowLength(sampleRateHz: sampleRateHz, windowSeconds: windowSeconds)
        windowSamples = length
        fft = RealFFT(size: length)
        weights = WindowFunction.hann(length: length)
        let bins = Self.bins(sampleRateHz: sampleRateHz, lowHz: lowHz, highHz: highHz, windowSamples: length)
        precondition(bins.count >= SpectralShape.scalarCount, "band too narrow for the spectral shape")
        self.bins = bins.lowerBound...bins.upperBound - 1
        subBandStarts = (0..<SpectralShape.scalarCount).map { bins.lowerBound + $0 * bins.count / SpectralShape.scalarCount }
        // Parseval with a real signal: Σ|X_k|² over the one-sided band counts each bin twice (±k).
        let weightEnergy = weights.reduce(0.0) { $0 + Double($1) * Double($1) }
        powerScale = 2 / (Double(length) * weightEnergy)
    }

    /// Whether the band holds a bin for each sub-band of the spectral shape, as `init` requires.
    public static func bandIsWideEnough(sampleRateHz: Int, lowHz: Double, highHz: Double, windowSeconds: Double) -> Bool {
        let length = evenWindowLength(sampleRateHz: sampleRateHz, windowSeconds: windowSeconds)
        return bins(sampleRateHz: sampleRateHz, lowHz: lowHz, highHz: highHz, windowSamples: length).count >= SpectralShape.scalarCount
    }

    private static func evenWindowLength(sampleRateHz: Int, windowSeconds: Double) -> Int {
        let length = Int((windowSeconds * Double(sampleRateHz)).rounded())
        return length + length % 2
    }

    /// The FFT bins with centres in [`lowHz`, `highHz`] (empty when there are none).
    private static func bins(sampleRateHz: Int, lowHz: Double, highHz: Double, windowSamples: Int) -> Range<Int> {
        let binHz = Double(sampleRateHz) / Double(windowSamples)
        let first = Int((lowHz / binHz).rounded(.up)), last = Int((highHz / binHz).rounded(.down))
        return first..<max(first, last + 1)
    }

    /// Band energy and spectral shape of the centre `windowSamples` of `frame`.
    public func measure(_ frame: UnsafeBufferPointer<Float>) -> Measurement {
        let samples = WindowFunction.centred(frame, length: windowSamples)
        for index in 0..<windowSamples { fft.input[index] = samples[index] * weights[index] }
        fft.forward()
        let reference = IntensityMeter.referencePressure * IntensityMeter.referencePressure
        var power = 0.0, squares = 0.0
        var shape = SpectralShape()
        for band in 0..<SpectralShape.scalarCount {
            let end = band + 1 < SpectralShape.scalarCount ? subBandStarts[band + 1] - 1 : bins.upperBound
            var bandPower = 0.0
            for bin in subBandStarts[band]...end {
                let real = Double(fft.spectrum[2 * bin]), imaginary = Double(fft.spectrum[2 * bin + 1])
                let binPower = real * real + imaginary * imaginary
                bandPower += binPower
                power += binPower  // bin by bin, in order: the summed envelope does not depend on the sub-bands
            }
            if correlatesSubBands { squares += bandPower * bandPower }
            shape[band] = Float(10 * log10(max(bandPower * powerScale, reference)))
        }
        shape -= SpectralShape(repeating: shape.sum() / Float(SpectralShape.scalarCount))
        if correlatesSubBands {
            let count = Double(SpectralShape.scalarCount)
            power = count * (max(power * power - squares, 0) / (count * (count - 1))).squareRoot()
        }
        power *= powerScale
        guard power > reference else { return Measurement(envelopeDB: 0, shape: SpectralShape()) }
        return Measurement(envelopeDB: Float(10 * log10(power / reference)), shape: shape)
    }
}

/// Coarse spectral shape of a frame: sub-band levels in dB minus their mean (`BandEnvelopeMeter`).
public typealias SpectralShape = SIMD8<Float>
