import Foundation
import UndertoneCore

/// Decoding a JSON transcript document, with decoding errors turned into `InputError`s that name the
/// JSON path of the problem (`segments[3].end`).
enum JSONTranscriptDecoding {
    static func decode<T: Decodable>(_ type: T.Type, from text: String, source: String, position: String? = nil) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw InputError(source: source, position: position, problem: syntaxProblem(in: text))
        } catch let error as DecodingError {
            throw InputError(source: source, position: position, problem: describe(error))
        } catch {
            throw InputError(source: source, position: position, problem: "not valid JSON (\(error.localizedDescription))")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            var result = ""
            for key in context.codingPath {
                if let index = key.intValue { result += "[\(index)]" } else { result += (result.isEmpty ? "" : ".") + key.stringValue }
            }
            return result.isEmpty ? "the top level" : "'\(result)'"
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field '\(key.stringValue)' in \(path(context))"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "wrong type at \(path(context)): expected \(plainName(type))\(found(context))"
        case .dataCorrupted(let context):
            return "bad value at \(path(context)): \(context.debugDescription)"
        @unknown default:
            return "not a transcript of the expected layout"
        }
    }

    /// Where and why `text` is not JSON. `JSONDecoder` says only "not valid JSON"; `JSONSerialization`
    /// names the byte offset or the cause; the offset becomes a line and column (1-based, columns in
    /// bytes), or a column alone in a one-line text such as a JSON Lines line, whose line the caller names.
    static func syntaxProblem(in text: String) -> String {
        let bytes = Data(text.utf8)
        do {
            _ = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
            return "not valid JSON"
        } catch {
            let said = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            if said.hasPrefix("Unexpected end of file") {
                return text.allSatisfy(\.isWhitespace) ? "not valid JSON: nothing in it" : "not valid JSON: it ends in the middle (cut short?)"
            }
            if said.hasPrefix("Number "), said.hasSuffix(" is not representable in Swift.") {
                return "not valid JSON: " + said.dropLast(" is not representable in Swift.".count).lowercased() + " is out of range"
            }
            if let range = said.range(of: "around character "), let offset = Int(said[range.upperBound...].prefix { $0.isNumber }),
               offset <= bytes.count {
                let before = bytes.prefix(offset)
                let line = before.count { $0 == UInt8(ascii: "\n") } + 1
                let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
                return bytes.contains(UInt8(ascii: "\n")) ? "not valid JSON at line \(line), column \(column)" : "not valid JSON at column \(column)"
            }
            return said.isEmpty ? "not valid JSON" : "not valid JSON: \(said)"
        }
    }

    /// A JSON kind in plain words, for the Swift type a decoder expected.
    private static func plainName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text (a JSON string)"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Double.Type, is Float.Type: return "a number"
        case is [String: Any].Type: return "a JSON object {…}"
        default: return String(describing: type).hasPrefix("Array") ? "a JSON array […]" : "a JSON value of another kind"
        }
    }

    /// ", found …" from Foundation's "Expected to decode X but found Y instead.", or nothing.
    private static func found(_ context: DecodingError.Context) -> String {
        guard let range = context.debugDescription.range(of: "but found ") else { return "" }
        let rest = context.debugDescription[range.upperBound...]
        return ", found " + (rest.hasSuffix(" instead.") ? rest.dropLast(" instead.".count) : rest)
    }
}

/// A number that some producers write as a JSON string (AWS times: `"start_time": "1.25"`).
struct FlexibleSeconds: Decodable {
    var value: Double
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = number
        } else if let text = try? container.decode(String.self), let number = Double(text) {
            value = number
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a time in seconds")
        }
    }
}
