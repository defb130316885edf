import UndertoneAudio
import UndertoneCore

/// Drives a `CallAnalyzer` from an `AudioSource` to its end, block by block.
public enum SourceRunner {
    /// Frames read per block: two seconds of audio, and at least 4096 frames. Long enough for
    /// `LaneScheduler` to run a call's lanes in parallel (it keeps blocks under 0.1 s serial) and to
    /// hand over to its threads rarely: on a 10-minute 8 kHz file, 2 s blocks ran `undertone syllables`
    /// and `undertone pitch` 7–20 % faster by wall than 0.5 s blocks (medians of 21 interleaved runs).
    /// Fewer when the block would hold more than `maximumBlockSamples` (a header that declares 64 channels
    /// at 768 kHz would otherwise ask for 393 MB at once).
    public static func blockFrames(sampleRateHz: Int, channelCount: Int) -> Int {
        max(1, min(max(4096, sampleRateHz * 2), maximumBlockSamples / max(1, channelCount)))
    }

    /// 4 MiB of float samples: two seconds of stereo at 192 kHz fit, and a call at 8 kHz is never cut.
    public static let maximumBlockSamples = 1 << 20

    /// Reads `source` to its end through `analyzer`. `progress` is called after each block with the
    /// frames read so far (at the source rate).
    public static func run(_ source: AudioSource, through analyzer: CallAnalyzer,
                           progress: ((Int) -> Void)? = nil) throws {
        let blockFrames = Self.blockFrames(sampleRateHz: source.format.sampleRateHz, channelCount: source.format.channelCount)
        var buffer = [Float](repeating: 0, count: blockFrames * source.format.channelCount)
        var framesRead = 0
        while true {
            let frames = try buffer.withUnsafeMutableBufferPointer { try source.read(into: $0) }
            if frames == 0 { break }
            framesRead += frames
            try buffer.withUnsafeBufferPointer {
                try analyzer.push(interleaved: UnsafeBufferPointer(rebasing: $0[0..<(frames * source.format.channelCount)]))
            }
            progress?(framesRead)
        }
        guard framesRead > 0 else {
            throw InputError(source: source.name, problem: "the stream is empty: no audio frames arrived")
        }
        // Shorter than one 10 ms hop, the resampled audio may hold no sample at all and nothing would be
        // reported, with success; a batch must see such a file as the broken input it is.
        let seconds = Double(framesRead) / Double(source.format.sampleRateHz)
        guard seconds >= AnalysisSettings.hopSeconds else {
            throw InputError(source: source.name, problem: String(
                format: "holds %d frame(s), %.2f ms of audio: too short to analyse (one 10 ms frame at least)", framesRead, seconds * 1000))
        }
        try analyzer.finish()
    }
}
