/// ITU-T G.711 companding (µ-law and A-law) to linear 16-bit PCM, by the formulas of the
/// Recommendation (§2 and §3, tables 1a and 2a), tabulated once.
public enum G711 {
    /// Linear value (16-bit scale, ±32124 at most) of each µ-law code.
    public static let muLawToLinear: [Int16] = (0...255).map { code in
        let inverted = ~UInt8(code)
        let exponent = Int(inverted >> 4) & 0x07
        let mantissa = Int(inverted) & 0x0F
        let magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84
        return Int16(inverted & 0x80 != 0 ? -magnitude : magnitude)
    }

    /// Linear value (16-bit scale, ±32256 at most) of each A-law code.
    public static let aLawToLinear: [Int16] = (0...255).map { code in
        let toggled = UInt8(code) ^ 0x55
        let exponent = Int(toggled >> 4) & 0x07
        let mantissa = Int(toggled) & 0x0F
        let magnitude = exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1)
        return Int16(toggled & 0x80 != 0 ? magnitude : -magnitude)
    }
}
