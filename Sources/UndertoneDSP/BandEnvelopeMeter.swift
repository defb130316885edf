import Foundation

/// Short-time energy in a frequency band, in dB: the envelope syllable nuclei are found on.
///
/// de Jong & Wempe (2009) peak-pick the broadband intensity. Vowels carry their energy in the first two
/// formants (≈ 300–2500 Hz) while fricatives and bursts carry theirs above it, so a band-limited envelope
/// dips deeper between syllables and rises less on consonants; on telephone audio the band also skips
/// the line's hum and hiss. Computed from the power spectrum of a Hann-windowed frame (FFTW), summed over
/// the bins in [`lowHz`, `highHz`], on the same dB scale as `IntensityMeter` (re 2·10⁻⁵, floored at 0).
public final class BandEnvelopeMeter {
    public let lowHz: Double
    public let highHz: Double
    public let windowSamples: Int
    private let fft: RealFFT
    private let weights: [Float]
    private let bins: ClosedRange<Int>
    /// Converts a sum of squared FFT magnitudes to a mean square comparable with the time domain.
    private let powerScale: Double

    public init(sampleRateHz: Int, lowHz: Double = 300, highHz: Double = 2300, windowSeconds: Double = 0.040) {
        precondition(lowHz < highHz && highHz <= Double(sampleRateHz) / 2, "band must lie below Nyquist")
        self.lowHz = lowHz
        self.highHz = highHz
        var length = Int((windowSeconds * Double(sampleRateHz)).rounded())
        length += length % 2
        windowSamples = length
        fft = RealFFT(size: length)
        weights = WindowFunction.hann(length: length)
        let binHz = Double(sampleRateHz) / Double(length)
        bins = Int((lowHz / binHz).rounded(.up))...Int((highHz / binHz).rounded(.down))
        // Parseval with a real signal: Σ|X_k|² over the one-sided band counts each bin twice (±k).
        let weightEnergy = weights.reduce(0.0) { $0 + Double($1) * Double($1) }
        powerScale = 2 / (Double(length) * weightEnergy)
    }

    /// Band energy of the centre `windowSamples` of `frame`, in dB.
    public func envelopeDB(of frame: UnsafeBufferPointer<Float>) -> Float {
        let samples = WindowFunction.centred(frame, length: windowSamples)
        for index in 0..<windowSamples { fft.input[index] = samples[index] * weights[index] }
        fft.forward()
        var power = 0.0
        for bin in bins {
            let real = Double(fft.spectrum[2 * bin]), imaginary = Double(fft.spectrum[2 * bin + 1])
            power += real * real + imaginary * imaginary
        }
        power *= powerScale
        let reference = IntensityMeter.referencePressure * IntensityMeter.referencePressure
        guard power > reference else { return 0 }
        return Float(10 * log10(power / reference))
    }
}
