import Foundation

/// Rendering of records as one JSON object per line (RFC 8259) and as CSV rows (RFC 4180).
///
/// The `append…` functions write UTF-8 straight into a byte buffer (what `TextOutput` holds), so a
/// record costs no intermediate `String`s; the `String`-returning ones are the same text, for tests and
/// small outputs.
public enum FieldRendering {
    /// `{"type":"second","time_s":3,...}` with fields in their given order.
    public static func jsonObject(_ fields: [Field]) -> String {
        var bytes: [UInt8] = []
        appendJSONObject(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The field names, comma-separated.
    public static func csvHeader(_ fields: [Field]) -> String {
        var bytes: [UInt8] = []
        appendCSVHeader(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The field values, comma-separated; nested arrays and objects are written as JSON in one cell,
    /// `null` as an empty cell.
    public static func csvRow(_ fields: [Field]) -> String {
        var bytes: [UInt8] = []
        appendCSVRow(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `jsonObject(fields)` as UTF-8.
    public static func appendJSONObject(_ fields: [Field], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        for index in fields.indices {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendJSONString(fields[index].name, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            appendJSONValue(fields[index].value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends `csvHeader(fields)` (without the fields named `omitting`) as UTF-8.
    public static func appendCSVHeader(_ fields: [Field], omitting omitted: String? = nil, to bytes: inout [UInt8]) {
        var first = true
        for field in fields where field.name != omitted {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            appendCSVCell(field.name, to: &bytes)
        }
    }

    /// Appends `csvRow(fields)` (without the fields named `omitting`) as UTF-8.
    public static func appendCSVRow(_ fields: [Field], omitting omitted: String? = nil, to bytes: inout [UInt8]) {
        var first = true
        for field in fields where field.name != omitted {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            switch field.value {
            case .null: break
            case .string(let text): appendCSVCell(text, to: &bytes)
            case .bool(let flag): bytes.append(flag ? UInt8(ascii: "1") : UInt8(ascii: "0"))
            case .array, .object:
                var json: [UInt8] = []
                appendJSONValue(field.value, to: &json)
                appendCSVCell(json, to: &bytes)
            default: appendJSONValue(field.value, to: &bytes)
            }
        }
    }

    private static func appendJSONValue(_ value: FieldValue, to bytes: inout [UInt8]) {
        switch value {
        case .string(let string): appendJSONString(string, to: &bytes)
        case .number(let number, let decimals): appendNumber(number, decimals: decimals, to: &bytes)
        case .integer(let integer): appendInteger(integer, to: &bytes)
        case .bool(let flag): appendASCII(flag ? "true" : "false", to: &bytes)
        case .null: appendASCII("null", to: &bytes)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            for index in values.indices {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                appendJSONValue(values[index], to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let fields): appendJSONObject(fields, to: &bytes)
        }
    }

    // MARK: Numbers

    /// Fixed decimals with trailing zeros removed: 63.10 → "63.1", 2.00 → "2", -0.00 → "0".
    /// Non-finite numbers, which JSON cannot hold, become `null`. The digits are those of
    /// `String(format: "%.<decimals>f")` (the exact binary value correctly rounded, ties to even).
    public static func formatNumber(_ number: Double, decimals: Int) -> String {
        var bytes: [UInt8] = []
        appendNumber(number, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let powersOfTen: [UInt64] = (0...9).map { exponent in (0..<exponent).reduce(1) { value, _ in value * 10 } }

    /// Appends `formatNumber(number, decimals:)`.
    ///
    /// Fast path: `scaled = |number| · 10^decimals` is one correctly rounded multiplication, so it is
    /// within half an ulp of the exact product; unless its fraction is within two ulps of ½ (a tie or
    /// near-tie, where that half ulp could decide the rounding), rounding `scaled` to the nearest integer
    /// gives the same digits as rounding the exact value, which is what `printf` does. Near-ties, more
    /// than 9 decimals and magnitudes of 10^15 or more take the `String(format:)` path.
    public static func appendNumber(_ number: Double, decimals: Int, to bytes: inout [UInt8]) {
        guard number.isFinite else {
            appendASCII("null", to: &bytes)
            return
        }
        if decimals >= 0 && decimals <= 9 {
            let scale = powersOfTen[decimals]
            let scaled = number.magnitude * Double(scale)
            if scaled < 1e15 {
                let whole = scaled.rounded(.down)
                let fraction = scaled - whole // exact: both are multiples of scaled's ulp, the difference < 1
                if (fraction - 0.5).magnitude > 2 * scaled.ulp {
                    let units = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
                    appendFixed(units: units, decimals: decimals, scale: scale, negative: number < 0, to: &bytes)
                    return
                }
            }
        }
        var formatted = String(format: "%.\(max(0, decimals))f", number)
        if formatted.contains(".") {
            while formatted.hasSuffix("0") { formatted.removeLast() }
            if formatted.hasSuffix(".") { formatted.removeLast() }
        }
        appendASCII(formatted == "-0" ? "0" : formatted, to: &bytes)
    }

    /// `units / scale` written with up to `decimals` decimals, trailing zeros (and a bare point) dropped.
    private static func appendFixed(units: UInt64, decimals: Int, scale: UInt64, negative: Bool, to bytes: inout [UInt8]) {
        guard units > 0 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if negative { bytes.append(UInt8(ascii: "-")) }
        appendDigits(units / scale, to: &bytes)
        var fraction = units % scale
        guard fraction > 0 else { return }
        var digits = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        bytes.append(UInt8(ascii: "."))
        let start = bytes.count
        for _ in 0..<digits { bytes.append(UInt8(ascii: "0")) }
        var position = bytes.count
        while fraction > 0 {
            position -= 1
            bytes[position] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
        }
        assert(position >= start)
    }

    /// Decimal digits of `value`, no sign.
    private static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        var count = 1, rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        var position = bytes.count
        rest = value
        repeat {
            position -= 1
            bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
    }

    private static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), to: &bytes)
    }

    // MARK: Text

    private static func appendASCII(_ text: StaticString, to bytes: inout [UInt8]) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static func appendASCII(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: text.utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped; everything else as UTF-8
    /// (every byte of a multi-byte UTF-8 sequence is ≥ 0x80, so escaping byte by byte is exact).
    private static func appendJSONString(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): appendASCII("\\\"", to: &bytes)
            case UInt8(ascii: "\\"): appendASCII("\\\\", to: &bytes)
            case UInt8(ascii: "\n"): appendASCII("\\n", to: &bytes)
            case UInt8(ascii: "\r"): appendASCII("\\r", to: &bytes)
            case UInt8(ascii: "\t"): appendASCII("\\t", to: &bytes)
            case 0..<0x20:
                appendASCII("\\u00", to: &bytes)
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendCSVCell(_ text: String, to bytes: inout [UInt8]) {
        appendCSVCell(text.utf8, to: &bytes)
    }

    /// The cell as is, or quoted (inner quotes doubled) when it holds a comma, quote or line break.
    private static func appendCSVCell<Bytes: Collection>(_ text: Bytes, to bytes: inout [UInt8]) where Bytes.Element == UInt8 {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard text.contains(where: special) else {
            bytes.append(contentsOf: text)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in text {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
