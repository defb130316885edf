import UndertoneCore
import UndertoneDSP

/// The DSP stages of one channel at the analysis rate: framer → intensity → voice activity.
///
/// Push samples, then `drainFrames` the frames they completed; `flush()` at the end of the stream.
/// Latency: half the longest stage window (`latencySamples`). No allocation per hop: the pending-frame
/// list keeps its capacity between drains.
public final class ChannelAnalyzer {
    public let role: ChannelRole
    private let framer: Framer
    private let intensity: IntensityMeter
    private var voiceActivity = VoiceActivityDetector()
    private var pending: [FrameFeatures] = []

    public init(role: ChannelRole, settings: AnalysisSettings) {
        self.role = role
        intensity = IntensityMeter(sampleRateHz: settings.sampleRateHz)
        framer = Framer(hopSamples: settings.hopSamples, windowSamples: intensity.windowSamples)
        pending.reserveCapacity(64)
    }

    public var latencySamples: Int { framer.latencySamples }

    public func push(_ samples: UnsafeBufferPointer<Float>) {
        framer.push(samples, analyse)
    }

    public func flush() {
        framer.flush(analyse)
    }

    /// Hands over the frames finished since the last call, in order.
    public func drainFrames(_ body: (FrameFeatures) throws -> Void) rethrows {
        defer { pending.removeAll(keepingCapacity: true) }
        for frame in pending { try body(frame) }
    }

    private func analyse(index: Int, window: UnsafeBufferPointer<Float>) {
        let level = intensity.intensityDB(of: window)
        pending.append(FrameFeatures(index: index, intensityDB: level,
                                     isSpeech: voiceActivity.isSpeech(intensityDB: level)))
    }
}
