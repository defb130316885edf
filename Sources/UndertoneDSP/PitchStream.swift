import UndertoneCore

/// A `PitchTracker` behind its own `Framer`: push samples at the analysis rate, get `PitchFrame`s in order.
///
/// Frame `k` is centred on sample `k · hopSamples`. Latency: half a window plus `lookaheadFrames` hops.
/// Output does not depend on how the input is split into pushes. `ChannelAnalyzer` shares one framer
/// between stages instead; this type is for pitch alone (tests, `undertone pitch`-like uses of the library).
public final class PitchStream {
    private let framer: Framer
    public let tracker: PitchTracker

    public init(sampleRateHz: Int, hopSamples: Int, settings: PitchSettings) {
        tracker = PitchTracker(sampleRateHz: sampleRateHz, hopSamples: hopSamples, settings: settings)
        framer = Framer(hopSamples: hopSamples, windowSamples: tracker.windowSamples)
    }

    public var latencySamples: Int { framer.latencySamples + tracker.lookaheadFrames * framer.hopSamples }

    public func push(_ samples: UnsafeBufferPointer<Float>, _ body: (PitchFrame) -> Void) {
        framer.push(samples) { _, window in tracker.analyse(window: window, body) }
    }

    /// Ends the stream: the framer's last windows, then the frames held back by the look-ahead.
    public func flush(_ body: (PitchFrame) -> Void) {
        framer.flush { _, window in tracker.analyse(window: window, body) }
        tracker.flush(body)
    }
}
