/// The 4-byte header that starts every MPEG-1/2/2.5 audio frame (ISO/IEC 11172-3 §2.4.2.3,
/// ISO/IEC 13818-3, and the unofficial MPEG 2.5 extension): 11 sync bits, version, layer, bitrate and
/// sample-rate indexes, padding. An MP3 without an ID3 tag starts with one; two in a row, the second
/// where the first frame's length puts it, tell MP3 from headerless PCM whose first bytes merely look
/// like a sync word (s16le −1 is `FF FF`).
struct MPEGFrameHeader {
    /// Bytes the frame occupies, header included.
    let frameBytes: Int
    /// The fields a later frame of the same stream repeats: version, layer and sample-rate index.
    let streamBits: UInt32

    /// Parses a header from the first 4 bytes of `bytes`; nil unless they are a valid header with a
    /// stated bitrate (free format has no frame length to check) and a defined rate.
    init?<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        guard bytes.count >= 4 else { return nil }
        let word = bytes.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let sync = word >> 21, versionBits = (word >> 19) & 3, layerBits = (word >> 17) & 3
        let bitrateIndex = Int((word >> 12) & 15), rateIndex = Int((word >> 10) & 3)
        let padding = Int((word >> 9) & 1), emphasis = word & 3
        guard sync == 0x7FF, versionBits != 1, layerBits != 0, (1...14).contains(bitrateIndex),
              rateIndex != 3, emphasis != 2 else { return nil }
        let isVersion1 = versionBits == 3
        let layer = 4 - Int(layerBits) // 1, 2 or 3
        let bitrateKbps = Self.bitrateTableKbps(isVersion1: isVersion1, layer: layer)[bitrateIndex - 1]
        let rateHz = [44100, 48000, 32000][rateIndex] >> (versionBits == 3 ? 0 : versionBits == 2 ? 1 : 2)
        let bitsPerSecond = bitrateKbps * 1000
        switch layer {
        case 1: frameBytes = (12 * bitsPerSecond / rateHz + padding) * 4
        case 3 where !isVersion1: frameBytes = 72 * bitsPerSecond / rateHz + padding
        default: frameBytes = 144 * bitsPerSecond / rateHz + padding
        }
        streamBits = word & 0xFFFE_0C00
    }

    /// Bitrates in kbit/s for indexes 1–14 (the standards' tables).
    private static func bitrateTableKbps(isVersion1: Bool, layer: Int) -> [Int] {
        switch (isVersion1, layer) {
        case (true, 1): [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448]
        case (true, 2): [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384]
        case (true, _): [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
        case (false, 1): [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256]
        case (false, _): [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
        }
    }

}
