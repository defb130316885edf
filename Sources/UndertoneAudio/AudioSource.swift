import Foundation
import UndertoneCore

/// The shape of a decoded stream: rate, channels and a human-readable description of the encoding.
public struct StreamFormat: Sendable, Equatable {
    public var sampleRateHz: Int
    public var channelCount: Int
    /// e.g. "WAV PCM 16-bit", "raw µ-law".
    public var encoding: String
    /// Frames (samples per channel) the container declares, when it declares any.
    public var declaredFrames: Int?

    public init(sampleRateHz: Int, channelCount: Int, encoding: String, declaredFrames: Int? = nil) {
        self.sampleRateHz = sampleRateHz
        self.channelCount = channelCount
        self.encoding = encoding
        self.declaredFrames = declaredFrames
    }

    /// Length the container declares, in seconds; nil for streams that declare none.
    public var durationSeconds: Double? { declaredFrames.map { Double($0) / Double(sampleRateHz) } }

    public static let sampleRateRangeHz = 1000...768_000
    public static let maxChannelCount = 64

    /// Checks rate and channel count against what any real recording has.
    func validate(source: String) throws {
        guard Self.sampleRateRangeHz.contains(sampleRateHz) else {
            throw InputError(source: source, problem: "sample rate \(sampleRateHz) Hz is outside \(Self.sampleRateRangeHz.lowerBound)–\(Self.sampleRateRangeHz.upperBound) Hz (lying or corrupt header?)")
        }
        guard (1...Self.maxChannelCount).contains(channelCount) else {
            throw InputError(source: source, problem: "channel count \(channelCount) is outside 1–\(Self.maxChannelCount) (lying or corrupt header?)")
        }
    }
}

/// A decoder that yields interleaved float samples in [-1, 1], block by block, never holding the
/// whole input: memory does not grow with the length of the stream.
public protocol AudioSource: AnyObject {
    /// File path or `stdin`, for messages.
    var name: String { get }
    var format: StreamFormat { get }
    /// Reads up to `buffer.count / channelCount` frames of interleaved samples; returns the number of
    /// frames read, 0 at the end of the stream.
    /// - Throws: `InputError` for invalid data (truncation, NaN samples, broken encoding).
    func read(into buffer: UnsafeMutableBufferPointer<Float>) throws -> Int
}

extension AudioSource {
    /// Time position of a frame index, for messages: "at 12.340 s".
    func position(ofFrame frame: Int) -> String {
        let seconds = Double(frame) / Double(format.sampleRateHz)
        return "at \(String(format: "%.3f", seconds)) s"
    }
}
