import CFFTW

/// A forward and inverse real FFT of one size, in single precision on FFTW (`fftwf_*`).
///
/// The type owns its `fftwf_alloc_*` buffers and both plans, made once at `init` (under
/// `FFTWPlanner`'s lock, with `FFTW_ESTIMATE` so the same input gives bit-identical output in every
/// process) and freed in `deinit`. Use: write `size` samples into `input`, call `forward()`, read
/// `size / 2 + 1` complex bins from `spectrum` (unnormalised, FFTW's sign convention e^{-2πijk/n}).
/// `inverse()` maps `spectrum` back into `input`, scaled by `size`, and overwrites `spectrum`.
/// Not thread-safe: one instance per stream.
public final class RealFFT {
    public let size: Int
    /// `size` real samples: the forward transform's input, the inverse transform's output.
    public let input: UnsafeMutableBufferPointer<Float>
    /// `size / 2 + 1` complex bins, interleaved (re, im).
    public let spectrum: UnsafeMutableBufferPointer<Float>

    private let forwardPlan: fftwf_plan
    private let inversePlan: fftwf_plan

    public init(size: Int) {
        precondition(size >= 2, "FFT size must be at least 2")
        self.size = size
        let bins = size / 2 + 1
        let (inputBase, spectrumBase, forward, inverse) = FFTWPlanner.withLock {
            () -> (UnsafeMutablePointer<Float>, UnsafeMutablePointer<fftwf_complex>, fftwf_plan, fftwf_plan) in
            guard let inputBase = fftwf_alloc_real(size), let spectrumBase = fftwf_alloc_complex(bins) else {
                fatalError("fftwf_alloc failed for size \(size)")
            }
            let flags = UInt32(FFTW_ESTIMATE)
            guard let forward = fftwf_plan_dft_r2c_1d(Int32(size), inputBase, spectrumBase, flags),
                  let inverse = fftwf_plan_dft_c2r_1d(Int32(size), spectrumBase, inputBase, flags) else {
                fatalError("FFTW could not plan a transform of size \(size)")
            }
            return (inputBase, spectrumBase, forward, inverse)
        }
        input = UnsafeMutableBufferPointer(start: inputBase, count: size)
        input.initialize(repeating: 0)
        let spectrumFloats = UnsafeMutableRawPointer(spectrumBase).bindMemory(to: Float.self, capacity: 2 * bins)
        spectrum = UnsafeMutableBufferPointer(start: spectrumFloats, count: 2 * bins)
        spectrum.initialize(repeating: 0)
        forwardPlan = forward
        inversePlan = inverse
    }

    deinit {
        FFTWPlanner.withLock {
            fftwf_destroy_plan(forwardPlan)
            fftwf_destroy_plan(inversePlan)
            fftwf_free(input.baseAddress)
            fftwf_free(spectrum.baseAddress)
        }
    }

    /// `spectrum ← DFT(input)`.
    public func forward() { fftwf_execute(forwardPlan) }

    /// `input ← size · IDFT(spectrum)`; destroys `spectrum`.
    public func inverse() { fftwf_execute(inversePlan) }

    /// The smallest size ≥ `minimum` whose only prime factors are 2, 3 and 5 (fast for FFTW).
    public static func fastSize(atLeast minimum: Int) -> Int {
        var candidate = max(minimum, 2)
        while true {
            var rest = candidate
            for factor in [2, 3, 5] { while rest % factor == 0 { rest /= factor } }
            if rest == 1 { return candidate }
            candidate += 1
        }
    }
}
