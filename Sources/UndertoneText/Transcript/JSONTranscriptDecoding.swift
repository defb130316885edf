import Foundation
import UndertoneCore

/// Decoding a JSON transcript document, with decoding errors turned into `InputError`s that name the
/// JSON path of the problem (`segments[3].end`).
enum JSONTranscriptDecoding {
    static func decode<T: Decodable>(_ type: T.Type, from text: String, source: String, position: String? = nil) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
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
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(path(context)): \(context.debugDescription)"
        @unknown default:
            return "not a transcript of the expected layout"
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
