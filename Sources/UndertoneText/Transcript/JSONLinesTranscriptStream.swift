import Foundation
import UndertoneCore

/// Reads transcript JSON Lines one line at a time, as a live recogniser delivers them.
///
/// Each line: `{"start": 1.2, "end": 3.4, "speaker": "spk_0", "text": "…"}`, with optional
/// `"is_final": false` (or `"final"`) for a partial result, `"channel": 0` (label `ch_0`) when there is
/// no speaker, `"role": "customer"` to give the role directly, and `"words": [{"word", "start", "end"}]`.
/// Blank lines are skipped. Roles come from `roles` as each speaker first appears, so a live stream needs
/// an explicit mapping, role names or channel labels (`SpeakerRoleMap.role(forLabel:)`).
public struct JSONLinesTranscriptStream: Sendable {
    public let source: String
    public let roles: SpeakerRoleMap
    /// Lines fed so far (the next line's number is `lineNumber + 1`).
    public private(set) var lineNumber = 0

    public init(source: String = "stdin", roles: SpeakerRoleMap = SpeakerRoleMap()) {
        self.source = source
        self.roles = roles
    }

    private struct Line: Decodable {
        var start: Double
        var end: Double
        var text: String
        var speaker: String?
        var channel: Channel?
        var role: String?
        var is_final: Bool?
        var final: Bool?
        var words: [Word]?
    }

    private enum Channel: Decodable {
        case number(Int), label(String)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else if let label = try? container.decode(String.self) {
                self = .label(label)
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a whole channel number (0, 1, …) or a label")
            }
        }
        var label: String {
            switch self {
            case .number(let number): return "ch_\(number)"
            case .label(let label): return label
            }
        }
    }

    private struct Word: Decodable {
        var word: String?
        var text: String?
        var start: Double
        var end: Double
    }

    /// Parses one line; nil for a blank line. Checks times and resolves the role.
    /// - Throws: `InputError` (bad JSON, missing field, end before start, …) or `UsageError` (speaker
    ///   with no role).
    public mutating func feed(line: String) throws -> TranscriptSegment? {
        guard let located = try parse(line: line) else { return nil }
        try TranscriptValidation.checkTimes(located, source: source)
        var segment = located.segment
        if segment.role == nil { segment.role = try roles.role(forLabel: segment.speaker) }
        return segment
    }

    /// Parses one line without resolving its role (the batch reader resolves all speakers together).
    mutating func parse(line: String) throws -> LocatedSegment? {
        lineNumber += 1
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        let position = "line \(lineNumber)"
        let decoded = try JSONTranscriptDecoding.decode(Line.self, from: trimmed, source: source, position: position)
        if case .number(let number) = decoded.channel, number < 0 {
            throw InputError(source: source, position: position, problem: "'channel' is \(number); channels count from 0 (ch_0 is the left or only one)")
        }
        var role: ChannelRole?
        if let name = decoded.role {
            guard let parsed = ChannelRole(rawValue: name.lowercased()) else {
                throw InputError(source: source, position: position, problem: "unknown role '\(name)'; use customer, agent, mixed or -")
            }
            role = parsed
        }
        let words = decoded.words?.map {
            TranscriptWord(text: $0.word ?? $0.text ?? "", startSeconds: $0.start, endSeconds: $0.end)
        }
        let segment = TranscriptSegment(startSeconds: decoded.start, endSeconds: decoded.end,
                                        speaker: decoded.speaker ?? decoded.channel?.label ?? "", role: role,
                                        text: decoded.text, words: words, isFinal: decoded.is_final ?? decoded.final ?? true)
        return LocatedSegment(segment: segment, position: position)
    }
}
