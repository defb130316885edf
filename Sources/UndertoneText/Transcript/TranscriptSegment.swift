import UndertoneCore

/// One stretch of transcribed speech by one speaker, with its time on the call's clock.
///
/// Times are seconds from the start of the audio. `speaker` is the label the transcript used
/// (`spk_0`, `ch_1`, `Agent`, or "" when it names none); `role` is what `SpeakerRoleMap` made of it.
/// `isFinal` is false for a live recogniser's partial result, which the next result of the same
/// speaker replaces.
public struct TranscriptSegment: Sendable, Equatable {
    public var startSeconds: Double
    public var endSeconds: Double
    public var speaker: String
    public var role: ChannelRole?
    public var text: String
    /// Word timings, when the transcript has them (Whisper `words`, AWS items, JSON Lines `words`).
    public var words: [TranscriptWord]?
    public var isFinal: Bool

    public init(startSeconds: Double, endSeconds: Double, speaker: String = "", role: ChannelRole? = nil,
                text: String, words: [TranscriptWord]? = nil, isFinal: Bool = true) {
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.speaker = speaker
        self.role = role
        self.text = text
        self.words = words
        self.isFinal = isFinal
    }

    public var durationSeconds: Double { endSeconds - startSeconds }
}

/// One timed word of a segment.
public struct TranscriptWord: Sendable, Equatable {
    public var text: String
    public var startSeconds: Double
    public var endSeconds: Double

    public init(text: String, startSeconds: Double, endSeconds: Double) {
        self.text = text
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
    }
}

/// A problem the reader tolerated (documented in docs/transcripts.md), for the user to see.
public struct TranscriptWarning: Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var position: String?
    public var message: String

    public init(source: String, position: String?, message: String) {
        self.source = source
        self.position = position
        self.message = message
    }

    public var description: String { [source, position, message].compactMap { $0 }.joined(separator: ": ") }
}

/// A segment as a parser found it, with where it was, for errors and warnings.
struct LocatedSegment {
    var segment: TranscriptSegment
    /// "line 12", "segment 3", "item 41".
    var position: String
}
