/// The least-squares slope of a score over the seconds that had evidence among the last `windowSeconds`
/// seconds of the call (clock seconds), in score units per 10 s: how fast the customer's state is moving.
public struct TrendWindow: Sendable {
    public let windowSeconds: Int
    private var points: [(time: Double, value: Double)] = []

    public init(windowSeconds: Int) { self.windowSeconds = windowSeconds }

    public mutating func add(timeSeconds: Int, value: Double) {
        points.append((Double(timeSeconds), value))
        points.removeAll { $0.time <= Double(timeSeconds - windowSeconds) }
    }

    /// Slope per 10 s; nil with fewer than a third of the window's seconds covered.
    public var slopePer10Seconds: Double? {
        guard points.count >= max(3, windowSeconds / 3) else { return nil }
        let count = Double(points.count)
        let meanTime = points.reduce(0) { $0 + $1.time } / count
        let meanValue = points.reduce(0) { $0 + $1.value } / count
        var covariance = 0.0, variance = 0.0
        for point in points {
            covariance += (point.time - meanTime) * (point.value - meanValue)
            variance += (point.time - meanTime) * (point.time - meanTime)
        }
        return variance > 0 ? 10 * covariance / variance : nil
    }
}
