import UndertoneCore

/// Sample encodings of headerless audio: what telephony sends (G.711) and what pipes carry (s16le).
public enum RawEncoding: String, Sendable, CaseIterable {
    /// Signed 16-bit little-endian PCM.
    case s16le
    /// G.711 µ-law, one byte per sample.
    case mulaw
    /// G.711 A-law, one byte per sample.
    case alaw

    public var bytesPerSample: Int { self == .s16le ? 2 : 1 }

    /// Decodes `count` samples from `bytes` into `output`, scaled to [-1, 1).
    func decode(_ bytes: UnsafeRawBufferPointer, count: Int, into output: UnsafeMutableBufferPointer<Float>) {
        let scale: Float = 1.0 / 32768
        switch self {
        case .s16le:
            for index in 0..<count {
                let value = Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: 2 * index, as: Int16.self))
                output[index] = Float(value) * scale
            }
        case .mulaw:
            G711.muLawToLinear.withUnsafeBufferPointer { table in
                for index in 0..<count { output[index] = Float(table[Int(bytes[index])]) * scale }
            }
        case .alaw:
            G711.aLawToLinear.withUnsafeBufferPointer { table in
                for index in 0..<count { output[index] = Float(table[Int(bytes[index])]) * scale }
            }
        }
    }
}
