import UndertoneCore
import UndertoneDSP

/// One lane's high-pass on the channel's samples (`InputHighPassSettings`): its own filter state and
/// buffer, so the two lanes of a `ChannelAnalyzer` filter the same block at once on different threads.
final class LaneInputFilter {
    private var filter: HighPassFilter
    private let buffer: UnsafeMutableBufferPointer<Float>

    /// `capacitySamples`: the longest block `filtered` will be given.
    init(sampleRateHz: Int, settings: InputHighPassSettings, capacitySamples: Int) {
        filter = HighPassFilter(sampleRateHz: sampleRateHz, cutoffHz: settings.cutoffHz, order: settings.order)
        buffer = .allocate(capacity: capacitySamples)
    }

    deinit { buffer.deallocate() }

    /// The next block of the stream, filtered; valid until the next call.
    func filtered(_ samples: UnsafeBufferPointer<Float>) -> UnsafeBufferPointer<Float> {
        let block = UnsafeMutableBufferPointer(rebasing: buffer[0..<samples.count])
        _ = block.initialize(from: samples)
        filter.filter(block)
        return UnsafeBufferPointer(block)
    }
}
