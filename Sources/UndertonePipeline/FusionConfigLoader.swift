import Foundation
import UndertoneCore
import UndertoneFusion
import Yams

/// Reads a fusion configuration from YAML: any subset of the keys of `FusionConfig` (see
/// docs/fusion.md and docs/config/default.yaml), the rest keeping their defaults. An unknown key is an
/// error naming it and the keys allowed there, so a typo cannot silently leave a default in force.
/// Every value must be a finite number or true/false (not yes/no/on/off), and YAML anchors and aliases
/// are refused: a configuration has no use for them, and a few hundred bytes of nested aliases expand to
/// gigabytes.
public enum FusionConfigLoader {
    public static func load(path: String) throws -> FusionConfig {
        try load(yaml: TextFile.read(path: path, expected: "a configuration file"), source: path)
    }

    public static func load(yaml: String, source: String) throws -> FusionConfig {
        try refuseAnchorsAndAliases(yaml, source: source)
        let parsed: Any?
        do {
            parsed = try Yams.load(yaml: yaml, booleanResolver)
        } catch {
            throw InputError(source: source, problem: "not valid YAML: \(YAMLErrorText.oneLine(error))")
        }
        guard let parsed else { return FusionConfig() }
        guard let overrides = parsed as? [String: Any] else {
            throw InputError(source: source, problem: "expected a mapping of settings at the top level")
        }
        let defaults = try JSONSerialization.jsonObject(with: JSONEncoder().encode(FusionConfig())) as? [String: Any] ?? [:]
        let merged = try merge(overrides, into: defaults, path: "", source: source)
        do {
            let json = try JSONSerialization.data(withJSONObject: merged)
            let config = try JSONDecoder().decode(FusionConfig.self, from: json)
            _ = try ArousalModel(config: config.arousal)
            try config.validate()
            return config
        } catch let error as ConfigError {
            throw InputError(source: source, problem: error.message)
        } catch let DecodingError.typeMismatch(type, context) {
            throw InputError(source: source, problem: "'\(keyPath(context.codingPath))' must be \(describe(type))")
        } catch let DecodingError.dataCorrupted(context) {
            guard context.codingPath.isEmpty else {
                throw InputError(source: source, problem: "'\(keyPath(context.codingPath))' must be a whole number")
            }
            let fields = wholeNumberFields(in: merged)
            guard !fields.isEmpty else { throw InputError(source: source, problem: "a setting is not a usable value") }
            throw InputError(source: source, problem: fields.map { field in
                let reason = abs(field.value) < wholeNumberLimit ? "" : " (beyond ±9.2e18)"
                return "'\(field.path)' must be a whole number, not \(field.value)\(reason)"
            }.joined(separator: "; "))
        } catch {
            throw InputError(source: source, problem: "invalid setting: \(error)")
        }
    }

    /// YAML's default resolver, except that only true and false (in any of YAML's three casings) are
    /// booleans: YAML 1.1 also reads yes, no, on and off as booleans (but not y), and `agent_emotion: on`
    /// must not switch on what the law restricts by a word that reads like a setting's name.
    private static let booleanResolver: Resolver = {
        do {
            return try Resolver.default.removing(.bool).appending(.bool, "^(?:true|True|TRUE|false|False|FALSE)$")
        } catch {
            preconditionFailure("the boolean pattern is a valid regular expression: \(error)")
        }
    }()

    /// Overlays `overrides` on `defaults`, refusing keys the defaults do not have. Free-form maps (the
    /// arousal weights) take new keys; their names are checked when the config is used.
    private static func merge(_ overrides: [String: Any], into defaults: [String: Any], path: String, source: String) throws -> [String: Any] {
        var merged = defaults
        let freeForm = path == "arousal.weights"
        for (key, value) in overrides {
            let keyPath = path.isEmpty ? key : path + "." + key
            guard let current = defaults[key] else {
                if freeForm {
                    merged[key] = try leaf(value, keyPath: keyPath, wanted: "a number", source: source)
                    continue
                }
                throw InputError(source: source, problem: "unknown setting '\(keyPath)'; known here: \(defaults.keys.sorted().joined(separator: ", "))")
            }
            if let nestedDefaults = current as? [String: Any] {
                guard let nested = value as? [String: Any] else {
                    throw InputError(source: source, problem: "'\(keyPath)' must be a mapping of \(nestedDefaults.keys.sorted().joined(separator: ", "))")
                }
                merged[key] = try merge(nested, into: nestedDefaults, path: keyPath, source: source)
            } else {
                merged[key] = try leaf(value, keyPath: keyPath, wanted: isBoolean(current) ? "true or false" : "a number", source: source)
            }
        }
        return merged
    }

    /// Whether a default, as `JSONSerialization` gives it, is true/false. Every `NSNumber` answers
    /// `is Bool`, so the test is the class JSON booleans come as.
    private static func isBoolean(_ value: Any) -> Bool { type(of: value) == type(of: NSNumber(value: true)) }

    /// A setting's value as JSON can carry it: a finite number or true/false, `wanted` naming which.
    private static func leaf(_ value: Any, keyPath: String, wanted: String, source: String) throws -> Any {
        func refuse(_ given: String) -> InputError {
            InputError(source: source, problem: "'\(keyPath)' must be \(wanted), not \(given)")
        }
        switch value {
        case let number as Double where !number.isFinite:
            throw InputError(source: source, problem: "'\(keyPath)' must be a finite number, not \(number)")
        case is Bool, is Int, is Double:
            return value
        case is NSNull:
            throw refuse("empty")
        case is [Any]:
            throw refuse("a list")
        case let text as String where Double(text).map({ !$0.isFinite }) == true:
            throw InputError(source: source, problem: "'\(keyPath)' must be a finite number, not \(echoed(text))")
        case let text as String where ["true", "false"].contains(text.lowercased()):
            throw refuse("the quoted text \(echoed(text)); drop the quotes")
        case let text as String where Double(text) != nil:
            throw refuse("the text \(echoed(text)) (in quotes, or too large a number?)")
        default:
            throw refuse(echoed("\(value)"))
        }
    }

    /// A value as given, cut to its first 40 characters: a pasted blob is named, not repeated whole.
    private static func echoed(_ text: String) -> String {
        text.count <= 40 ? "'\(text)'" : "'\(text.prefix(40))…' (\(text.count) characters)"
    }

    /// Refuses YAML anchors (`&name`) and aliases (`*name`) outside comments, naming the first line.
    private static func refuseAnchorsAndAliases(_ yaml: String, source: String) throws {
        for (index, line) in TextFile.lines(yaml).enumerated() {
            var previous: Character = " "
            for character in line {
                if character == "#", previous.isWhitespace { break }
                if character == "&" || character == "*" {
                    throw InputError(source: source, position: "line \(index + 1)",
                                     problem: "YAML anchors and aliases (&name, *name) are not supported in a configuration; write each setting out")
                }
                previous = character
            }
        }
    }

    /// The numbers (key path and value) that a whole-number field cannot take (a fraction, or beyond
    /// `Int`'s range): the decoder names no key for them, so each such number is decoded alone, the others
    /// set to 0.
    private static func wholeNumberFields(in merged: [String: Any]) -> [(path: String, value: Double)] {
        let leaves = numericLeaves(merged, path: [])
        let suspects = leaves.filter { !isWholeNumber($0.value) }.map(\.path)
        let accepted = suspects.filter { candidate in
            let probe = suspects.filter { $0 != candidate }.reduce(merged) { tree, other in replacing(other, in: tree, with: 0) }
            guard let json = try? JSONSerialization.data(withJSONObject: probe) else { return false }
            do {
                _ = try JSONDecoder().decode(FusionConfig.self, from: json)
                return false
            } catch DecodingError.dataCorrupted(let context) {
                return context.codingPath.isEmpty
            } catch {
                return false
            }
        }
        return leaves.compactMap { leaf in
            guard accepted.contains(leaf.path), let number = leaf.value as? Double else { return nil }
            return (leaf.path.joined(separator: "."), number)
        }
    }

    /// Below `Int.max` (9.22e18), with room for the rounding of a Double.
    private static let wholeNumberLimit = 9.2e18

    private static func isWholeNumber(_ value: Any) -> Bool {
        if value is Int { return true }
        guard let number = value as? Double else { return true }
        return number == number.rounded() && abs(number) < wholeNumberLimit
    }

    private static func numericLeaves(_ tree: [String: Any], path: [String]) -> [(path: [String], value: Any)] {
        tree.keys.sorted().flatMap { key -> [(path: [String], value: Any)] in
            if let nested = tree[key] as? [String: Any] { return numericLeaves(nested, path: path + [key]) }
            return tree[key].map { value in [(path + [key], value)] } ?? []
        }
    }

    private static func replacing(_ path: [String], in tree: [String: Any], with value: Any) -> [String: Any] {
        guard let key = path.first, let current = tree[key] else { return tree }
        var copy = tree
        if path.count == 1 {
            copy[key] = value
        } else if let nested = current as? [String: Any] {
            copy[key] = replacing(Array(path.dropFirst()), in: nested, with: value)
        }
        return copy
    }

    private static func keyPath(_ path: [CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: return "true or false"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        default: return "\(type)"
        }
    }
}
