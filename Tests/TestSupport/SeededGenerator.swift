/// A deterministic random number generator (SplitMix64, Steele et al. 2014) so tests are repeatable.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Splits `0..<count` into chunks: whole, fixed sizes, single samples, or random sizes.
public enum Chunking: CaseIterable, Sendable {
    case whole, hop, single, random

    public func sizes(total count: Int, hop: Int, seed: UInt64 = 42) -> [Int] {
        switch self {
        case .whole: return [count]
        case .hop: return stride(from: 0, to: count, by: hop).map { min(hop, count - $0) }
        case .single: return Array(repeating: 1, count: count)
        case .random:
            var generator = SeededGenerator(seed: seed)
            var sizes: [Int] = []
            var left = count
            while left > 0 {
                let size = min(left, Int.random(in: 0...(3 * hop), using: &generator))
                sizes.append(size)
                left -= size
            }
            return sizes
        }
    }
}
