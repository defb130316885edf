/// Sums over glottal cycles from which jitter and shimmer follow, additive over frames and seconds.
///
/// A cycle is the interval between two consecutive period marks in a voiced stretch; its amplitude is
/// the peak absolute sample in it. Praat's definitions (Praat manual, "Voice 2. Jitter", "Voice 3.
/// Shimmer"): jitter (local) = mean |T_i − T_{i−1}| / mean T; shimmer (local) = mean |A_i − A_{i−1}| /
/// mean A, differences taken between consecutive cycles of one voiced stretch only.
public struct CycleStatistics: Sendable, Equatable {
    /// Cycles, and the sums of their periods (seconds) and amplitudes (full scale = 1).
    public var cycleCount = 0
    public var periodSumSeconds = 0.0
    public var amplitudeSum = 0.0
    /// Pairs of consecutive cycles, and the sums of their absolute period and amplitude differences.
    public var pairCount = 0
    public var periodDifferenceSumSeconds = 0.0
    public var amplitudeDifferenceSum = 0.0

    public init() {}

    public static func += (total: inout CycleStatistics, other: CycleStatistics) {
        total.cycleCount += other.cycleCount
        total.periodSumSeconds += other.periodSumSeconds
        total.amplitudeSum += other.amplitudeSum
        total.pairCount += other.pairCount
        total.periodDifferenceSumSeconds += other.periodDifferenceSumSeconds
        total.amplitudeDifferenceSum += other.amplitudeDifferenceSum
    }

    /// Jitter (local), a fraction (Praat prints it ×100 as %); nil without a pair of cycles.
    public var jitterLocal: Double? {
        guard pairCount > 0, periodSumSeconds > 0 else { return nil }
        return (periodDifferenceSumSeconds / Double(pairCount)) / (periodSumSeconds / Double(cycleCount))
    }

    /// Shimmer (local), a fraction; nil without a pair of cycles.
    public var shimmerLocal: Double? {
        guard pairCount > 0, amplitudeSum > 0 else { return nil }
        return (amplitudeDifferenceSum / Double(pairCount)) / (amplitudeSum / Double(cycleCount))
    }
}
