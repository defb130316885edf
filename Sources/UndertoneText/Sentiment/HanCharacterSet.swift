/// A set of Han characters of the Basic Multilingual Plane (U+3400…U+FAFF: the CJK extension A, unified and
/// compatibility ideographs), as a bit per character, with a scan that asks whether a UTF-8 text holds one.
/// `StandardWrittenChinese` uses it to let the common text, which holds no character that `TraditionalChinese`
/// or `WrittenCantonese` rewrites, pass in one pass over its bytes.
struct HanCharacterSet: Sendable {
    static let first: UInt32 = 0x3400
    static let last: UInt32 = 0xFAFF
    private var words = [UInt64](repeating: 0, count: Int(last - first) / 64 + 1)

    /// Whether `value` is a scalar of the set's range (and so could be a member).
    static func covers(_ value: UInt32) -> Bool { value >= first && value <= last }

    /// Adds `value`; a scalar outside the range is ignored.
    mutating func insert(_ value: UInt32) {
        guard Self.covers(value) else { return }
        let offset = Int(value - Self.first)
        words[offset >> 6] |= 1 << UInt64(offset & 63)
    }

    /// The characters of either set.
    func union(_ other: HanCharacterSet) -> HanCharacterSet {
        var union = self
        for index in union.words.indices { union.words[index] |= other.words[index] }
        return union
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        guard Self.covers(value) else { return false }
        let offset = Int(value - Self.first)
        return words[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    /// Whether this UTF-8 text holds a member. Every character of the range is three bytes long with a lead
    /// byte E3–EF, a value no other byte of UTF-8 takes, so the scan decodes only those.
    func containsAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            let lead = bytes[index]
            guard lead >= 0xE3, lead <= 0xEF else { index += 1; continue }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if contains(value) { return true }
            index += 3
        }
        return false
    }
}
