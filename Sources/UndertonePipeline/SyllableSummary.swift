import UndertoneCore
import UndertoneDSP

/// Whole-stream speech-rate totals of one channel, as de Jong & Wempe (2009) report them: syllables,
/// speaking span (first to last frame loud enough for speech, without the VAD's hangover), pauses (0.3–3 s
/// silences within it), phonation time (span minus pauses), speech rate (syllables / span) and
/// articulation rate (syllables / phonation time). One channel of a call also falls silent for whole
/// turns of the other party: silences over 3 s within the span are turn gaps, counted apart and left out
/// of phonation time too, so the articulation rate is the speaker's tempo while speaking.
public struct SyllableSummary: Sendable, Equatable, FieldRecord {
    public private(set) var syllables = 0
    public private(set) var frames = 0
    public private(set) var pauses = 0
    private var pauseFrames = 0
    public private(set) var turnGaps = 0
    private var turnGapFrames = 0
    private var firstSpeechFrame: Int?
    private var lastSpeechFrame: Int?
    private var pauseTracker = PauseTracker()

    public init() {}

    public mutating func add(_ frame: FrameFeatures) {
        frames += 1
        if frame.isNucleus { syllables += 1 }
        if frame.isLoud {
            firstSpeechFrame = firstSpeechFrame ?? frame.index
            lastSpeechFrame = frame.index
        }
        switch pauseTracker.push(isSpeech: frame.isLoud) {
        case .pause(let frames):
            pauses += 1
            pauseFrames += frames
        case .turnGap(let frames):
            turnGaps += 1
            turnGapFrames += frames
        case nil:
            break
        }
    }

    private var hop: Double { AnalysisSettings.hopSeconds }
    public var durationSeconds: Double { Double(frames) * hop }
    /// First to last frame of speech, in seconds; 0 without speech.
    public var speakingSpanSeconds: Double {
        guard let first = firstSpeechFrame, let last = lastSpeechFrame else { return 0 }
        return Double(last - first + 1) * hop
    }
    public var pauseSeconds: Double { Double(pauseFrames) * hop }
    public var turnGapSeconds: Double { Double(turnGapFrames) * hop }
    public var phonationSeconds: Double { speakingSpanSeconds - pauseSeconds - turnGapSeconds }
    public var speechRateSPS: Double? { speakingSpanSeconds > 0 ? Double(syllables) / speakingSpanSeconds : nil }
    public var articulationRateSPS: Double? { phonationSeconds > 0 ? Double(syllables) / phonationSeconds : nil }

    public var fields: [Field] {
        [
            Field("type", .string("syllable_summary")),
            Field("syllables", .integer(syllables)),
            Field("speech_s", .number(speakingSpanSeconds, decimals: 2)),
            Field("duration_s", .number(durationSeconds, decimals: 2)),
            Field("rate_sps", .optionalNumber(speechRateSPS, decimals: 2)),
            Field("articulation_sps", .optionalNumber(articulationRateSPS, decimals: 2)),
            Field("pauses", .integer(pauses)),
            Field("pause_s", .number(pauseSeconds, decimals: 2)),
            Field("turn_gaps", .integer(turnGaps)),
            Field("turn_gap_s", .number(turnGapSeconds, decimals: 2)),
            Field("phonation_s", .number(phonationSeconds, decimals: 2)),
        ]
    }

    /// `# syllables=12 speech_s=2.31 ...`: the summary as the closing comment line of the CSV listing.
    public var commentLine: String {
        "# " + fields.dropFirst().map { field in
            let value = FieldRendering.csvRow([field])
            return "\(field.name)=\(value.isEmpty ? "null" : value)"
        }.joined(separator: " ")
    }
}
