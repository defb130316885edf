import ArgumentParser
import UndertoneCore

/// `--channel`: the one channel a single-channel listing (pitch, syllables) reads.
struct ChannelChoice: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("""
        Channel to read: a role (customer, agent, mixed) or a 1-based channel number. \
        Default: the first analysed channel.
        """, valueName: "channel"))
    var channel: String?

    /// The roles with every channel but the chosen one set to `ignored`.
    func keepOnly(of roles: [ChannelRole]) throws -> [ChannelRole] {
        let chosen: Int?
        if let channel, let number = Int(channel) {
            guard (1...roles.count).contains(number) else {
                throw UsageError("--channel \(number): the input has \(roles.count) channel(s), numbered from 1")
            }
            guard roles[number - 1] != .ignored else {
                throw UsageError("--channel \(number) is a channel --channels skips ('-'); name it there, or drop --channels")
            }
            chosen = number - 1
        } else if let channel {
            guard let role = ChannelRole(rawValue: channel.lowercased()), role != .ignored else {
                throw UsageError("--channel '\(channel)': use customer, agent, mixed or a channel number")
            }
            chosen = roles.firstIndex(of: role)
            if chosen == nil { throw UsageError("--channel \(channel): no channel has that role") }
        } else {
            chosen = roles.firstIndex { $0 != .ignored }
        }
        return roles.indices.map { $0 == chosen ? roles[$0] : .ignored }
    }
}
