import UndertoneCore

/// Which role (customer / agent) each transcript speaker label plays.
///
/// `--speakers "spk_0=customer,spk_1=agent"` gives the mapping explicitly (labels compared
/// case-insensitively; `-` ignores a speaker; an empty label, `=customer`, stands for segments that
/// carry no speaker label, such as WebVTT cues without a voice tag). Labels it does not name, and every
/// label without it, follow the documented default (docs/transcripts.md):
/// 1. a label that is a role name maps to it (`customer`, `Agent`, AWS Contact Lens `CUSTOMER`);
/// 2. a channel label `ch_N` takes the role of the call's input channel N (`channelRoles`: `--channels`,
///    or the stereo default, left/ch_0 = customer, right/ch_1 = agent); a channel the call does not
///    have fits no channel;
/// 3. a transcript with a single speaker (or none) is `mixed`, like a mono recording; segments without
///    a label beside labelled ones fit no channel;
/// 4. otherwise the reader refuses to guess: diarisation labels say nothing about who the customer is,
///    and a wrong guess would score the agent's emotions, which the design forbids by default.
/// A label that fits no channel is left without a role, so its words are left out with a warning
/// (`placeSegments` in the CLI) rather than stopping the run.
public struct SpeakerRoleMap: Sendable, Equatable {
    /// Lower-cased label → role.
    public private(set) var explicit: [String: ChannelRole]
    /// The call's input channels in order (`.ignored` for a skipped one), which channel labels name.
    /// The stereo default until the caller knows the call; a one-channel call keeps it, since a
    /// transcript with channel labels was made from a stereo recording.
    public var channelRoles: [ChannelRole] = [.customer, .agent]

    public init(_ explicit: [String: ChannelRole] = [:]) {
        self.explicit = Dictionary(explicit.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
    }

    /// Parses `label=role,label=role` (`=role` for unlabelled segments).
    /// - Throws: `UsageError` for a malformed pair, an unknown role or a label given twice.
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
            let label = parts[0].lowercased()
            guard mapping[label] == nil else {
                throw UsageError("\(describe(parts[0])) is given twice in --speakers; give each label one role")
            }
            mapping[label] = role
        }
        return SpeakerRoleMap(mapping)
    }

    /// The role of one label seen on its own (the live path), or a `UsageError` when only the whole
    /// transcript could tell (rule 3), the label is no role name or channel label and the explicit mapping
    /// lacks it, or it names a channel the call does not have.
    public func role(forLabel label: String) throws -> ChannelRole {
        switch try decide(label) {
        case .role(let role): return role
        case .noChannel where !label.isEmpty:
            throw UsageError("\(Self.describe(label)) names a channel this call does not have (\(channelRoles.count) channels); "
                             + "map it with --speakers \(label)=customer (or agent, or - to ignore it)")
        case .noChannel, .unknown:
            throw UsageError("\(Self.describe(label)) has no role; name it with --speakers \(label)=customer (or \(label)=agent, \(label)=- to ignore)")
        }
    }

    /// Roles for every label of a whole transcript (rules 1–4); a label that fits no channel is left out
    /// of the result. - Throws: `UsageError`.
    public func resolve(labels: [String]) throws -> [String: ChannelRole] {
        var distinct: [String] = []
        for label in labels where !distinct.contains(label) { distinct.append(label) }
        var result: [String: ChannelRole] = [:]
        var unresolved: [String] = []
        for label in distinct {
            switch try decide(label) {
            case .role(let role): result[label] = role
            case .noChannel: if distinct.count == 1 { result[label] = .mixed }
            case .unknown: unresolved.append(label)
            }
        }
        guard !unresolved.isEmpty else { return result }
        if distinct.count == 1 { return [distinct[0]: .mixed] }
        // A mapping must name every label it can't tell, so the example does: known roles as they are,
        // the unknown labels as the roles not yet taken (customer, then agent), any others ignored.
        let guesses = [ChannelRole.customer, .agent].filter { !result.values.contains($0) }
        let example = unresolved.enumerated().map { index, label in
            "\(label)=\((index < guesses.count ? guesses[index] : .ignored).rawValue)"
        }
        throw UsageError("cannot tell which speaker is the customer among \(unresolved.map(Self.listed).joined(separator: ", ")); "
            + "map them, e.g. --speakers \(example.joined(separator: ","))")
    }

    /// A label as lists in messages show it.
    private static func listed(_ label: String) -> String { label.isEmpty ? "<no label>" : label }

    /// How a message names `label`: segments without one are no speaker called ''.
    private static func describe(_ label: String) -> String {
        label.isEmpty ? "a segment without a speaker label (written as an empty label, '=role')" : "speaker '\(label)'"
    }

    /// What rules 1 and 2 and the explicit mapping make of one label.
    private enum Decision: Equatable {
        case role(ChannelRole)
        /// A channel label beyond the call's channels, or no label at all: its words are left out.
        case noChannel
        /// Only a mapping could tell.
        case unknown
    }

    private func decide(_ label: String) throws -> Decision {
        let key = label.lowercased()
        if let role = explicit[key] { return .role(role) }
        if let role = ChannelRole(rawValue: key), role != .ignored { return .role(role) }
        if key.hasPrefix("ch_"), let channel = Int(key.dropFirst(3)), channel >= 0 {
            return channel < channelRoles.count ? .role(channelRoles[channel]) : .noChannel
        }
        if key.isEmpty { return .noChannel }
        if !explicit.isEmpty {
            throw UsageError("\(Self.describe(label)) is not in --speakers (\(explicit.keys.sorted().map(Self.listed).joined(separator: ", "))); "
                + "add it, e.g. \(label)=customer, or \(label)=- to ignore it")
        }
        return .unknown
    }
}
