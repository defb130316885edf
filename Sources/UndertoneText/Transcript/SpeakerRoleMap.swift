import UndertoneCore

/// Which role (customer / agent) each transcript speaker label plays.
///
/// `--speakers "spk_0=customer,spk_1=agent"` gives the mapping explicitly (labels compared
/// case-insensitively; `-` ignores a speaker; an empty label, `=customer`, stands for segments that
/// carry no speaker label, such as WebVTT cues without a voice tag). Without it, the documented default (docs/transcripts.md):
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

    /// Parses `label=role,label=role` (`=role` for unlabelled segments).
    /// - Throws: `UsageError` for a malformed pair or unknown role.
    public static func parse(_ text: String) throws -> SpeakerRoleMap {
        var mapping: [String: ChannelRole] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
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
        throw UsageError("\(Self.describe(label)) has no role; name it with --speakers \(label)=customer (or \(label)=agent, \(label)=- to ignore)")
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
        // A mapping must name every label, so the example does: known roles as they are, the unknown
        // labels as the roles not yet taken (customer, then agent), any others ignored (`=role` for
        // unlabelled segments).
        let guesses = [ChannelRole.customer, .agent].filter { !result.values.contains($0) }
        let example = distinct.map { label -> String in
            let role = result[label] ?? (unresolved.firstIndex(of: label).flatMap { $0 < guesses.count ? guesses[$0] : nil } ?? .ignored)
            return "\(label)=\(role.rawValue)"
        }
        throw UsageError("cannot tell which speaker is the customer among \(unresolved.map(Self.listed).joined(separator: ", ")); "
            + "map them, e.g. --speakers \(example.joined(separator: ","))")
    }

    /// A label as lists in messages show it.
    private static func listed(_ label: String) -> String { label.isEmpty ? "(no label)" : label }

    /// How a message names `label`: segments without one are no speaker called ''.
    private static func describe(_ label: String) -> String {
        label.isEmpty ? "a segment without a speaker label (written as an empty label, '=role')" : "speaker '\(label)'"
    }

    private func knownRole(_ label: String) throws -> ChannelRole? {
        let key = label.lowercased()
        if !explicit.isEmpty {
            guard let role = explicit[key] else {
                throw UsageError("\(Self.describe(label)) is not in --speakers (\(explicit.keys.sorted().map(Self.listed).joined(separator: ", "))); "
                    + "add it, e.g. \(label)=customer, or \(label)=- to ignore it")
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
