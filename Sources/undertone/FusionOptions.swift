import ArgumentParser
import Foundation
import UndertoneCore
import UndertoneFusion
import UndertonePipeline
import UndertoneText

/// Options of `analyze` that bring in the transcript and set up fusion and warnings.
struct FusionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Transcript of the call: WebVTT (.vtt), SRT (.srt), Whisper JSON, AWS Transcribe JSON, or JSON Lines \
        {"start":s,"end":s,"speaker":"...","text":"..."} (.jsonl). See docs/transcripts.md.
        """, valueName: "file"))
    var transcript: String?

    @Option(help: ArgumentHelp("""
        Roles of the transcript's speakers, e.g. spk_0=agent,spk_1=customer (spk_2=- ignores one; \
        =customer maps segments without a label). Labels that are role names need no mapping, nor do \
        channel labels ch_0, ch_1, …, which take the role of that audio channel (--channels, or \
        left = customer, right = agent).
        """, valueName: "map"))
    var speakers: String?

    @Option(help: ArgumentHelp("""
        YAML file overriding fusion and warning settings: every key with its default is in \
        docs/config/default.yaml, what each means in docs/fusion.md.
        """, valueName: "file"))
    var config: String?

    @Flag(help: ArgumentHelp("""
        Also infer the agent's emotions. Off by default: inferring the emotions of workers is prohibited \
        in the EU (AI Act, Regulation (EU) 2024/1689, Art. 5(1)(f)); without this flag nothing is \
        inferred from the agent's voice: agent records carry behaviour and measurements (speech activity, \
        pitch, voice quality, rate, overlap) and the sentiment of the agent's words from the transcript. \
        Use only where lawful and agreed.
        """))
    var agentEmotion = false

    @Option(help: ArgumentHelp("Also write warning events as JSON Lines to this file (the only place they go with --format csv).",
                               valueName: "file"))
    var events: String?

    @OptionGroup var scoring: TextScoringOptions

    /// Refuses an `--events` file that is one of the run's inputs (`audioPath`, the transcript, the
    /// configuration, a lexicon): it is created before the analysis runs and would overwrite it.
    func checkEventsFile(audioPath: String) throws {
        guard let events, let target = FileIdentity(path: events) else { return }
        let inputs = [("the audio file", audioPath), ("the transcript", transcript), ("the configuration", config)]
            + scoring.lexicon.map { ("a lexicon", $0) }
        for case let (what, path?) in inputs where FileIdentity(path: path) == target {
            throw ValidationError("--events \(events) is \(what) (\(path)); writing the events there would overwrite it. Name another file.")
        }
    }

    func fusionConfig() throws -> FusionConfig {
        var loaded = try config.map { try FusionConfigLoader.load(path: $0) } ?? FusionConfig()
        if agentEmotion { loaded.agentEmotion = true }
        return loaded
    }

    /// The transcript's per-second valence for the call's analysed channels, or nil without a transcript.
    /// `inputRoles` are the input channels' roles in order (`.ignored` for a skipped one): channel labels
    /// (`ch_1`) take their channel's role. A mono call's one `mixed` channel takes the customer's (or the
    /// single speaker's) words. When the audio's length is known, segments past its end are clipped (with
    /// a warning) or refused (a transcript that starts after the audio ends belongs to another call).
    func aligner(inputRoles: [ChannelRole], audioDurationSeconds: Double?) throws -> SecondValenceAligner? {
        guard let transcript else {
            if speakers != nil { throw UsageError("--speakers needs --transcript") }
            if scoring.isGiven { throw UsageError("--lang, --lexicon and --lexicon-format score a transcript's words and need --transcript") }
            return nil
        }
        var speakerRoles = try speakers.map(SpeakerRoleMap.parse) ?? SpeakerRoleMap()
        if inputRoles.count > 1 { speakerRoles.channelRoles = inputRoles }
        let roles = inputRoles.filter { $0 != .ignored }
        let reader = TranscriptReader(roles: speakerRoles) { warnOnStderr("\($0)") }
        var aligner = SecondValenceAligner(analyzer: try scoring.analyzer(speakers: Set(roles)), roles: roles)
        let url = URL(fileURLWithPath: transcript)
        let segments = try audioDurationSeconds.map { try reader.read(url: url, audioDurationSeconds: $0) } ?? reader.read(url: url)
        placeSegments(segments, onto: roles, into: &aligner, transcript: transcript)
        return aligner
    }
}
