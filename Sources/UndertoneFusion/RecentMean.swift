/// The mean of the last `capacity` values pushed, in a ring allocated once (no allocation per push).
///
/// Fusion uses it for *strain*: the mean arousal over a speaker's last few voiced seconds, which the
/// masked flag thresholds instead of one second's arousal (see `EmotionEstimator`).
public struct RecentMean: Sendable {
    private var ring: [Double]
    private var next = 0
    private var count = 0
    private var sum = 0.0

    /// - Parameter capacity: how many of the latest values the mean covers (at least 1).
    public init(capacity: Int) {
        ring = Array(repeating: 0, count: max(1, capacity))
    }

    /// Adds a value, dropping the oldest when full, and returns the mean of the values held.
    @discardableResult
    public mutating func push(_ value: Double) -> Double {
        if count == ring.count { sum -= ring[next] } else { count += 1 }
        ring[next] = value
        sum += value
        next = (next + 1) % ring.count
        return sum / Double(count)
    }
}
