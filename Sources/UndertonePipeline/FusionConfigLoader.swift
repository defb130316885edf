import Foundation
import UndertoneCore
import UndertoneFusion
import Yams

/// Reads a fusion configuration from YAML: any subset of the keys of `FusionConfig` (see
/// docs/fusion.md and docs/config/default.yaml), the rest keeping their defaults. An unknown key is an
/// error naming it and the keys allowed there, so a typo cannot silently leave a default in force.
public enum FusionConfigLoader {
    public static func load(path: String) throws -> FusionConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.cannotOpen, source: path, problem: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(source: path, problem: "not UTF-8 text")
        }
        return try load(yaml: text, source: path)
    }

    public static func load(yaml: String, source: String) throws -> FusionConfig {
        let parsed: Any?
        do {
            parsed = try Yams.load(yaml: yaml)
        } catch {
            throw InputError(source: source, problem: "not valid YAML: \(error)")
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
            throw InputError(source: source, problem: "\(keyPath(context.codingPath)) must be \(describe(type))")
        } catch let DecodingError.dataCorrupted(context) {
            throw InputError(source: source, problem: "\(keyPath(context.codingPath)) is not a usable value")
        } catch is CocoaError {
            throw InputError(source: source, problem: "settings must be plain numbers, true/false and mappings (no .nan or .inf)")
        } catch {
            throw InputError(source: source, problem: "invalid setting: \(error)")
        }
    }

    /// Overlays `overrides` on `defaults`, refusing keys the defaults do not have. Free-form maps (the
    /// arousal weights) take new keys; their names are checked when the config is used.
    private static func merge(_ overrides: [String: Any], into defaults: [String: Any], path: String, source: String) throws -> [String: Any] {
        var merged = defaults
        let freeForm = path == "arousal.weights"
        for (key, value) in overrides {
            let keyPath = path.isEmpty ? key : path + "." + key
            guard let current = defaults[key] else {
                if freeForm {
                    merged[key] = value
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
                merged[key] = value
            }
        }
        return merged
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
