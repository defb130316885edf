import UndertoneCore

/// Which role (customer / agent) each transcript speaker label plays.
///
/// `--speakers "spk_0=customer,spk_1=agent"` gives the mapping explicitly (labels compared
/// case-insensitively; `-` ignores a speaker). Without it, the documented default (docs/transcripts.md):
/// 1. a label that is a role name maps to it (`customer`, `Agent`, AWS Contact Lens `CUSTOMER`);
/// 2. channel labels `ch_0`, `ch_1` map like the audio's channels (`ChannelRole.defaultMapping`:
///    left/ch_0 = customer, right/ch_1 = agent);
/// 3. a transcript with a single speaker (or none) is `mixed`, like a mono recording;
/// 4. otherwise the reader refuses to guess: diarisation labels say nothing about who the customer is,
///    and a wrong guess would score the agent's emotions, which the design forbids by default.
public struct SpeakerRoleMap: Sendable, Equatable {
    /// Lower-cased label → role.
    public private(set) var explicit: [String: ChannelRole]

    public init(_ explicit: [String: ChannelRole] = [:]) {
        self.explicit = Dictionary(explicit.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
    }

    /// Parses `label=role,label=role`. - Throws: `UsageError` for a malformed pair or unknown role.
    public static func parse(_ text: String) throws -> SpeakerRoleMap {
        var mapping: [String: ChannelRole] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw UsageError("'\(pair)' in --speakers is not label=role; e.g. --speakers spk_0=customer,spk_1=agent")
            }
            guard let role = ChannelRole(rawValue: parts[1].lowercased()) else {
                throw UsageError("unknown role '\(parts[1])' in --speakers; use customer, agent, mixed or -")
            }
            mapping[parts[0].lowercased()] = role
        }
        return SpeakerRoleMap(mapping)
    }

    /// The role of one label seen on its own (the live path), or a `UsageError` when only the whole
    /// transcript could tell (rule 3) or the explicit mapping lacks it.
    public func role(forLabel label: String) throws -> ChannelRole {
        if let role = try knownRole(label) { return role }
        throw UsageError("speaker '\(label)' has no role; name it with --speakers \(label.isEmpty ? "<label>" : label)=customer (or =agent, =- to ignore)")
    }

    /// Roles for every label of a whole transcript (rules 1–4). - Throws: `UsageError`.
    public func resolve(labels: [String]) throws -> [String: ChannelRole] {
        var distinct: [String] = []
        for label in labels where !distinct.contains(label) { distinct.append(label) }
        var result: [String: ChannelRole] = [:]
        var unresolved: [String] = []
        for label in distinct {
            if let role = try knownRole(label) { result[label] = role } else { unresolved.append(label) }
        }
        guard !unresolved.isEmpty else { return result }
        if distinct.count == 1 { return [distinct[0]: .mixed] }
        let shown = unresolved.map { $0.isEmpty ? "(no label)" : $0 }.joined(separator: ", ")
        throw UsageError("cannot tell which speaker is the customer among \(shown); "
            + "map them, e.g. --speakers \(unresolved[0].isEmpty ? "spk_0" : unresolved[0])=customer,"
            + "\(unresolved.count > 1 && !unresolved[1].isEmpty ? unresolved[1] : "spk_1")=agent")
    }

    private func knownRole(_ label: String) throws -> ChannelRole? {
        let key = label.lowercased()
        if !explicit.isEmpty {
            guard let role = explicit[key] else {
                throw UsageError("speaker '\(label)' is not in --speakers (\(explicit.keys.sorted().joined(separator: ", "))); "
                    + "add it, e.g. \(label)=- to ignore it")
            }
            return role
        }
        if let role = ChannelRole(rawValue: key), role != .ignored { return role }
        if key.hasPrefix("ch_"), let channel = Int(key.dropFirst(3)), channel >= 0, channel < 2 {
            return try ChannelRole.defaultMapping(channelCount: 2)[channel]
        }
        return nil
    }
}
