import Foundation
import Testing
import TestSupport
import UndertoneCore

/// The fast number formatter against the `String(format:)` definition it replaces, and the byte
/// renderers against their `String` forms.
@Suite struct FieldRenderingTests {
    /// The previous implementation, kept here as the definition: printf's `%.Nf`, trailing zeros and a
    /// bare point removed, "-0" → "0", non-finite → "null".
    static func reference(_ number: Double, decimals: Int) -> String {
        guard number.isFinite else { return "null" }
        var formatted = String(format: "%.\(decimals)f", number)
        if formatted.contains(".") {
            while formatted.hasSuffix("0") { formatted.removeLast() }
            if formatted.hasSuffix(".") { formatted.removeLast() }
        }
        return formatted == "-0" ? "0" : formatted
    }

    static let edgeCases: [Double] = [
        0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 0.005, 0.015, 0.025, 1.005, 2.675, 1.0005,
        0.0005, 0.00005, 0.45, 0.55, 63.1, 63.10, 99.995, 99.9949999, 999.9995, 9.5, 10.5, 0.049999999999999996,
        0.001, -0.001, -0.004, -0.005, -0.006, 1e-9, -1e-9, 5e-10, 1e-300, -1e-300, .leastNonzeroMagnitude,
        .leastNormalMagnitude, 123_456_789.123_456_789, 999_999_999_999_999, 1e15, 1e15 + 0.5, 4.5e15, 1e16,
        9_007_199_254_740_992, 1e20, -1e20, 1e300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        .nan, .infinity, -.infinity, Double(Float(0.1)), Double(Float(63.12)), Double(Float(0.333)),
        Double(Float(217.545)), 0.1 + 0.2, 1 / 3, 2 / 3, -2 / 3,
    ]

    @Test func edgeCasesMatchStringFormat() {
        for number in Self.edgeCases {
            for decimals in 0...9 {
                #expect(FieldRendering.formatNumber(number, decimals: decimals) == Self.reference(number, decimals: decimals),
                        "\(number) with \(decimals) decimals")
            }
        }
    }

    @Test func randomValuesMatchStringFormat() {
        var generator = SeededGenerator(seed: 2026)
        var mismatches: [String] = []
        for trial in 0..<200_000 {
            let decimals = Int.random(in: 0...6, using: &generator)
            let number: Double
            switch trial % 4 {
            case 0: // any magnitude from 1e-8 to 1e16, either sign
                number = (Bool.random(using: &generator) ? -1 : 1) * pow(10, Double.random(in: -8...16, using: &generator))
            case 1: // the values records hold: single-precision measurements widened to Double
                number = Double(Float.random(in: -500...500, using: &generator))
            case 2: // near-ties: a decimal with one more digit, ending in 5, parsed
                let units = Int.random(in: -10_000_000...10_000_000, using: &generator)
                number = Double("\(units / 10).\(abs(units % 10))5e-\(decimals)")!
            default: // random bit patterns (finite or not)
                number = Double(bitPattern: generator.next())
            }
            let fast = FieldRendering.formatNumber(number, decimals: decimals)
            let slow = Self.reference(number, decimals: decimals)
            if fast != slow && mismatches.count < 10 { mismatches.append("\(number) (\(decimals)): \(fast) vs \(slow)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func bytesAndStringsAgree() {
        let fields = [
            Field("type", .string("second")), Field("time_s", .integer(-3)), Field("f0_hz", .number(63.1049, decimals: 2)),
            Field("note", .string("a,\"b\"\n\u{1}é")), Field("flag", .bool(true)), Field("none", .null),
            Field("list", .array([.number(1.25, decimals: 1), .null, .string("x")])),
            Field("nested", .object([Field("k", .integer(Int.min))])),
        ]
        #expect(FieldRendering.jsonObject(fields) ==
                #"{"type":"second","time_s":-3,"f0_hz":63.1,"note":"a,\"b\"\n\u0001é","flag":true,"none":null,"list":[1.2,null,"x"],"nested":{"k":-9223372036854775808}}"#)
        #expect(FieldRendering.csvHeader(fields) == "type,time_s,f0_hz,note,flag,none,list,nested")
        #expect(FieldRendering.csvRow(fields) ==
                #"second,-3,63.1,"a,""b"""# + "\n\u{1}é\"" + #",1,,"[1.2,null,""x""]","{""k"":-9223372036854775808}""#)
        var bytes: [UInt8] = []
        FieldRendering.appendCSVRow(fields, omitting: "type", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == String(FieldRendering.csvRow(fields).dropFirst("second,".count)))
    }
}
