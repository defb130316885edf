import ArgumentParser
import UndertoneCore
import UndertonePipeline

struct Syllables: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the syllable nuclei of one channel, then its speech-rate summary.",
        discussion: """
        One row per nucleus: time_s (the envelope peak), strength (its prominence over the surrounding \
        dips, in dB). The last line sums the file up, as a comment in CSV (here the customer of the \
        bundled example call):
          # syllables=72 speech_s=38.16 duration_s=52.1 rate_sps=1.89 articulation_sps=4.54 pauses=3 pause_s=1.07 turn_gaps=3 turn_gap_s=21.22 phonation_s=15.87
        speech_s is the speaking span (first to last speech); pauses are silences of 0.3-3 s within it, \
        turn gaps silences over 3 s (the other party's turns, hold); phonation_s = speech_s - pause_s - \
        turn_gap_s; rate_sps = syllables / speech_s, articulation_sps = syllables / phonation_s. Method: de \
        Jong & Wempe (2009), streaming, on a 300-2600 Hz band envelope (docs/speech-rate.md).

        Examples:
          undertone syllables utterance.wav
          undertone syllables call.wav --channel customer --format jsonl
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var channel: ChannelChoice
    @OptionGroup var pitch: PitchOptions
    @OptionGroup var speechRate: SpeechRateOptions

    @Option(help: "Output format: csv (header, rows, closing # summary) or jsonl (nucleus records, then a syllable_summary record).")
    var format: RecordFormat = .csv

    func run() throws {
        try reportingErrors {
            let writer = RecordWriter(format: format, output: TextOutput())
            defer { try? writer.flush() }
            let sink = NucleusSink(writer: writer)
            try runAnalysis(input, writer: writer, adjust: { settings, roles in
                try pitch.apply(to: &settings)
                try speechRate.apply(to: &settings)
                settings.stages = [.activity, .speechRate]
                roles = try channel.keepOnly(of: roles)
            }) { _, _ in sink }
            try writer.writeHeaderIfNeeded(NucleusRecord(timeSeconds: 0, strengthDB: 0))
            try writer.writeSummary(sink.summary, csvComment: sink.summary.commentLine)
            try writer.flush()
        }
    }
}

/// One syllable nucleus: `time_s,strength`.
struct NucleusRecord: FieldRecord {
    var timeSeconds: Double
    var strengthDB: Float

    var fields: [Field] {
        [
            Field("type", .string("nucleus")),
            Field("time_s", .number(timeSeconds, decimals: 2)),
            Field("strength", .number(Double(strengthDB), decimals: 2)),
        ]
    }
}

/// Writes nuclei as they are found and keeps the channel's summary.
final class NucleusSink: AnalysisSink {
    var wantsSeconds: Bool { false }
    let writer: RecordWriter
    private(set) var summary = SyllableSummary()

    init(writer: RecordWriter) { self.writer = writer }

    func receive(frame: FrameFeatures, role: ChannelRole) throws {
        summary.add(frame)
        if let strength = frame.nucleusProminenceDB {
            try writer.write(NucleusRecord(timeSeconds: frame.timeSeconds, strengthDB: strength))
        }
    }
}
