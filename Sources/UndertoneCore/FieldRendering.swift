import Foundation

/// Rendering of records as one JSON object per line (RFC 8259) and as CSV rows (RFC 4180).
public enum FieldRendering {
    /// `{"type":"second","time_s":3,...}` with fields in their given order.
    public static func jsonObject(_ fields: [Field]) -> String {
        var text = ""
        appendObject(fields, to: &text)
        return text
    }

    /// The field names, comma-separated.
    public static func csvHeader(_ fields: [Field]) -> String {
        fields.map { csvEscape($0.name) }.joined(separator: ",")
    }

    /// The field values, comma-separated; nested arrays and objects are written as JSON in one cell,
    /// `null` as an empty cell.
    public static func csvRow(_ fields: [Field]) -> String {
        fields.map { field -> String in
            switch field.value {
            case .null: return ""
            case .string(let text): return csvEscape(text)
            case .bool(let flag): return flag ? "1" : "0"
            case .array, .object:
                var text = ""
                appendValue(field.value, to: &text)
                return csvEscape(text)
            default:
                var text = ""
                appendValue(field.value, to: &text)
                return text
            }
        }.joined(separator: ",")
    }

    private static func appendObject(_ fields: [Field], to text: inout String) {
        text += "{"
        for (position, field) in fields.enumerated() {
            if position > 0 { text += "," }
            appendString(field.name, to: &text)
            text += ":"
            appendValue(field.value, to: &text)
        }
        text += "}"
    }

    private static func appendValue(_ value: FieldValue, to text: inout String) {
        switch value {
        case .string(let string): appendString(string, to: &text)
        case .number(let number, let decimals): text += formatNumber(number, decimals: decimals)
        case .integer(let integer): text += String(integer)
        case .bool(let flag): text += flag ? "true" : "false"
        case .null: text += "null"
        case .array(let values):
            text += "["
            for (position, element) in values.enumerated() {
                if position > 0 { text += "," }
                appendValue(element, to: &text)
            }
            text += "]"
        case .object(let fields): appendObject(fields, to: &text)
        }
    }

    /// Fixed decimals with trailing zeros removed: 63.10 → "63.1", 2.00 → "2", -0.00 → "0".
    /// Non-finite numbers, which JSON cannot hold, become `null`.
    public static func formatNumber(_ number: Double, decimals: Int) -> String {
        guard number.isFinite else { return "null" }
        var formatted = String(format: "%.\(decimals)f", number)
        if formatted.contains(".") {
            while formatted.hasSuffix("0") { formatted.removeLast() }
            if formatted.hasSuffix(".") { formatted.removeLast() }
        }
        return formatted == "-0" ? "0" : formatted
    }

    private static func appendString(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case let control where control.value < 0x20:
                text += String(format: "\\u%04x", control.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    private static func csvEscape(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
