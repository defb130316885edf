import Foundation
import UndertoneCore

/// Reads OpenAI Whisper's JSON output (`whisper --output_format json`): `segments[]` with `start`, `end`
/// (seconds), `text`, and with `--word_timestamps True` `words[]` of `word`, `start`, `end`.
/// WhisperX's per-segment `speaker` is used when present.
enum WhisperJSONParser {
    private struct Document: Decodable {
        var segments: [Segment]
    }

    private struct Segment: Decodable {
        var start: Double
        var end: Double
        var text: String
        var speaker: String?
        var words: [Word]?
    }

    private struct Word: Decodable {
        var word: String
        var start: Double?
        var end: Double?
    }

    static func parse(_ text: String, source: String) throws -> [LocatedSegment] {
        let document = try JSONTranscriptDecoding.decode(Document.self, from: text, source: source)
        return document.segments.enumerated().map { index, segment in
            let words = segment.words?.compactMap { word -> TranscriptWord? in
                guard let start = word.start, let end = word.end else { return nil }
                return TranscriptWord(text: word.word.trimmingCharacters(in: .whitespaces), startSeconds: start, endSeconds: end)
            }
            return LocatedSegment(
                segment: TranscriptSegment(startSeconds: segment.start, endSeconds: segment.end, speaker: segment.speaker ?? "",
                                           text: segment.text.trimmingCharacters(in: .whitespaces), words: words),
                position: "segments[\(index)]")
        }
    }
}
