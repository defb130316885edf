import UndertoneCore

/// Glottal-cycle marks in voiced frames, and the per-frame cycle statistics jitter and shimmer come from.
///
/// Marks are waveform maxima one period apart, found the way Praat's `Sound & Pitch: To PointProcess
/// (peaks)` does: the first at the highest sample in the first period of a voiced stretch, each next one
/// at the highest sample between 0.8 and 1.25 periods (from the frame's F0) after the previous, refined
/// to a fraction of a sample by a parabola through the three samples around it. A cycle's period is the
/// distance between consecutive marks; its amplitude the height of the peak that closes it (as Praat's
/// shimmer takes the peak amplitude of each period). An unvoiced frame
/// ends the stretch. Statistics follow Praat's definitions (see `CycleStatistics`).
///
/// Feed it every frame's central hop of samples (`store`) as frames are analysed, and each frame's F0 as it
/// is decided (`cycles`), at most `delayFrames` frames later. The sample ring (a power of two long, so
/// a position maps to its slot by a mask, negative positions included) is allocated at `init`.
public final class CycleMarker {
    public let sampleRateHz: Int
    public let hopSamples: Int
    private let ring: UnsafeMutablePointer<Float>
    private let ringMask: Int
    /// Absolute sample positions held end here (exclusive).
    private var ringEnd = 0
    /// Absolute position of the last mark (sub-sample), nil outside voiced stretches.
    private var lastMark: Double?
    private var lastCycle: (period: Double, amplitude: Double)?

    /// - Parameter delayFrames: how many frames the F0 decisions lag behind `store`, at most.
    public init(sampleRateHz: Int, hopSamples: Int, floorHz: Double, delayFrames: Int) {
        self.sampleRateHz = sampleRateHz
        self.hopSamples = hopSamples
        let longestPeriod = Int(Double(sampleRateHz) / floorHz) + 2
        var size = 1
        while size < (delayFrames + 3) * hopSamples + 3 * longestPeriod { size *= 2 }
        ring = .allocate(capacity: size)
        ring.initialize(repeating: 0, count: size)
        ringMask = size - 1
    }

    deinit { ring.deallocate() }

    /// Stores frame `index`'s central hop: samples [index·hop − hop/2, index·hop + hop/2) of the stream,
    /// taken from its analysis window (centred on index·hop). Frames must come in order.
    public func store(index: Int, window: UnsafeBufferPointer<Float>) {
        let start = index * hopSamples - hopSamples / 2
        let offset = window.count / 2 - hopSamples / 2
        let source = window.baseAddress! + offset
        for position in 0..<hopSamples { ring[(start + position) & ringMask] = source[position] }
        ringEnd = start + hopSamples
    }

    /// The statistics of the cycles that end in frame `index`, given its F0 (0 = unvoiced).
    public func cycles(index: Int, f0Hz: Float) -> CycleStatistics {
        var statistics = CycleStatistics()
        guard f0Hz > 0 else {
            lastMark = nil
            lastCycle = nil
            return statistics
        }
        let period = Double(sampleRateHz) / Double(f0Hz)
        let regionStart = index * hopSamples - hopSamples / 2
        let regionEnd = regionStart + hopSamples
        if lastMark == nil {
            lastMark = maximum(from: regionStart, to: regionStart + Int(period.rounded(.up))).position
        }
        while var mark = lastMark, mark + period < Double(regionEnd) {
            let low = Int((mark + 0.8 * period).rounded(.up)), high = Int((mark + 1.25 * period).rounded(.down))
            guard high < ringEnd - 1 else { break }
            let next = maximum(from: low, to: high + 1)
            let cycle = (period: (next.position - mark) / Double(sampleRateHz), amplitude: Double(next.value))
            statistics.cycleCount += 1
            statistics.periodSumSeconds += cycle.period
            statistics.amplitudeSum += cycle.amplitude
            if let previous = lastCycle {
                statistics.pairCount += 1
                statistics.periodDifferenceSumSeconds += abs(cycle.period - previous.period)
                statistics.amplitudeDifferenceSum += abs(cycle.amplitude - previous.amplitude)
            }
            lastCycle = cycle
            mark = next.position
            lastMark = mark
        }
        return statistics
    }

    private func sample(_ position: Int) -> Float { ring[position & ringMask] }

    /// The highest sample in [start, end), refined by parabolic interpolation.
    private func maximum(from start: Int, to end: Int) -> (position: Double, value: Float) {
        var best = start, bestValue = sample(start)
        for position in start..<max(end, start + 1) {
            let value = sample(position)
            if value > bestValue { best = position; bestValue = value }
        }
        let before = sample(best - 1), here = bestValue, after = sample(best + 1)
        let curvature = before - 2 * here + after
        let offset = curvature < 0 ? Double(0.5 * (before - after) / curvature) : 0
        return (Double(best) + max(-0.5, min(0.5, offset)), here)
    }
}
