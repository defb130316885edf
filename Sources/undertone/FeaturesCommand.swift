import ArgumentParser
import UndertonePipeline

struct Features: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print per-frame (10 ms) measurements, for tools and benchmarks.",
        discussion: """
        CSV columns: time_s (centre of the frame), channel, intensity_db (dB re 2e-5, full-scale sine = 91), \
        speech (1 when voice activity is detected), f0_hz (fundamental frequency, 0 when unvoiced), \
        voicing (periodicity in [0, 1]), envelope_db (the 300-2600 Hz band envelope syllable nuclei are \
        found on, in dB), nucleus (1 at a syllable nucleus; docs/speech-rate.md).

        Examples:
          undertone features call.wav --format csv > frames.csv
          undertone features call.wav --channels customer,- | head
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var pitch: PitchOptions
    @OptionGroup var speechRate: SpeechRateOptions

    @Option(help: "Output format: csv (with a header row) or jsonl.")
    var format: RecordFormat = .csv

    func run() throws {
        try writeAnalysis(input, format: format, adjust: { settings, _ in
            try pitch.apply(to: &settings)
            try speechRate.apply(to: &settings)
        }) { writer, _, _ in
            FrameRecordSink(writer: writer)
        }
    }
}
