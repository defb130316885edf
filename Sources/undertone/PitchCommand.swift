import ArgumentParser
import UndertoneCore
import UndertonePipeline

struct Pitch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the pitch track of one channel: time_s,f0_hz,voicing every 10 ms.",
        discussion: """
        Columns: time_s (centre of the frame), f0_hz (fundamental frequency, 0 when unvoiced), voicing
        (periodicity in [0, 1]: the normalised autocorrelation at the period). The tracker follows
        Boersma (1993) with a 150 ms look-ahead path search; see docs/accuracy.md for its accuracy.

        Examples:
          undertone pitch speech.wav --format csv > f0.csv
          undertone pitch call.wav --channel agent --floor 75 --ceiling 400
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var pitch: PitchOptions

    @Option(help: ArgumentHelp("""
        Channel to track: a role (customer, agent, mixed) or a 1-based channel number. \
        Default: the first analysed channel.
        """, valueName: "channel"))
    var channel: String?

    @Option(help: "Output format: csv (with a header row) or jsonl.")
    var format: RecordFormat = .csv

    func run() throws {
        try writeAnalysis(input, format: format, makeSink: PitchRecordSink.init) { settings, roles in
            try pitch.apply(to: &settings)
            settings.pitchOnly = true
            roles = try Self.keepOnly(channel, of: roles)
        }
    }

    /// The roles with every channel but the chosen one set to `ignored`.
    static func keepOnly(_ choice: String?, of roles: [ChannelRole]) throws -> [ChannelRole] {
        let chosen: Int?
        if let choice, let number = Int(choice) {
            guard (1...roles.count).contains(number) else {
                throw UsageError("--channel \(number): the input has \(roles.count) channel(s)")
            }
            chosen = number - 1
        } else if let choice {
            guard let role = ChannelRole(rawValue: choice.lowercased()), role != .ignored else {
                throw UsageError("--channel '\(choice)': use customer, agent, mixed or a channel number")
            }
            chosen = roles.firstIndex(of: role)
            if chosen == nil { throw UsageError("--channel \(choice): no channel has that role") }
        } else {
            chosen = roles.firstIndex { $0 != .ignored }
        }
        return roles.indices.map { $0 == chosen ? (roles[$0] == .ignored ? .mixed : roles[$0]) : .ignored }
    }
}

/// Writes the pitch listing of the one analysed channel.
final class PitchRecordSink: AnalysisSink {
    let writer: RecordWriter
    init(writer: RecordWriter) { self.writer = writer }
    func receive(frame: FrameFeatures, role: ChannelRole) throws {
        try writer.write(PitchRecord(frame: frame))
    }
}
