import Foundation

/// The part a channel of a call plays.
///
/// A stereo call recording carries one party per channel; a mono recording is one `mixed` channel.
/// Channels mapped to `ignored` are decoded but not analysed (e.g. a music-on-hold or IVR channel).
public enum ChannelRole: String, Sendable, Codable, CaseIterable {
    case customer
    case agent
    case mixed
    case ignored = "-"

    /// Parses a comma-separated mapping such as `customer,agent` or `agent,customer,-`.
    /// - Throws: `UsageError` when a name is unknown or a speaking role appears twice.
    public static func parseMapping(_ text: String) throws -> [ChannelRole] {
        let names = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var roles: [ChannelRole] = []
        for name in names {
            guard let role = ChannelRole(rawValue: name) else {
                throw UsageError("unknown channel role '\(name)' in '\(text)'; use customer, agent, mixed or - (ignore)")
            }
            if role != .ignored, roles.contains(role) {
                throw UsageError("channel role '\(name)' appears twice in '\(text)'")
            }
            roles.append(role)
        }
        return roles
    }

    /// The default mapping for a recording with `channelCount` channels: mono is `mixed`, stereo is
    /// `customer,agent` (left = customer, the layout Amazon Connect and most PBX stereo recorders write).
    /// - Throws: `UsageError` for three or more channels, where no default is safe.
    public static func defaultMapping(channelCount: Int) throws -> [ChannelRole] {
        switch channelCount {
        case 1: return [.mixed]
        case 2: return [.customer, .agent]
        default:
            throw UsageError("the input has \(channelCount) channels and no default mapping; "
                + "name each with --channels (e.g. --channels customer,agent" + String(repeating: ",-", count: channelCount - 2) + ")")
        }
    }
}
