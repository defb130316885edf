import Foundation
import UndertoneCore

/// One F0 hypothesis for one frame: a peak of the normalised autocorrelation, or "unvoiced".
public struct PitchCandidate: Sendable, Equatable {
    /// F0 in Hz; 0 for the unvoiced hypothesis.
    public var f0Hz: Float
    /// Normalised autocorrelation at the candidate's lag (Boersma 1993, eq. 9), in [0, 1]; 0 for unvoiced.
    public var correlation: Float
    /// Local score of the hypothesis for the path search (Boersma 1993, eqs. 23–24).
    public var strength: Float

    public static let unvoiced = PitchCandidate(f0Hz: 0, correlation: 0, strength: 0)
}

/// Per-frame pitch candidates by Boersma's (1993) autocorrelation method, computed through FFTW.
///
/// Boersma, P. (1993). "Accurate short-term analysis of the fundamental frequency and the
/// harmonics-to-noise ratio of a sampled sound." Proc. Institute of Phonetic Sciences 17, 97–110.
/// The frame (`periodsPerWindow` periods of the floor) has its mean removed and is Hann-windowed; its
/// autocorrelation r_a(τ), computed as |FFT|² → inverse FFT with enough zero padding to avoid wrap-around,
/// is divided by the window's own autocorrelation r_w(τ) (eq. 9), which undoes the window's taper, so a
/// periodic signal scores near 1 at its period. Local maxima in the lag range of [floor, ceiling] are
/// refined by parabolic interpolation and scored `r − octaveCost · log2(floor · lag)` (eq. 24).
/// A periodic signal whose fundamental is filtered out (telephone band) keeps its autocorrelation peak
/// at the period, which is why this family of methods suits band-limited speech.
/// All buffers are allocated at `init`; `analyse` does not allocate.
public final class PitchCandidateAnalyzer {
    public let sampleRateHz: Int
    /// Frame length the analyser reads: `periodsPerWindow` periods of the floor, rounded to even.
    public let windowSamples: Int
    public let minLagSamples: Int
    public let maxLagSamples: Int
    private let settings: PitchSettings
    private let fft: RealFFT
    private let taper: [Float]
    /// r_w(τ) / r_w(0) for τ in 0…maxLag + 1.
    private var windowCorrelation: [Float]
    /// The frame's normalised autocorrelation r(τ) for τ in 0…maxLag + 1 (eq. 9).
    private var correlation: [Float]

    public init(sampleRateHz: Int, settings: PitchSettings) {
        precondition(settings.floorHz > 0 && settings.ceilingHz > settings.floorHz, "pitch floor must be below the ceiling")
        self.sampleRateHz = sampleRateHz
        self.settings = settings
        let rate = Double(sampleRateHz)
        var length = Int((settings.periodsPerWindow * rate / settings.floorHz).rounded(.up))
        length += length % 2
        windowSamples = length
        minLagSamples = max(2, Int((rate / settings.ceilingHz).rounded(.down)))
        maxLagSamples = min(length - 2, Int((rate / settings.floorHz).rounded(.up)))
        fft = RealFFT(size: RealFFT.fastSize(atLeast: length + maxLagSamples + 2))
        taper = WindowFunction.hann(length: length)
        correlation = [Float](repeating: 0, count: maxLagSamples + 2)
        windowCorrelation = []
        windowCorrelation = taper.withUnsafeBufferPointer { Array(autocorrelate($0, minus: 0, tapered: false)) }
    }

    /// Level of the frame last given to `measure`.
    public struct FrameLevel: Sendable, Equatable {
        /// Peak absolute amplitude after mean removal (full scale = 1), for the silence criterion.
        public var peakAmplitude: Float
        /// Mean square after mean removal, for the noise estimate.
        public var meanSquare: Float
        /// Highest normalised autocorrelation in the lag range (before any noise compensation).
        public var maximumCorrelation: Float
    }

    /// Computes one frame's autocorrelation (its centre `windowSamples` are used) and returns its level;
    /// `candidates(into:correlationScale:)` then reads the peaks.
    public func measure(_ frame: UnsafeBufferPointer<Float>) -> FrameLevel {
        let samples = WindowFunction.centred(frame, length: windowSamples)
        let mean = samples.reduce(Float(0), +) / Float(windowSamples)
        var peak: Float = 0, sumOfSquares: Float = 0
        for sample in samples {
            peak = max(peak, abs(sample - mean))
            sumOfSquares += (sample - mean) * (sample - mean)
        }
        guard peak > 0 else {
            for lag in correlation.indices { correlation[lag] = 0 }
            return FrameLevel(peakAmplitude: 0, meanSquare: 0, maximumCorrelation: 0)
        }
        let tapered = autocorrelate(samples, minus: mean, tapered: true)
        for lag in correlation.indices { correlation[lag] = tapered[lag] / windowCorrelation[lag] }
        var maximum: Float = 0
        for lag in minLagSamples...maxLagSamples { maximum = max(maximum, correlation[lag]) }
        return FrameLevel(peakAmplitude: peak, meanSquare: sumOfSquares / Float(windowSamples), maximumCorrelation: maximum)
    }

    /// The measured frame's candidates, strongest first, into `candidates`; returns how many were written.
    /// Correlations are multiplied by `correlationScale` (≥ 1 undoes the dilution by additive noise).
    public func candidates(into list: UnsafeMutableBufferPointer<PitchCandidate>, correlationScale: Float = 1) -> Int {
        collectPeaks(into: list, scale: correlationScale)
    }

    /// Autocorrelation of `samples − mean` (times the Hann window when `tapered`) through the FFT,
    /// normalised to r(0) = 1, for lags 0…maxLag + 1: a view into the FFT's buffer, valid until the
    /// next transform.
    private func autocorrelate(_ samples: UnsafeBufferPointer<Float>, minus mean: Float, tapered: Bool) -> UnsafeBufferPointer<Float> {
        let input = fft.input
        for index in 0..<windowSamples { input[index] = (samples[index] - mean) * (tapered ? taper[index] : 1) }
        for index in windowSamples..<fft.size { input[index] = 0 }
        fft.forward()
        let spectrum = fft.spectrum
        for bin in 0..<(fft.size / 2 + 1) {
            let re = spectrum[2 * bin], im = spectrum[2 * bin + 1]
            spectrum[2 * bin] = re * re + im * im
            spectrum[2 * bin + 1] = 0
        }
        fft.inverse()
        let lags = maxLagSamples + 2
        let zeroLag = input[0]
        guard zeroLag > 0 else {
            for lag in 0..<lags { input[lag] = 0 }
            return UnsafeBufferPointer(rebasing: input[0..<lags])
        }
        for lag in 0..<lags { input[lag] /= zeroLag }
        return UnsafeBufferPointer(rebasing: input[0..<lags])
    }

    /// Local maxima of r(τ) above half the voicing threshold, parabolically interpolated, the strongest
    /// `candidates.count` kept in descending order of strength.
    private func collectPeaks(into candidates: UnsafeMutableBufferPointer<PitchCandidate>, scale: Float) -> Int {
        let minimumCorrelation = Float(0.5 * settings.voicingThreshold)
        let octaveCost = Float(settings.octaveCost)
        let floorHz = Float(settings.floorHz)
        let rate = Float(sampleRateHz)
        let minimumLag = Float(Double(sampleRateHz) / settings.ceilingHz)
        let maximumLag = Float(Double(sampleRateHz) / settings.floorHz)
        var count = 0
        for lag in minLagSamples...maxLagSamples {
            let before = correlation[lag - 1], here = correlation[lag], after = correlation[lag + 1]
            guard here * scale > minimumCorrelation, here > before, here >= after else { continue }
            let curvature = before - 2 * here + after
            let offset = curvature < 0 ? 0.5 * (before - after) / curvature : 0
            let interpolated = here - 0.25 * (before - after) * offset
            let clean = interpolated > 1 ? 1 / interpolated : interpolated // overshoot is unreliable (as Praat)
            let height = min(1, clean * scale)
            let lagSamples = Float(lag) + offset
            guard lagSamples >= minimumLag, lagSamples <= maximumLag else { continue }
            let strength = height - octaveCost * log2(floorHz * lagSamples / rate)
            insert(PitchCandidate(f0Hz: rate / lagSamples, correlation: height, strength: strength),
                   into: candidates, count: &count)
        }
        return count
    }

    /// Inserts into a list sorted by descending strength, dropping the weakest when full.
    private func insert(_ candidate: PitchCandidate, into list: UnsafeMutableBufferPointer<PitchCandidate>, count: inout Int) {
        var position = count
        while position > 0 && list[position - 1].strength < candidate.strength { position -= 1 }
        guard position < list.count else { return }
        var index = min(count, list.count - 1)
        while index > position { list[index] = list[index - 1]; index -= 1 }
        list[position] = candidate
        count = min(count + 1, list.count)
    }
}
