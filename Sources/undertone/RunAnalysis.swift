import UndertoneAudio
import UndertoneCore
import UndertonePipeline

/// Runs the analysis and writes what `makeSink` selects to stdout in `format`, reporting errors the
/// documented way (see `reportingErrors`).
func writeAnalysis(_ input: InputOptions, format: RecordFormat,
                   adjust: (inout AnalysisSettings, inout [ChannelRole]) throws -> Void = { _, _ in },
                   makeSink: (RecordWriter, [ChannelRole], StreamFormat) throws -> AnalysisSink) throws {
    try reportingErrors {
        let writer = RecordWriter(format: format, output: TextOutput())
        defer { try? writer.flush() }
        try runAnalysis(input, writer: writer, adjust: adjust) { roles, format in try makeSink(writer, roles, format) }
        try writer.flush()
    }
}

/// Opens the input, builds the call analyzer and runs it to the end, with progress on a terminal.
/// `adjust` may change the settings and the channel roles a command derived from `input`; `makeSink`
/// gets the input channels' roles, in channel order (`.ignored` for a skipped one), and the input's
/// format, once the input is open.
/// `writer` is flushed whenever a live feed has nothing ready, so its records and warnings go out as they
/// are made, not when a buffer fills.
func runAnalysis(_ input: InputOptions, writer: RecordWriter,
                 adjust: (inout AnalysisSettings, inout [ChannelRole]) throws -> Void = { _, _ in },
                 makeSink: ([ChannelRole], StreamFormat) throws -> AnalysisSink) throws {
    var settings = try input.settings()
    let source = try input.openSource(beforeWaiting: writer.flush)
    warnIfNarrowBand(source.format, name: input.file)
    var roles = try input.roles(for: source.format)
    try adjust(&settings, &roles)
    let sink = try makeSink(roles, source.format)
    let analyzer = try CallAnalyzer(format: source.format, roles: roles, settings: settings, threads: input.threads, sink: sink)
    let progress = ProgressReporter(source: source)
    defer { progress.finish() }
    try SourceRunner.run(source, through: analyzer, progress: progress.update(framesRead:))
}

/// Writes per-frame rows.
final class FrameRecordSink: AnalysisSink {
    var wantsSeconds: Bool { false }
    let writer: RecordWriter
    init(writer: RecordWriter) { self.writer = writer }
    func receive(frame: FrameFeatures, role: ChannelRole) throws {
        try writer.write(FrameRecord(frame: frame, role: role))
    }
}

/// Audio sampled under the telephone band's 8 kHz holds nothing above half its rate: resampled up, it still
/// lacks the syllable detector's band (up to 2600 Hz: docs/speech-rate.md) and the upper harmonics pitch
/// and voice quality read. Analysed all the same, with a warning.
func warnIfNarrowBand(_ format: StreamFormat, name: String) {
    guard format.sampleRateHz < 8000 else { return }
    warnOnStderr("\(name): sampled at \(format.sampleRateHz) Hz, under the telephone band's 8000 Hz: nothing above "
                 + "\(format.sampleRateHz / 2) Hz is there, so pitch, voice quality and syllables are unreliable")
}
