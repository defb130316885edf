import Foundation
import UndertoneCore

/// Reads a transcript file in any supported format (`TranscriptFormat`) into segments with roles.
///
/// Reading = decode UTF-8 (`TextFile`), parse, `TranscriptValidation`, then map speakers to roles with
/// `roles` (`SpeakerRoleMap.resolve`). Tolerated problems go to `onWarning`. For the live path use
/// `JSONLinesTranscriptStream`.
public struct TranscriptReader: Sendable {
    public var roles: SpeakerRoleMap
    /// nil: detect from the extension and content.
    public var format: TranscriptFormat?
    public var onWarning: @Sendable (TranscriptWarning) -> Void

    public init(roles: SpeakerRoleMap = SpeakerRoleMap(), format: TranscriptFormat? = nil,
                onWarning: @escaping @Sendable (TranscriptWarning) -> Void = { _ in }) {
        self.roles = roles
        self.format = format
        self.onWarning = onWarning
    }

    /// - Throws: `InputError` (unreadable, invalid UTF-8, malformed, bad times, empty) or `UsageError`
    ///   (speakers whose role cannot be decided).
    public func read(url: URL) throws -> [TranscriptSegment] {
        try read(text: TextFile.read(url), source: url.relativePath)
    }

    /// Reads `audioDurationSeconds` of a call's transcript: as `read(url:)`, then clipped to the audio.
    public func read(url: URL, audioDurationSeconds: Double) throws -> [TranscriptSegment] {
        try TranscriptValidation.clip(read(url: url), toDurationSeconds: audioDurationSeconds, source: url.relativePath, warn: onWarning)
    }

    /// Reads transcript text; `source` is the file name used for format detection and in errors.
    public func read(text: String, source: String) throws -> [TranscriptSegment] {
        guard let format = format ?? TranscriptFormat.detect(path: source, content: text) else {
            throw InputError(source: source, problem: "unknown transcript format; use .vtt, .srt, .jsonl, or Whisper/AWS Transcribe .json")
        }
        let parsed: [LocatedSegment]
        switch format {
        case .webVTT: parsed = try WebVTTParser.parse(text, source: source)
        case .srt: parsed = try SRTParser.parse(text, source: source)
        case .whisperJSON: parsed = try WhisperJSONParser.parse(text, source: source)
        case .awsTranscribeJSON: parsed = try AWSTranscribeParser.parse(text, source: source)
        case .jsonLines:
            var stream = JSONLinesTranscriptStream(source: source, roles: roles)
            parsed = try TextFile.lines(text).compactMap { try stream.parse(line: String($0)) }
        }
        let valid = try TranscriptValidation.validate(parsed, source: source, warn: onWarning)
        let unassigned = valid.filter { $0.segment.role == nil }.map(\.segment.speaker)
        let mapping = try roles.resolve(labels: unassigned)
        return valid.map { located in
            var segment = located.segment
            if segment.role == nil { segment.role = mapping[segment.speaker] }
            return segment
        }
    }
}
