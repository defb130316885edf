import Foundation
import UndertoneCore

/// One F0 hypothesis for one frame: a peak of the normalised autocorrelation, or "unvoiced".
public struct PitchCandidate: Sendable, Equatable {
    /// F0 in Hz; 0 for the unvoiced hypothesis.
    public var f0Hz: Float
    /// Normalised autocorrelation at the candidate's lag (Boersma 1993, eq. 9), in [0, 1], after noise
    /// compensation (what the path search scores); 0 for unvoiced.
    public var correlation: Float
    /// Local score of the hypothesis for the path search (Boersma 1993, eqs. 23–24).
    public var strength: Float

    /// The same before noise compensation: the periodicity of the signal as it is (for HNR, `voicing`).
    public var rawCorrelation: Float = 0

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
/// The transform is `PitchAutocorrelator`'s. `measureLevel` can leave the tapered frame in a buffer of the
/// caller's, to be correlated later or on another thread (`PitchTracker`'s batches); `candidates` can
/// read a correlation of the caller's. All buffers are allocated at `init` and owned by the analyser;
/// `measure` and `candidates` do not allocate. Hot loops run on raw pointers with several accumulators (SIMD), so sums are taken in a
/// fixed but not left-to-right order.
public final class PitchCandidateAnalyzer {
    public let sampleRateHz: Int
    /// Frame length the analyser reads: `periodsPerWindow` periods of the floor, rounded to even.
    public let windowSamples: Int
    public let minLagSamples: Int
    public let maxLagSamples: Int
    private let settings: PitchSettings
    /// The Hann window, `windowSamples` long.
    private let taper: UnsafeMutablePointer<Float>
    /// The tapered frame of the last `measureLevel` not given a buffer of its own.
    private let tapered: UnsafeMutablePointer<Float>
    private let autocorrelator: PitchAutocorrelator
    /// The frame's normalised autocorrelation r(τ) for τ in 0…maxLag + 1 (eq. 9).
    private let correlation: UnsafeMutablePointer<Float>
    /// r(τ) − noiseFraction · r_n(τ) for the same lags (`collectPeaks` with noise compensation).
    private let periodicity: UnsafeMutablePointer<Float>
    private var lagCount: Int { maxLagSamples + 2 }
    // Constants of `collectPeaks`.
    private let minimumCorrelation: Float
    private let octaveCost: Float
    private let floorHz: Float
    private let minimumLag: Float
    private let maximumLag: Float
    /// The local peak is taken from this many samples before the frame's centre to the window's end:
    /// half the longest period plus one sample (Praat's `halfnsamp_period`).
    private let peakHalfWidth: Int

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
        taper = .allocate(capacity: length)
        taper.initialize(from: WindowFunction.hann(length: length), count: length)
        tapered = .allocate(capacity: length)
        tapered.initialize(repeating: 0, count: length)
        autocorrelator = PitchAutocorrelator(taper: taper, windowSamples: length, minLagSamples: minLagSamples,
                                             maxLagSamples: maxLagSamples)
        let lags = maxLagSamples + 2
        correlation = .allocate(capacity: lags)
        correlation.initialize(repeating: 0, count: lags)
        periodicity = .allocate(capacity: lags)
        periodicity.initialize(repeating: 0, count: lags)
        minimumCorrelation = Float(0.5 * settings.voicingThreshold)
        octaveCost = Float(settings.octaveCost)
        floorHz = Float(settings.floorHz)
        minimumLag = Float(rate / settings.ceilingHz)
        maximumLag = Float(rate / settings.floorHz)
        peakHalfWidth = min(length / 2, Int(rate / settings.floorHz) / 2 + 1)
    }

    deinit {
        taper.deallocate()
        tapered.deallocate()
        correlation.deallocate()
        periodicity.deallocate()
    }

    /// Another autocorrelator of this analyser's window and lags, for a thread of its own: it gives
    /// `correlate`'s results bit for bit.
    func makeAutocorrelator() -> PitchAutocorrelator {
        PitchAutocorrelator(taper: taper, windowSamples: windowSamples, minLagSamples: minLagSamples, maxLagSamples: maxLagSamples)
    }

    /// Level of the frame last given to `measure`.
    public struct FrameLevel: Sendable, Equatable {
        /// Peak absolute amplitude after mean removal (full scale = 1) from half the longest period before
        /// the frame's centre to the window's end, for the silence criterion. (Praat takes ±half a period
        /// around the centre; including the look-ahead half keeps weak onsets voiced.)
        public var peakAmplitude: Float
        /// Mean square after mean removal, for the noise estimate.
        public var meanSquare: Float
        /// Highest normalised autocorrelation in the lag range (before any noise compensation).
        public var maximumCorrelation: Float
        /// Sums of squares after mean removal (untapered) of the window's earlier and later half: the
        /// level change across the frame, for the voicing transition costs (`PitchVoicingTransition`).
        public var earlyHalfEnergy: Float = 0
        public var lateHalfEnergy: Float = 0
    }

    /// Computes one frame's autocorrelation (its centre `windowSamples` are used) and returns its level;
    /// `candidates(into:correlationScale:)` then reads the peaks. The same as `measureLevel` then `correlate`.
    public func measure(_ frame: UnsafeBufferPointer<Float>) -> FrameLevel {
        var level = measureLevel(frame)
        if level.meanSquare > 0 { level.maximumCorrelation = correlate() }
        return level
    }

    /// The frame's peak and mean square (its centre `windowSamples`), with `maximumCorrelation` 0; keeps
    /// the tapered frame for `correlate()`, or writes it to `taperedFrame` (`windowSamples` long) for an
    /// autocorrelator of the caller's. A constant frame (mean square 0) has an all-zero correlation at once.
    public func measureLevel(_ frame: UnsafeBufferPointer<Float>, taperedInto taperedFrame: UnsafeMutablePointer<Float>? = nil) -> FrameLevel {
        let samples = WindowFunction.centred(frame, length: windowSamples).baseAddress!
        let count = windowSamples
        let whole = count & ~7
        // The local peak is read from half a longest period before the centre to the window's end, so
        // that a loud past (the syllable before an offset) does not count as this frame's level, while
        // voicing that is about to start (an onset) does. Pass 1: the mean, and the local extremes
        // (8 at a time from the first multiple of 8 in that span, the samples before it one by one).
        let localStart = count / 2 - peakHalfWidth
        let localWholeStart = min(whole, (localStart + 7) & ~7)
        var centralLow = Float.infinity, centralHigh = -Float.infinity
        for index in localStart..<localWholeStart {
            centralLow = min(centralLow, samples[index])
            centralHigh = max(centralHigh, samples[index])
        }
        var sum8 = SIMD8<Float>()
        var low8 = SIMD8<Float>(repeating: .infinity), high8 = SIMD8<Float>(repeating: -.infinity)
        var index = 0
        while index < whole {
            let chunk = UnsafeRawPointer(samples + index).loadUnaligned(as: SIMD8<Float>.self)
            sum8 += chunk
            if index >= localWholeStart {
                low8 = low8.replacing(with: chunk, where: chunk .< low8)
                high8 = high8.replacing(with: chunk, where: chunk .> high8)
            }
            index += 8
        }
        centralLow = min(centralLow, SIMDLanes.smallest(of: low8))
        centralHigh = max(centralHigh, SIMDLanes.largest(of: high8))
        var sum = sum8.sum()
        while index < count {
            sum += samples[index]
            if index >= localStart {
                centralLow = min(centralLow, samples[index])
                centralHigh = max(centralHigh, samples[index])
            }
            index += 1
        }
        let mean = sum / Float(count)
        // Pass 2: power after mean removal (the earlier half's on the way), and the tapered frame into
        // the transform's input.
        let input = taperedFrame ?? tapered
        let half = count / 2
        var squares8 = SIMD8<Float>()
        let mean8 = SIMD8<Float>(repeating: mean)
        @inline(__always) func accumulate(upTo end: Int) {
            while index < end {
                let deviation = UnsafeRawPointer(samples + index).loadUnaligned(as: SIMD8<Float>.self) - mean8
                squares8 += deviation * deviation
                let tapered = deviation * UnsafeRawPointer(taper + index).loadUnaligned(as: SIMD8<Float>.self)
                UnsafeMutableRawPointer(input + index).storeBytes(of: tapered, as: SIMD8<Float>.self)
                index += 8
            }
        }
        index = 0
        accumulate(upTo: half & ~7)
        var earlyHalfEnergy = squares8.sum()
        for early in index..<half {
            let deviation = samples[early] - mean
            earlyHalfEnergy += deviation * deviation
        }
        accumulate(upTo: whole)
        var sumOfSquares = squares8.sum()
        while index < count {
            let deviation = samples[index] - mean
            sumOfSquares += deviation * deviation
            input[index] = deviation * taper[index]
            index += 1
        }
        let peak = max(0, max(centralHigh - mean, mean - centralLow))
        guard sumOfSquares > 0 else { // a constant frame
            correlation.update(repeating: 0, count: lagCount)
            return FrameLevel(peakAmplitude: 0, meanSquare: 0, maximumCorrelation: 0)
        }
        return FrameLevel(peakAmplitude: peak, meanSquare: sumOfSquares / Float(count), maximumCorrelation: 0,
                          earlyHalfEnergy: earlyHalfEnergy, lateHalfEnergy: max(0, sumOfSquares - earlyHalfEnergy))
    }

    /// The autocorrelation of the frame last given to `measureLevel` without a buffer of its own (whose
    /// peak was above 0); returns the highest normalised autocorrelation in the lag range.
    public func correlate() -> Float { autocorrelator.correlate(tapered, into: correlation) }

    /// The autocorrelation of a tapered frame that `measureLevel` wrote to a buffer of the caller's, into
    /// `output` (`correlationLags` values); returns its highest value in the lag range.
    func correlate(_ taperedFrame: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>) -> Float {
        autocorrelator.correlate(taperedFrame, into: output)
    }

    /// The measured frame's candidates, strongest first, into `candidates`; returns how many were written.
    /// The peaks are read from r(τ) − `noiseFraction` · r_n(τ), with r_n the `noise` autocorrelation (none:
    /// r(τ) as it is), multiplied by `correlationScale` (≥ 1 undoes the dilution by additive noise); r(τ) is
    /// the last `correlate()`'s, or `frameCorrelation` when given (`correlationLags` values).
    public func candidates(into list: UnsafeMutableBufferPointer<PitchCandidate>, correlationScale: Float = 1,
                           noise: PitchNoiseCorrelation? = nil, noiseFraction: Float = 0,
                           frameCorrelation: UnsafePointer<Float>? = nil) -> Int {
        collectPeaks(into: list, correlation: frameCorrelation ?? UnsafePointer(correlation), scale: correlationScale,
                     noise: noise?.values, noiseFraction: noiseFraction)
    }

    /// Lags of the normalised autocorrelation kept (0…maxLag + 1).
    public var correlationLags: Int { lagCount }

    /// Local maxima of r(τ) − noiseFraction · r_n(τ) above half the voicing threshold, parabolically
    /// interpolated, the strongest `candidates.count` kept in descending order of strength. The raw
    /// correlation is r(τ) read at the same interpolated lag. Eight lags at a time are skipped when none
    /// clears the threshold (most lags of most frames).
    private func collectPeaks(into candidates: UnsafeMutableBufferPointer<PitchCandidate>, correlation: UnsafePointer<Float>,
                              scale: Float, noise: UnsafePointer<Float>?, noiseFraction: Float) -> Int {
        let rate = Float(sampleRateHz)
        let periodic: UnsafePointer<Float>
        if let noise {
            subtract(noise, times: noiseFraction, from: correlation, into: periodicity)
            periodic = UnsafePointer(periodicity)
        } else {
            periodic = correlation
        }
        // Parabolic interpolation through three neighbours at `offset` from the middle one; overshoot past 1
        // is unreliable and folded back (as Praat).
        @inline(__always) func interpolated(_ before: Float, _ here: Float, _ after: Float, _ offset: Float) -> Float {
            let value = here - 0.25 * (before - after) * offset
            return value > 1 ? 1 / value : value
        }
        let scale8 = SIMD8<Float>(repeating: scale), threshold8 = SIMD8<Float>(repeating: minimumCorrelation)
        var count = 0
        var lag = minLagSamples
        while lag <= maxLagSamples {
            if lag + 8 <= maxLagSamples + 1 {
                let chunk = UnsafeRawPointer(periodic + lag).loadUnaligned(as: SIMD8<Float>.self)
                if !any(chunk * scale8 .> threshold8) {
                    lag += 8
                    continue
                }
            }
            defer { lag += 1 }
            let here = periodic[lag]
            guard here * scale > minimumCorrelation else { continue }
            let before = periodic[lag - 1], after = periodic[lag + 1]
            guard here > before, here >= after else { continue }
            let curvature = before - 2 * here + after
            let offset = curvature < 0 ? 0.5 * (before - after) / curvature : 0
            let height = min(1, interpolated(before, here, after, offset) * scale)
            let raw = interpolated(correlation[lag - 1], correlation[lag], correlation[lag + 1], offset)
            let lagSamples = Float(lag) + offset
            guard lagSamples >= minimumLag, lagSamples <= maximumLag else { continue }
            let strength = height - octaveCost * log2(floorHz * lagSamples / rate)
            insert(PitchCandidate(f0Hz: rate / lagSamples, correlation: height, strength: strength, rawCorrelation: min(1, raw)),
                   into: candidates, count: &count)
        }
        return count
    }

    /// `output[τ] = r[τ] − fraction · noise[τ]` for every kept lag.
    private func subtract(_ noise: UnsafePointer<Float>, times fraction: Float, from r: UnsafePointer<Float>,
                          into output: UnsafeMutablePointer<Float>) {
        let fraction8 = SIMD8<Float>(repeating: fraction)
        var lag = 0
        while lag + 8 <= lagCount {
            let values = UnsafeRawPointer(r + lag).loadUnaligned(as: SIMD8<Float>.self)
                - fraction8 * UnsafeRawPointer(noise + lag).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(output + lag).storeBytes(of: values, as: SIMD8<Float>.self)
            lag += 8
        }
        while lag < lagCount {
            output[lag] = r[lag] - fraction * noise[lag]
            lag += 1
        }
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
