import ArgumentParser
import UndertonePipeline

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one record per second per channel.",
        discussion: """
        Each JSON line has "type":"second", "time_s" (start of the second) and "channel" (its role), with
        the second's intensity and speech activity. The fields are documented in docs/schema/.

        Examples:
          undertone analyze call.wav
          undertone analyze call.wav --channels agent,customer --format csv > call.csv
          undertone analyze mono.flac --rate 16000
          some-pbx-tap | undertone analyze - --raw mulaw --raw-rate 8000 --raw-channels 2
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl (one JSON object per line) or csv.")
    var format: RecordFormat = .jsonl

    func run() throws {
        try writeAnalysis(input, format: format, makeSink: SecondRecordSink.init)
    }
}
