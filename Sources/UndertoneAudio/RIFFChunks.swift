import Foundation

/// The chunk layout of a RIFF/WAVE file, walked by the chunks' 8-byte headers (Microsoft RIFF
/// specification, 1991: a four-character id, a little-endian size, a pad byte after an odd size), for
/// what libsndfile does not report: the `fmt ` chunk's encoding when it refuses a file, a `data` chunk
/// that does not end on a whole frame, and bytes after the chunks that are no chunk (audio beyond a
/// `data` chunk whose header declares too few bytes).
struct RIFFChunks {
    /// The `fmt ` chunk's `wFormatTag` (1 PCM, 3 IEEE float, 6 A-law, 7 µ-law, 0xFFFE extensible, ...).
    private(set) var formatTag: UInt16?
    /// The `fmt ` chunk's `nBlockAlign`: bytes per frame for PCM, float and G.711.
    private(set) var blockAlignBytes: Int?
    /// The size the `data` chunk declares, in bytes.
    private(set) var dataBytes: Int?
    /// Where bytes that are no chunk begin and how many there are; nil when every byte after the header
    /// belongs to a chunk, a chunk runs past the end (a truncated file, which libsndfile reports), or what
    /// follows the chunks is a known trailer or short zero padding.
    private(set) var strayBytes: (offset: Int, count: Int)?

    /// PCM, IEEE float, A-law, µ-law and WAVE_FORMAT_EXTENSIBLE: when one of these fails to open, the
    /// header is at fault, not the encoding; and their frames are `nBlockAlign` bytes each.
    static let basicFormatTags: Set<UInt16> = [0x0001, 0x0003, 0x0006, 0x0007, 0xFFFE]
    /// Known trailers that are no chunk: an ID3v2 or ID3v1 tag appended by a tagger.
    private static let trailerPrefixes: [[UInt8]] = [Array("ID3".utf8), Array("TAG".utf8)]
    /// Zeros up to this many bytes at the end are padding, not audio.
    private static let paddingBytes = 4096

    /// Walks the file at `path`; nil when it cannot be read or is no RIFF/WAVE file.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        func read(_ count: Int, at offset: Int) -> [UInt8] {
            guard (try? handle.seek(toOffset: UInt64(offset))) != nil, let data = try? handle.read(upToCount: count) else { return [] }
            return [UInt8](data)
        }
        guard let end = try? handle.seekToEnd(), case let fileSize = Int(end) else { return nil }
        let header = read(12, at: 0)
        guard header.count == 12, header[0..<4].elementsEqual("RIFF".utf8), header[8..<12].elementsEqual("WAVE".utf8) else { return nil }
        var offset = 12
        while offset + 8 <= fileSize {
            let chunk = read(8, at: offset)
            guard chunk.count == 8, Self.isChunkID(chunk[0..<4]) else { break }
            let size = Self.uint32(chunk[4..<8])
            if chunk[0..<4].elementsEqual("fmt ".utf8) {
                let body = read(14, at: offset + 8)
                if body.count >= 2 { formatTag = UInt16(body[0]) | UInt16(body[1]) << 8 }
                if body.count == 14 { blockAlignBytes = Int(body[12]) | Int(body[13]) << 8 }
            } else if chunk[0..<4].elementsEqual("data".utf8) {
                dataBytes = size
            }
            var next = offset + 8 + size
            // The pad byte after an odd size is often missing: take the next id where it is.
            if size % 2 == 1, Self.isChunkID(read(4, at: next + 1)) || !Self.isChunkID(read(4, at: next)) { next += 1 }
            guard next <= fileSize else { return }
            offset = next
        }
        let count = fileSize - offset
        guard count > 0 else { return }
        let head = read(min(count, Self.paddingBytes), at: offset)
        if Self.trailerPrefixes.contains(where: { head.starts(with: $0) }) { return }
        if count <= Self.paddingBytes, head.allSatisfy({ $0 == 0 }) { return }
        strayBytes = (offset, count)
    }

    /// The bytes at the end of the `data` chunk that make no whole frame, for encodings whose frame is
    /// `nBlockAlign` bytes (libsndfile drops them); nil when the chunk ends on a frame or its frames are
    /// codec blocks (ADPCM and others, whose last block may be short).
    var partialFrameBytes: Int? {
        guard let formatTag, Self.basicFormatTags.contains(formatTag), let blockAlignBytes, blockAlignBytes > 0,
              let dataBytes, dataBytes % blockAlignBytes != 0 else { return nil }
        return dataBytes % blockAlignBytes
    }

    /// A little-endian 32-bit value from four bytes.
    private static func uint32<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        bytes.prefix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// Four printable ASCII characters, as chunk ids are ("data", "LIST", "fmt ").
    private static func isChunkID<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.count == 4 && bytes.allSatisfy { (0x20...0x7E).contains($0) }
    }
}
