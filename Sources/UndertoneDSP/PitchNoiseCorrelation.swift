import Foundation

/// The normalised autocorrelation of the background noise, lag by lag, averaged over the frames that
/// the tracker takes for noise. Our rule, in the spirit of spectral subtraction (Boll 1979) done on the
/// autocorrelation: a frame of periodic power S in noise of power N has r(τ) ≈ (S·r_s(τ) + N·r_n(τ)) / (S + N),
/// so with q = N / (S + N) the periodic part is r_s(τ) ≈ (r(τ) − q·r_n(τ)) / (1 − q). White noise has
/// r_n(τ) ≈ 0 in the lag range and needs only the division; coloured noise (speech-shaped) has an
/// r_n(τ) of ±0.1 at pitch lags, which otherwise tilts the choice between a candidate and its octave.
/// One buffer allocated at `init`; `update` does not allocate.
public final class PitchNoiseCorrelation {
    /// r_n(τ) for τ in 0..<count; 0 until the first update.
    public let values: UnsafeMutablePointer<Float>
    public let count: Int
    /// Weight of each new noise frame in the running average (exponential, over about 1 / weight frames).
    private let updateWeight: Float

    public init(lags: Int, updateWeight: Float) {
        count = lags
        self.updateWeight = updateWeight
        values = .allocate(capacity: lags)
        values.initialize(repeating: 0, count: lags)
    }

    deinit { values.deallocate() }

    /// Moves the average towards `correlation` (a noise frame's normalised autocorrelation, `count` lags).
    public func update(from correlation: UnsafePointer<Float>) {
        for lag in 0..<count { values[lag] += updateWeight * (correlation[lag] - values[lag]) }
    }
}
