import ArgumentParser
import Foundation
import UndertoneAudio
import UndertoneCore
import UndertoneDSP
import UndertonePipeline

/// Options that say which audio to read and how to map and resample its channels.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Audio file to analyse (WAV, FLAC, Ogg/Vorbis, Opus, MP3), or - for raw audio on stdin (with --raw).",
                                 valueName: "file"))
    var file: String

    @Option(parsing: .unconditional, help: ArgumentHelp("""
        Role of each input channel, in order: customer, agent, mixed, or - to skip a channel \
        (e.g. -,agent). Default: mono is 'mixed', stereo is 'customer,agent' (left = customer).
        """, valueName: "roles"))
    var channels: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Analysis sample rate in Hz: 8000 (telephone band) or 16000 (wideband).", valueName: "hz"))
    var rate: Int = 8000

    @Option(help: ArgumentHelp("Read headerless audio in this encoding: s16le, mulaw or alaw.", valueName: "encoding"))
    var raw: RawEncoding?

    @Option(name: .customLong("raw-rate"), parsing: .unconditional, help: ArgumentHelp("Sample rate of raw input, in Hz, \(StreamFormat.sampleRateRangeHz.lowerBound)–\(StreamFormat.sampleRateRangeHz.upperBound) (default: 8000).", valueName: "hz"))
    var rawRateHz: Int?

    @Option(name: .customLong("raw-channels"), parsing: .unconditional, help: ArgumentHelp("Channel count of raw input, interleaved, 1–\(StreamFormat.maxChannelCount) (default: 1).", valueName: "n"))
    var rawChannels: Int?

    @Option(name: .customLong("threads"), parsing: .unconditional, help: ArgumentHelp("""
        Threads to analyse on at once (default: this machine's cores). Each channel's pitch tracker runs \
        beside its other stages; the output is the same for any count. Use 1 when many files are \
        analysed side by side.
        """, valueName: "n"))
    var threadCount: Int?

    /// `--threads`, or this machine's cores.
    var threads: Int { threadCount ?? ProcessInfo.processInfo.activeProcessorCount }

    /// `--input-high-pass` (Hz, 0: off); nil when not given, for the command's default.
    @Option(name: .customLong("input-high-pass"), parsing: .unconditional, help: .hidden)
    var highPassHz: Double?

    @Option(name: .customLong("input-high-pass-order"), parsing: .unconditional, help: .hidden)
    var highPassOrder: Int = InputHighPassSettings().order

    @Option(name: .customLong("input-high-pass-lanes"), parsing: .unconditional, help: .hidden)
    var highPassLanes: InputHighPassSettings.Lanes = InputHighPassSettings().lanes

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1 (got \(threads))") }
        if file == "-" && raw == nil {
            throw ValidationError("reading stdin needs --raw s16le|mulaw|alaw (and --raw-rate, --raw-channels): stdin is read as headerless audio; give a WAV or other audio file by its path")
        }
        if raw == nil, rawRateHz != nil || rawChannels != nil {
            throw ValidationError("--raw-rate and --raw-channels describe headerless audio and need --raw; \(file)'s own header gives its rate and channels")
        }
    }

    /// Opens the input; `beforeWaiting` runs whenever raw audio (stdin, a FIFO) has nothing ready yet.
    func openSource(beforeWaiting: @escaping () throws -> Void) throws -> AudioSource {
        if let raw {
            let source = try RawAudioSource(path: file, encoding: raw, sampleRateHz: rawRateHz ?? 8000, channelCount: rawChannels ?? 1)
            source.beforeWaiting = beforeWaiting
            return source
        }
        return try SndFileSource(path: file, warn: warnOnStderr)
    }

    func roles(for format: StreamFormat) throws -> [ChannelRole] {
        if let channels { return try ChannelRole.parseMapping(channels) }
        return try ChannelRole.defaultMapping(channelCount: format.channelCount)
    }

    /// The analysis settings these options ask for.
    func settings() throws -> AnalysisSettings {
        var settings = try AnalysisSettings(sampleRateHz: rate)
        let highPassHz = highPassHz ?? settings.inputHighPass.cutoffHz
        guard highPassHz >= 0, highPassHz < Double(rate) / 4, HighPassFilter.supports(order: highPassOrder) else {
            throw UsageError("input high-pass \(highPassHz) Hz, order \(highPassOrder): the cut-off must lie between 0 (off) "
                             + "and \(rate / 4) Hz, the order be even, 2–12")
        }
        settings.inputHighPass.cutoffHz = highPassHz
        settings.inputHighPass.order = highPassOrder
        settings.inputHighPass.lanes = highPassLanes
        return settings
    }
}

extension RawEncoding: ExpressibleByArgument {}
extension InputHighPassSettings.Lanes: ExpressibleByArgument {}
extension RecordFormat: ExpressibleByArgument {}
