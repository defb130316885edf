import Foundation
import UndertoneCore

/// Reads SubRip (.srt): numbered blocks of `hh:mm:ss,ttt --> hh:mm:ss,ttt` and text lines.
///
/// SRT has no speaker field; the conventions diarising tools use are recognised: a `<v Name>` span, a
/// leading `[Name]`, or a leading `Name:` where the name is at most three words and 32 characters
/// (`SPEAKER_00:`, `Agent:`, `spk_1:`). Other text has speaker "".
enum SRTParser {
    static func parse(_ text: String, source: String) throws -> [LocatedSegment] {
        var segments: [LocatedSegment] = []
        for block in CueBlocks.split(text) {
            let cue = try block.timed(source: source, what: "subtitle timing", form: "hh:mm:ss,ttt --> hh:mm:ss,ttt")
            for run in CueText.voiceRuns(cue.payload) {
                let (speaker, words) = run.voice.isEmpty ? speakerPrefix(run.text) : (run.voice, run.text)
                segments.append(LocatedSegment(
                    segment: TranscriptSegment(startSeconds: cue.startSeconds, endSeconds: cue.endSeconds, speaker: speaker, text: words),
                    position: "line \(cue.timingLine)"))
            }
        }
        return segments
    }

    /// `[Name] text` or `Name: text` → (Name, text); otherwise ("", text).
    static func speakerPrefix(_ text: String) -> (String, String) {
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            let name = text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: .whitespaces)
            return (name, text[text.index(after: close)...].trimmingCharacters(in: .whitespaces))
        }
        if let colon = text.firstIndex(of: ":") {
            let name = text[..<colon]
            let isName = !name.isEmpty && name.count <= 32 && name.split(separator: " ").count <= 3
                && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == " " || $0 == "-" || $0 == "." }
            let rest = text[text.index(after: colon)...]
            if isName, rest.first == " " || rest.isEmpty {
                return (String(name), rest.trimmingCharacters(in: .whitespaces))
            }
        }
        return ("", text)
    }
}
