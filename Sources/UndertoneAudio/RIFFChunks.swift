import Foundation

/// Walks the chunks of a RIFF/WAVE file by their 8-byte headers (Microsoft RIFF specification, 1991: a
/// four-character id, a little-endian size, a pad byte after an odd size), to find bytes after the
/// chunks that are no chunk: audio beyond a `data` chunk whose header declares too few bytes.
enum RIFFChunks {
    /// A little-endian 32-bit value from four bytes.
    static func uint32<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        bytes.prefix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// Known trailers that are no chunk: an ID3v2 or ID3v1 tag appended by a tagger.
    private static let trailerPrefixes: [[UInt8]] = [Array("ID3".utf8), Array("TAG".utf8)]
    /// Zeros up to this many bytes at the end are padding, not audio.
    private static let paddingBytes = 4096

    /// Where bytes that are no chunk begin and how many there are, or nil when the file is no RIFF/WAVE,
    /// every byte after the header belongs to a chunk, a chunk runs past the end (a truncated file, which
    /// libsndfile reports), or what follows the chunks is a known trailer or short zero padding.
    static func strayBytes(path: String) -> (offset: Int, count: Int)? {
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
            guard chunk.count == 8, isChunkID(chunk[0..<4]) else { break }
            let size = uint32(chunk[4..<8])
            var next = offset + 8 + size
            // The pad byte after an odd size is often missing: take the next id where it is.
            if size % 2 == 1, isChunkID(read(4, at: next + 1)) || !isChunkID(read(4, at: next)) { next += 1 }
            guard next <= fileSize else { return nil }
            offset = next
        }
        let count = fileSize - offset
        guard count > 0 else { return nil }
        let head = read(min(count, paddingBytes), at: offset)
        if trailerPrefixes.contains(where: { head.starts(with: $0) }) { return nil }
        if count <= paddingBytes, head.allSatisfy({ $0 == 0 }) { return nil }
        return (offset, count)
    }

    /// Four printable ASCII characters, as chunk ids are ("data", "LIST", "fmt ").
    private static func isChunkID<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.count == 4 && bytes.allSatisfy { (0x20...0x7E).contains($0) }
    }
}
