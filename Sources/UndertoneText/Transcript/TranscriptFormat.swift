import Foundation

/// The transcript formats Undertone reads, and how a file's format is recognised.
///
/// - `webVTT`: W3C WebVTT (https://www.w3.org/TR/webvtt1/), speakers from `<v Name>` voice spans.
/// - `srt`: SubRip, speakers from a `Name:` or `[Name]` prefix or a `<v Name>` span.
/// - `whisperJSON`: OpenAI Whisper's `--output_format json` (`segments`, optional `words`; a per-segment
///   `speaker`, as WhisperX writes it, is used when present).
/// - `awsTranscribeJSON`: Amazon Transcribe batch output (`results.items`, `speaker_labels`,
///   `channel_labels`, `audio_segments`).
/// - `jsonLines`: one `{"start":…, "end":…, "speaker":…, "text":…}` object per line (also the live path).
public enum TranscriptFormat: String, Sendable, CaseIterable {
    case webVTT = "vtt"
    case srt
    case whisperJSON = "whisper"
    case awsTranscribeJSON = "aws"
    case jsonLines = "jsonl"

    /// By extension (.vtt, .srt, .jsonl/.ndjson), else by content: `WEBVTT` header, an SRT timing line,
    /// a JSON document with `results.items` (AWS) or `segments` (Whisper), else JSON Lines.
    public static func detect(path: String, content: String) -> TranscriptFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "vtt": return .webVTT
        case "srt": return .srt
        case "jsonl", "ndjson": return .jsonLines
        default: break
        }
        let head = content.drop(while: { $0.isWhitespace }).prefix(4096)
        if head.hasPrefix("WEBVTT") { return .webVTT }
        if head.first == "{" {
            if head.contains("\"results\""), content.contains("\"items\"") { return .awsTranscribeJSON }
            let firstLine = head.prefix(while: { !$0.isNewline })
            if firstLine.contains("\"segments\"") || (!firstLine.hasSuffix("}") && head.contains("\"segments\"")) {
                return .whisperJSON
            }
            return .jsonLines
        }
        if head.range(of: #"^\s*\d+[ \t]*(?:\r\n?|\n)\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->"#, options: .regularExpression) != nil {
            return .srt
        }
        return nil
    }
}
