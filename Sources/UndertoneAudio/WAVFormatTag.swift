import Foundation

/// Reads the format tag of a RIFF/WAVE file's `fmt ` chunk (Microsoft RIFF specification, 1991), so
/// that a WAV libsndfile refuses can be reported as "encoding 0x0161 is not supported" rather than a
/// generic parse failure.
enum WAVFormatTag {
    /// PCM, IEEE float, A-law, µ-law and WAVE_FORMAT_EXTENSIBLE: when one of these fails to open, the
    /// header is at fault, not the encoding.
    static let basic: Set<UInt16> = [0x0001, 0x0003, 0x0006, 0x0007, 0xFFFE]

    /// The `wFormatTag` of the file at `path`, or nil when it is not a RIFF/WAVE file with a `fmt ` chunk
    /// in its first 64 KiB.
    static func read(path: String) -> UInt16? {
        guard let handle = FileHandle(forReadingAtPath: path),
              let head = try? handle.read(upToCount: 1 << 16) else { return nil }
        try? handle.close()
        let bytes = [UInt8](head)
        guard bytes.count >= 12, bytes[0..<4] == [0x52, 0x49, 0x46, 0x46], bytes[8..<12] == [0x57, 0x41, 0x56, 0x45] else {
            return nil
        }
        var offset = 12
        while offset + 8 <= bytes.count {
            let size = RIFFChunks.uint32(bytes[(offset + 4)...])
            if bytes[offset..<(offset + 4)] == [0x66, 0x6D, 0x74, 0x20] {
                guard offset + 10 <= bytes.count else { return nil }
                return UInt16(bytes[offset + 8]) | UInt16(bytes[offset + 9]) << 8
            }
            offset += 8 + size + size % 2
        }
        return nil
    }
}
