import ArgumentParser
import UndertonePipeline

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one record per second per channel.",
        discussion: """
        Each JSON line has a "type" and a "time_s". "second" records (one per second per channel) carry the \
        channel's voice measures, what its words said (with --transcript), and, for the customer, arousal, \
        valence, the emotion index, dissatisfaction and the masked (hidden dissatisfaction) flag, all against \
        the speaker's own baseline. Each transcript segment is read as its speaker's role says it: an agent's \
        with the agent's lexicon, in which an offered refund or escalation is no complaint (see `undertone \
        sentiment --help`, --speaker). "warning" events mark each change of the early-warning level (blue, \
        yellow, red = take over now), with the evidence. Fields: docs/schema/; formulas: docs/fusion.md.

        Examples:
          undertone analyze call.wav
          undertone analyze call.wav --transcript call.vtt \\
              --speakers spk_0=agent,spk_1=customer
          undertone analyze call.wav --transcript call.jsonl \\
              --speakers spk_0=agent,spk_1=customer --config thresholds.yaml \\
              | grep '"warning"'
          undertone analyze call.wav --channels agent,customer --format csv \\
              --events warnings.jsonl > call.csv
          undertone analyze mono.flac --rate 16000
          some-pbx-tap | undertone analyze - --raw mulaw --raw-rate 8000 \\
              --raw-channels 2
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var fusion: FusionOptions

    @Option(help: "Output format: jsonl (one JSON object per line) or csv.")
    var format: RecordFormat = .jsonl

    func validate() throws {
        try fusion.checkEventsFile(audioPath: input.file)
    }

    func run() throws {
        try reportingErrors {
            let config = try fusion.fusionConfig()
            var eventsOutput: EventFile?
            try writeAnalysis(input, format: format) { writer, inputRoles, format in
                let roles = inputRoles.filter { $0 != .ignored }
                let aligner = try fusion.aligner(inputRoles: inputRoles, audioDurationSeconds: format.durationSeconds)
                // Opened only once the audio and transcript are known to be readable, so a failed run
                // leaves an existing events file alone.
                eventsOutput = try fusion.events.map { try EventFile(path: $0) }
                return try FusionStage(roles: roles, config: config, aligner: aligner,
                                       output: FusedRecordWriter(records: writer, eventsFile: eventsOutput))
            }
            try eventsOutput?.writer.flush()
        }
    }
}
