import ArgumentParser
import UndertoneCore
import UndertonePipeline

struct Pitch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the pitch track of one channel: time_s,f0_hz,voicing every 10 ms.",
        discussion: """
        Columns: time_s (centre of the frame), f0_hz (fundamental frequency, 0 when unvoiced), voicing \
        (periodicity in [0, 1]: the normalised autocorrelation at the period). The tracker follows \
        Boersma (1993) with a 150 ms look-ahead path search; see docs/accuracy.md for its accuracy. \
        It reads the audio as it is; analyze, features and syllables first high-pass it at 175 Hz for \
        the syllable detector, so their f0 can differ at the edges of voiced stretches.

        Examples:
          undertone pitch speech.wav --format csv > f0.csv
          undertone pitch call.wav --channel agent --floor 75 --ceiling 400
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var pitch: PitchOptions

    @OptionGroup var channel: ChannelChoice

    @Option(help: "Output format: csv (with a header row) or jsonl.")
    var format: RecordFormat = .csv

    func run() throws {
        try writeAnalysis(input, format: format, adjust: { settings, roles in
            try pitch.apply(to: &settings)
            settings.stages = []
            // The input high-pass serves the syllable-nucleus detector (speech-rate round 13) and costs
            // pitch a little voicing at the edges of voiced stretches: a pitch track reads the audio as
            // it is unless --input-high-pass asks otherwise.
            if input.highPassHz == nil { settings.inputHighPass.cutoffHz = 0 }
            roles = try channel.keepOnly(of: roles)
        }) { writer, _, _ in PitchRecordSink(writer: writer) }
    }
}

final class PitchRecordSink: AnalysisSink {
    var wantsSeconds: Bool { false }
    let writer: RecordWriter
    init(writer: RecordWriter) { self.writer = writer }
    func receive(frame: FrameFeatures, role: ChannelRole) throws {
        try writer.write(PitchRecord(frame: frame))
    }
}
