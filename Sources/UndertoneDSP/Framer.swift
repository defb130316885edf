/// Cuts a stream of samples into overlapping analysis windows, one per hop, each centred on its hop.
///
/// Window `k` covers samples `[k·hop − window/2, k·hop + window/2)` of the stream; samples before the
/// start and after the end of the stream are zeros. A stream of `n` samples yields `⌈n / hop⌉` windows.
/// The declared latency is `window/2` samples: window `k` is emitted once sample `k·hop + window/2 − 1`
/// has been pushed. Output is identical however the input is split into pushes.
/// All memory is allocated at `init`; pushing never allocates.
public final class Framer {
    public let hopSamples: Int
    public let windowSamples: Int
    /// Samples of delay between a sample arriving and the last window that needs it being emitted.
    public var latencySamples: Int { windowSamples / 2 }

    private var buffer: [Float]
    /// Samples in `buffer` (a prefix of it).
    private var filled: Int
    /// Offset in `buffer` of the next window's first sample.
    private var nextWindowStart = 0
    /// Index of the next window to emit.
    public private(set) var nextWindowIndex = 0
    /// Real (not padding) samples pushed so far.
    public private(set) var samplesPushed = 0
    private var finished = false

    public init(hopSamples: Int, windowSamples: Int) {
        precondition(hopSamples > 0 && windowSamples >= hopSamples && windowSamples % 2 == 0,
                     "window must be even and at least one hop")
        self.hopSamples = hopSamples
        self.windowSamples = windowSamples
        buffer = [Float](repeating: 0, count: 2 * windowSamples + hopSamples)
        filled = windowSamples / 2 // the zeros before the stream's start
    }

    /// Appends samples and calls `body(k, window)` for every window completed by them, in order.
    /// The window buffer is only valid during the call.
    public func push(_ samples: UnsafeBufferPointer<Float>, _ body: (Int, UnsafeBufferPointer<Float>) -> Void) {
        precondition(!finished, "push after flush")
        samplesPushed += samples.count
        append(samples, body)
    }

    /// Ends the stream: pads with zeros and emits the remaining windows (up to `⌈n / hop⌉` in all).
    public func flush(_ body: (Int, UnsafeBufferPointer<Float>) -> Void) {
        guard !finished else { return }
        finished = true
        let totalWindows = (samplesPushed + hopSamples - 1) / hopSamples
        let zeros = [Float](repeating: 0, count: hopSamples)
        zeros.withUnsafeBufferPointer { padding in
            while nextWindowIndex < totalWindows { append(padding, body, limit: totalWindows) }
        }
    }

    private func append(_ samples: UnsafeBufferPointer<Float>, _ body: (Int, UnsafeBufferPointer<Float>) -> Void,
                        limit: Int = .max) {
        var consumed = 0
        while consumed < samples.count {
            let count = min(samples.count - consumed, buffer.count - filled)
            buffer.withUnsafeMutableBufferPointer { storage in
                _ = UnsafeMutableBufferPointer(rebasing: storage[filled..<(filled + count)])
                    .initialize(from: samples[consumed..<(consumed + count)])
            }
            filled += count
            consumed += count
            emitReadyWindows(body, limit: limit)
            compact()
        }
    }

    private func emitReadyWindows(_ body: (Int, UnsafeBufferPointer<Float>) -> Void, limit: Int) {
        buffer.withUnsafeBufferPointer { storage in
            while nextWindowStart + windowSamples <= filled, nextWindowIndex < limit {
                body(nextWindowIndex, UnsafeBufferPointer(rebasing: storage[nextWindowStart..<(nextWindowStart + windowSamples)]))
                nextWindowIndex += 1
                nextWindowStart += hopSamples
            }
        }
    }

    /// Moves the samples still needed to the front of the buffer.
    private func compact() {
        guard nextWindowStart > 0, filled > buffer.count - hopSamples || nextWindowStart >= windowSamples else { return }
        let keep = filled - nextWindowStart
        buffer.withUnsafeMutableBufferPointer { storage in
            guard let base = storage.baseAddress else { return }
            base.update(from: base + nextWindowStart, count: keep)
        }
        filled = keep
        nextWindowStart = 0
    }
}
