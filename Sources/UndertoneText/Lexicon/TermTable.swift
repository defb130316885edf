/// A hash table from a term's UTF-8 bytes to an index, looked up without building a `String`.
///
/// The sentiment scorer finds words and phrases by the bytes of a normalised buffer it writes once per
/// text, so the hot loop does no per-token allocation. Open addressing with linear probing over a
/// power-of-two slot array; FNV-1a (64-bit) hash; keys stored back to back in one byte pool.
struct TermTable: Sendable {
    private var slots: [Int32]
    private var keyStarts: [Int32] = []
    private var keyLengths: [Int32] = []
    private var keyBytes: [UInt8] = []
    private(set) var count = 0

    init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    /// The index of `key`, or nil.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return slots.withUnsafeBufferPointer { slotsBuffer in
            keyBytes.withUnsafeBufferPointer { pool in
                while true {
                    let entry = slotsBuffer[slot]
                    if entry < 0 { return nil }
                    let start = Int(keyStarts[Int(entry)])
                    let length = Int(keyLengths[Int(entry)])
                    if length == key.count, memcmp(pool.baseAddress! + start, key.baseAddress!, length) == 0 {
                        return Int(entry)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    /// Inserts `key` if absent and returns its index (indices are dense: 0, 1, 2, … in insertion order).
    mutating func insert(_ key: String) -> Int {
        if let existing = index(of: key) { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        let index = count
        keyStarts.append(Int32(keyBytes.count))
        keyLengths.append(Int32(key.utf8.count))
        keyBytes.append(contentsOf: key.utf8)
        count += 1
        place(index)
        return index
    }

    private mutating func place(_ index: Int) {
        let start = Int(keyStarts[index])
        let length = Int(keyLengths[index])
        let hash = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for index in 0..<count { place(index) }
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
