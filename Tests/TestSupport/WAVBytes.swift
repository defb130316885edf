import Foundation

/// Builds RIFF/WAVE files byte by byte, so tests can make the broken files real users send:
/// truncated data, lying headers, unknown encodings, NaN samples.
public struct WAVBytes {
    public var formatTag: UInt16 = 1
    public var channelCount: UInt16 = 1
    public var sampleRateHz: UInt32 = 8000
    public var bitsPerSample: UInt16 = 16
    public var data: [UInt8] = []
    /// The data chunk size written in the header; nil writes the true size.
    public var declaredDataBytes: UInt32?

    public init() {}

    public static func pcm16(_ samples: [Int16], sampleRateHz: UInt32 = 8000) -> WAVBytes {
        var wav = WAVBytes()
        wav.sampleRateHz = sampleRateHz
        wav.data = samples.flatMap { withUnsafeBytes(of: $0.littleEndian, Array.init) }
        return wav
    }

    public static func float32(_ samples: [Float], sampleRateHz: UInt32 = 8000) -> WAVBytes {
        var wav = WAVBytes()
        wav.formatTag = 3
        wav.bitsPerSample = 32
        wav.sampleRateHz = sampleRateHz
        wav.data = samples.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) }
        return wav
    }

    public var bytes: [UInt8] {
        let blockAlign = UInt16(Int(channelCount) * Int(bitsPerSample) / 8)
        var format: [UInt8] = []
        append(formatTag, to: &format)
        append(channelCount, to: &format)
        append(sampleRateHz, to: &format)
        append(sampleRateHz * UInt32(blockAlign), to: &format)
        append(blockAlign, to: &format)
        append(bitsPerSample, to: &format)
        if formatTag != 1 { append(UInt16(0), to: &format) } // cbSize
        var body = Array("WAVE".utf8) + Array("fmt ".utf8)
        append(UInt32(format.count), to: &body)
        body += format + Array("data".utf8)
        append(declaredDataBytes ?? UInt32(data.count), to: &body)
        body += data
        var file = Array("RIFF".utf8)
        append(UInt32(body.count), to: &file)
        return file + body
    }

    public func write(to url: URL) throws {
        try Data(bytes).write(to: url)
    }

    private func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}
