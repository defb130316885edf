import UndertoneCore
import UndertoneDSP

/// A channel's high-pass on its samples before analysis (`InputHighPassSettings`): each block is
/// filtered once, into a buffer of its own, which the lanes that read filtered samples then share.
final class ChannelInputFilter {
    private var filter: HighPassFilter
    private let buffer: UnsafeMutableBufferPointer<Float>
    /// The block last filtered; valid until the next `filter` call.
    private(set) var block: UnsafeBufferPointer<Float>

    /// `capacitySamples`: the longest block `filter` will be given.
    init(sampleRateHz: Int, settings: InputHighPassSettings, capacitySamples: Int) {
        filter = HighPassFilter(sampleRateHz: sampleRateHz, cutoffHz: settings.cutoffHz, order: settings.order)
        buffer = .allocate(capacity: capacitySamples)
        block = UnsafeBufferPointer(start: buffer.baseAddress, count: 0)
    }

    deinit { buffer.deallocate() }

    /// Filters the next block of the stream into `block`.
    func filter(_ samples: UnsafeBufferPointer<Float>) {
        let output = UnsafeMutableBufferPointer(rebasing: buffer[0..<samples.count])
        _ = output.initialize(from: samples)
        filter.filter(output)
        block = UnsafeBufferPointer(output)
    }
}
