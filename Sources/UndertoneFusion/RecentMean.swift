/// The mean of the last `capacity` values pushed, in a ring allocated once (no allocation per push).
/// The mean is summed afresh on each push (capacity is small), so it carries no rounding drift.
///
/// Fusion uses it for *strain*: the mean arousal over a speaker's last few voiced seconds, which the
/// masked flag thresholds instead of one second's arousal (see `EmotionEstimator`).
public struct RecentMean: Sendable {
    private var ring: [Double]
    private var next = 0
    private var count = 0

    /// - Parameter capacity: how many of the latest values the mean covers (at least 1).
    public init(capacity: Int) {
        ring = Array(repeating: 0, count: max(1, capacity))
    }

    /// Adds a value, dropping the oldest when full, and returns the mean of the values held.
    @discardableResult
    public mutating func push(_ value: Double) -> Double {
        count = min(count + 1, ring.count)
        ring[next] = value
        next = (next + 1) % ring.count
        var sum = 0.0
        for index in 0..<count { sum += ring[index] }
        return sum / Double(count)
    }

    /// Forgets every value.
    public mutating func clear() {
        count = 0
        next = 0
    }
}
