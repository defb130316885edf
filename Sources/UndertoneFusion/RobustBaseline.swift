/// A speaker's typical value of one feature and its typical spread, robust to outliers.
///
/// Warm-up: the median and the MAD (scaled by 1.4826 to estimate a standard deviation for normal data;
/// Hampel 1974) of the first `warmupCount` observations. After that the baseline adapts slowly: each new
/// observation moves the location by `clamp(x − m, ±2s) / timeConstant` and the scale towards
/// `1.4826·|x − m|` by `1/timeConstant` (an exponentially weighted, Huber-clipped update), so one loud
/// minute shifts it by a fraction only. The caller decides which observations may update it (e.g. not
/// anomalous ones), so a rising anger does not become the new normal. With a `SpreadPrior`, z-scores
/// divide by the own scale pooled with the population spread (see `spread`).
public struct RobustBaseline: Sendable, Equatable {
    public let warmupCount: Int
    /// Observations it takes to move the baseline by 1 − 1/e of a sustained step (seconds of speech
    /// when fed once per voiced second).
    public let timeConstant: Double
    /// The smallest scale used for z-scores, in the feature's unit: below it differences are noise.
    public let minimumScale: Double
    /// The population spread the own scale is pooled with once ready; nil: the own scale alone.
    public let spreadPrior: SpreadPrior?

    public private(set) var location: Double
    public private(set) var scale: Double
    private var warmup: [Double] = []
    private var observationCount = 0

    /// - Parameter prior: population location and scale used until warm-up ends.
    public init(prior: (location: Double, scale: Double), warmupCount: Int, timeConstant: Double, minimumScale: Double,
                spreadPrior: SpreadPrior? = nil) {
        self.warmupCount = warmupCount
        self.timeConstant = timeConstant
        self.minimumScale = minimumScale
        self.spreadPrior = spreadPrior
        location = prior.location
        scale = max(prior.scale, minimumScale)
        warmup.reserveCapacity(warmupCount)
    }

    /// True once `warmupCount` observations have set the baseline.
    public var isReady: Bool { warmup.count >= warmupCount }

    /// Observations still needed before the baseline is the speaker's own.
    public var observationsToReady: Int { max(0, warmupCount - warmup.count) }

    /// The spread z-scores divide by, never below `minimumScale`: the population prior's while warming;
    /// once ready the own scale, pooled with `spreadPrior` when there is one. The own scale counts as
    /// many observations as it has seen, at most 2τ − 1 (the effective sample size of an exponentially
    /// weighted estimate with weight 1/τ).
    public var spread: Double {
        guard isReady, let spreadPrior else { return max(scale, minimumScale) }
        let observations = min(Double(observationCount), 2 * timeConstant - 1)
        return max(spreadPrior.pooled(own: scale, observations: observations), minimumScale)
    }

    /// Standard score of `value` against the current baseline.
    public func zScore(_ value: Double) -> Double { (value - location) / spread }

    public mutating func observe(_ value: Double) {
        guard value.isFinite else { return }
        observationCount += 1
        if !isReady {
            warmup.append(value)
            if isReady { setFromWarmup() }
            return
        }
        let limit = 2 * max(scale, minimumScale)
        location += min(max(value - location, -limit), limit) / timeConstant
        scale += (1.4826 * abs(value - location) - scale) / timeConstant
        scale = max(scale, minimumScale)
    }

    private mutating func setFromWarmup() {
        let median = Self.median(warmup)
        location = median
        scale = max(1.4826 * Self.median(warmup.map { abs($0 - median) }), minimumScale)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
