import UndertoneAudio
import UndertoneCore
import UndertoneDSP

/// One call, from decoded interleaved samples at the source rate to frames and per-second records.
///
/// The same object serves a file read in blocks and a live stream pushed as it arrives: resample to
/// the analysis rate, split the channels, run each analysed channel's `ChannelAnalyzer`, fold frames
/// into seconds, and pass both to the sink in time order. Output does not depend on how the input
/// is split into pushes.
public final class CallAnalyzer {
    public let settings: AnalysisSettings
    public let inputFormat: StreamFormat
    private let resampler: Resampler
    /// One per input channel; nil for channels mapped to `ignored`.
    private let channels: [ChannelAnalyzer?]
    /// The analysed channels, in order, and their aggregators.
    private let analysed: [ChannelAnalyzer]
    private var aggregators: [SecondAggregator]
    /// Seconds closed by the current frame position, one slot per analysed channel (no allocation per hop).
    private var closedSeconds: [SecondRecord?]
    /// Each analysed channel's samples of the current block (deinterleaved; unused for mono input).
    private var channelSamples: [[Float]]
    private let lanes: LaneScheduler
    private let sink: AnalysisSink
    /// `sink.wantsSeconds`, asked once.
    private let buildsSeconds: Bool
    private var finished = false

    /// - Parameter roles: one role per input channel (see `ChannelRole.parseMapping`).
    /// - Parameter threads: how many threads may analyse at once (the channels' lanes, `LaneScheduler`; with
    ///   two or more, a pitch lane shares its autocorrelations, `PitchTracker.BatchHelper`); the output does
    ///   not depend on it.
    /// - Throws: `UsageError` when the roles don't match the channel count or name no channel to analyse.
    public init(format: StreamFormat, roles: [ChannelRole], settings: AnalysisSettings, threads: Int = 1,
                sink: AnalysisSink) throws {
        guard roles.count == format.channelCount else {
            throw UsageError("--channels names \(roles.count) channel(s) but the input has \(format.channelCount)")
        }
        guard roles.contains(where: { $0 != .ignored }) else {
            throw UsageError("--channels ignores every channel; name at least one customer, agent or mixed")
        }
        self.settings = settings
        inputFormat = format
        self.sink = sink
        buildsSeconds = sink.wantsSeconds
        resampler = try Resampler(inputRateHz: format.sampleRateHz, outputRateHz: settings.sampleRateHz,
                                  channelCount: format.channelCount)
        // With no stage besides pitch the level lane has nothing to do, and a pitch lane uses a thread of
        // its own for part of its autocorrelations; with both lanes busy a third thread made `syllables`
        // 11 % slower by wall on two cores (medians of 11 alternated runs, 2026-11-25), so there the level
        // lane helps once it has finished its block (`ChannelAnalyzer.run(_:on:)`). (Helping the other
        // channels' pitch lanes too timed the same on stereo calls: their lanes balance already.)
        let pitchHelper: PitchTracker.BatchHelper = threads < 2 ? .none : settings.stages.isEmpty ? .ownThread : .caller
        channels = roles.map { $0 == .ignored ? nil : ChannelAnalyzer(role: $0, settings: settings, pitchHelper: pitchHelper) }
        analysed = channels.compactMap { $0 }
        aggregators = analysed.map { SecondAggregator(role: $0.role) }
        closedSeconds = Array(repeating: nil, count: analysed.count)
        channelSamples = Array(repeating: [], count: analysed.count)
        lanes = LaneScheduler(threads: max(1, threads), minimumParallelSamples: settings.sampleRateHz / 10)
    }

    /// Delay from a sample entering `push` to the last frame that needs it leaving, in seconds: the
    /// channel stages' (half a window, pitch and nucleus look-ahead) plus the resampler's filter delay,
    /// which libsoxr reports once audio flows (0 before the first push, and when no resampling is needed).
    public var latencySeconds: Double {
        resampler.delaySeconds + Double(analysed[0].latencySamples) / Double(settings.sampleRateHz)
    }

    /// Analyses a block of interleaved samples at the input rate (a whole number of frames). An error
    /// (the sink's) ends the call: neither `push` nor `finish` may follow it.
    public func push(interleaved samples: UnsafeBufferPointer<Float>) throws {
        precondition(!finished, "push after finish or after an error")
        precondition(samples.count % inputFormat.channelCount == 0, "partial frame pushed")
        do {
            try resampler.process(samples) { try analyse(resampled: $0) }
        } catch {
            finished = true
            throw error
        }
    }

    /// Ends the stream: drains the resampler and every stage, and emits the last frames and seconds.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        try resampler.process(UnsafeBufferPointer(start: nil, count: 0), isEnd: true) { try analyse(resampled: $0) }
        for channel in channels { channel?.flush() }
        try emitFrames()
        for index in aggregators.indices where buildsSeconds {
            if let record = aggregators[index].flush() { try sink.receive(second: record) }
        }
    }

    private func analyse(resampled: UnsafeBufferPointer<Float>) throws {
        let channelCount = inputFormat.channelCount
        let frames = resampled.count / channelCount
        guard frames > 0 else { return }
        if channelCount > 1 { deinterleave(resampled, frames: frames) }
        let step = analysed[0].stepSamples
        let laneCount = ChannelAnalyzer.Lane.allCases.count
        for start in stride(from: 0, to: frames, by: step) {
            let range = start..<min(frames, start + step)
            for channel in analysed.indices {
                withSamples(of: channel, range, in: resampled) { analysed[channel].prepare($0) }
            }
            lanes.run(taskCount: analysed.count * laneCount, samples: range.count) { task in
                // Lane-major: every channel's pitch lane, the longest tasks, before any level lane.
                let channel = task % analysed.count, lane = ChannelAnalyzer.Lane.allCases[task / analysed.count]
                withSamples(of: channel, range, in: resampled) { analysed[channel].run(lane, on: $0) }
            }
            for channel in analysed { channel.mergeLanes() }
            try emitFrames()
        }
    }

    /// Analysed channel `channel`'s samples in `range` of the block: the block itself when it is mono, the
    /// channel's deinterleaved copy otherwise.
    private func withSamples(of channel: Int, _ range: Range<Int>, in resampled: UnsafeBufferPointer<Float>,
                             _ body: (UnsafeBufferPointer<Float>) -> Void) {
        if inputFormat.channelCount == 1 {
            body(UnsafeBufferPointer(rebasing: resampled[range]))
        } else {
            channelSamples[channel].withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }

    /// Copies each analysed channel's samples out of the interleaved block.
    private func deinterleave(_ resampled: UnsafeBufferPointer<Float>, frames: Int) {
        let channelCount = inputFormat.channelCount
        var slot = 0
        for (channelIndex, channel) in channels.enumerated() where channel != nil {
            if channelSamples[slot].count < frames { channelSamples[slot] = [Float](repeating: 0, count: frames) }
            channelSamples[slot].withUnsafeMutableBufferPointer { samples in
                for frame in 0..<frames { samples[frame] = resampled[frame * channelCount + channelIndex] }
            }
            slot += 1
        }
    }

    /// Passes finished frames to the sink in (frame index, channel) order, and closed seconds after them.
    /// Every channel has received the same samples, so every channel has finished the same frames.
    private func emitFrames() throws {
        let frameCount = analysed[0].pendingCount
        for position in 0..<frameCount {
            for (channel, analyzer) in analysed.enumerated() {
                let frame = analyzer.pendingFrame(at: position)
                try sink.receive(frame: frame, role: analyzer.role)
                if buildsSeconds { closedSeconds[channel] = aggregators[channel].add(frame) }
            }
            for channel in closedSeconds.indices {
                if let record = closedSeconds[channel] { try sink.receive(second: record) }
            }
        }
        for analyzer in analysed { analyzer.discardPending() }
    }
}
