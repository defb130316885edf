/// The normalised autocorrelation of one tapered frame, r(τ) = r_a(τ) / r_w(τ) (Boersma 1993, eq. 9),
/// through FFTW: |FFT|² → inverse FFT with enough zero padding to avoid wrap-around, divided by r_a(0)
/// and by the window's own normalised autocorrelation r_w(τ), for lags 0…maxLag + 1.
///
/// Each instance owns its transform and buffers (FFTW plans are made with `FFTW_ESTIMATE`, so every
/// instance gives bit-identical results): `PitchCandidateAnalyzer` owns one, and `PitchTracker` one more
/// for the thread that helps with a batch (`PitchTracker.BatchHelper`). Not thread-safe itself;
/// allocation happens at `init` only.
final class PitchAutocorrelator {
    let windowSamples: Int
    let minLagSamples: Int
    let maxLagSamples: Int
    /// Lags kept: 0…maxLag + 1.
    var lagCount: Int { maxLagSamples + 2 }
    private let fft: RealFFT
    /// r_w(τ) / r_w(0) for the kept lags.
    private let windowCorrelation: UnsafeMutablePointer<Float>

    /// - Parameter taper: the analysis window, `windowSamples` long (its autocorrelation is r_w).
    init(taper: UnsafePointer<Float>, windowSamples: Int, minLagSamples: Int, maxLagSamples: Int) {
        self.windowSamples = windowSamples
        self.minLagSamples = minLagSamples
        self.maxLagSamples = maxLagSamples
        fft = RealFFT(size: Self.transformSize(atLeast: windowSamples + maxLagSamples + 2))
        windowCorrelation = .allocate(capacity: maxLagSamples + 2)
        windowCorrelation.initialize(repeating: 1, count: maxLagSamples + 2)
        // r_w: the same transform on the window alone (mean 0, no taper on top).
        autocorrelate(taper, into: windowCorrelation)
    }

    deinit { windowCorrelation.deallocate() }

    /// The smallest 2^k, 3·2^k or 5·2^k ≥ `minimum` (FFTW is several times slower on sizes with larger
    /// factors, e.g. 540 = 2²·3³·5).
    static func transformSize(atLeast minimum: Int) -> Int {
        [1, 3, 5].map { factor in
            var size = factor
            while size < minimum { size *= 2 }
            return size
        }.min()!
    }

    /// r(τ) of the tapered frame `frame` (`windowSamples` long) into `output` (`lagCount` values; all
    /// zeros when r_a(0) is not positive); returns the highest r(τ) for τ in minLag…maxLag.
    func correlate(_ frame: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>) -> Float {
        autocorrelate(frame, into: output)
        var maximum8 = SIMD8<Float>()
        var lag = minLagSamples
        while lag + 8 <= maxLagSamples + 1 {
            let chunk = UnsafeRawPointer(output + lag).loadUnaligned(as: SIMD8<Float>.self)
            maximum8 = maximum8.replacing(with: chunk, where: chunk .> maximum8)
            lag += 8
        }
        var maximum = SIMDLanes.largest(of: maximum8)
        while lag <= maxLagSamples {
            maximum = max(maximum, output[lag])
            lag += 1
        }
        return maximum
    }

    private func autocorrelate(_ frame: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>) {
        let input = fft.input.baseAddress!
        input.update(from: frame, count: windowSamples)
        (input + windowSamples).update(repeating: 0, count: fft.size - windowSamples)
        fft.forward()
        let spectrum = fft.spectrum.baseAddress!
        for bin in 0..<(fft.size / 2 + 1) {
            let re = spectrum[2 * bin], im = spectrum[2 * bin + 1]
            spectrum[2 * bin] = re * re + im * im
            spectrum[2 * bin + 1] = 0
        }
        fft.inverse()
        let zeroLag = input[0]
        guard zeroLag > 0 else {
            output.update(repeating: 0, count: lagCount)
            return
        }
        for lag in 0..<lagCount { output[lag] = input[lag] / (zeroLag * windowCorrelation[lag]) }
    }
}

/// The largest and smallest lane of a SIMD8 (the standard library's `SIMD.max()` / `min()` were not
/// inlined in the pitch loops and cost a call per frame each).
enum SIMDLanes {
    @inline(__always) static func largest(of lanes: SIMD8<Float>) -> Float {
        let half = lanes.lowHalf.replacing(with: lanes.highHalf, where: lanes.highHalf .> lanes.lowHalf)
        return max(max(half[0], half[1]), max(half[2], half[3]))
    }

    @inline(__always) static func smallest(of lanes: SIMD8<Float>) -> Float {
        let half = lanes.lowHalf.replacing(with: lanes.highHalf, where: lanes.highHalf .< lanes.lowHalf)
        return min(min(half[0], half[1]), min(half[2], half[3]))
    }
}
