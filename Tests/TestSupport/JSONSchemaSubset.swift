import Foundation

/// A validator for the subset of JSON Schema (draft 2020-12) that docs/schema uses: `type` (one or a
/// list), `const`, `enum`, `required`, `properties`, `additionalProperties: false`, `minimum`,
/// `maximum`, `exclusiveMinimum`, `items`. Unknown keywords other than annotations are reported, so a
/// schema cannot silently outgrow the validator.
public struct JSONSchemaSubset {
    public let schema: [String: Any]

    public init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        schema = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// Problems found in `instance` (empty when it is valid), each with a JSON-pointer-like path.
    public func problems(in instance: Any) -> [String] {
        var problems: [String] = []
        check(instance, against: schema, at: "", problems: &problems)
        return problems
    }

    private static let annotations: Set<String> = ["$schema", "$id", "title", "description"]
    private static let known: Set<String> = ["type", "const", "enum", "required", "properties", "additionalProperties",
                                             "minimum", "maximum", "exclusiveMinimum", "items"]

    private func check(_ value: Any, against schema: [String: Any], at path: String, problems: inout [String]) {
        for key in schema.keys where !Self.known.contains(key) && !Self.annotations.contains(key) {
            problems.append("\(path): schema keyword '\(key)' is not supported by the test validator")
        }
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [types as? String ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                problems.append("\(path): \(value) is not of type \(allowed)")
                return
            }
        }
        if let constant = schema["const"], !Self.equal(value, constant) { problems.append("\(path): \(value) is not \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
            problems.append("\(path): \(value) is not one of \(options)")
        }
        if let number = Self.number(value) {
            if let minimum = schema["minimum"] as? Double, number < minimum { problems.append("\(path): \(number) < \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number > maximum { problems.append("\(path): \(number) > \(maximum)") }
            if let bound = schema["exclusiveMinimum"] as? Double, number <= bound { problems.append("\(path): \(number) <= \(bound)") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required '\(key)'")
            }
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for (key, element) in object {
                if let propertySchema = properties[key] {
                    check(element, against: propertySchema, at: path + "/" + key, problems: &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected property '\(key)'")
                }
            }
        }
        if let array = value as? [Any], let itemSchema = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { check(element, against: itemSchema, at: "\(path)/\(index)", problems: &problems) }
        }
    }

    /// JSONSerialization gives booleans as NSNumber of Objective-C type "c" (char).
    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func number(_ value: Any) -> Double? {
        guard !isBoolean(value), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "integer": return number(value).map { $0.rounded() == $0 } ?? false
        case "number": return number(value) != nil
        case "string": return value is String
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        default: return false
        }
    }

    private static func equal(_ left: Any, _ right: Any) -> Bool {
        if left is NSNull || right is NSNull { return left is NSNull && right is NSNull }
        if let left = left as? String, let right = right as? String { return left == right }
        if let left = number(left), let right = number(right) { return left == right }
        return false
    }
}
