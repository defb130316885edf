import Foundation

/// The text of a WebVTT or SRT cue: voice spans, other markup stripped, character references decoded.
///
/// WebVTT §4.2 cue text: `<v Name>`, `<v.class Name>` open a voice span that lasts to `</v>` or the end
/// of the cue; `<c>`, `<i>`, `<b>`, `<u>`, `<ruby>`, `<lang>`, inline timestamps `<00:01.500>` and SRT's
/// `<font …>` are dropped, keeping their text. `&amp; &lt; &gt; &nbsp; &lrm; &rlm;` are decoded.
enum CueText {
    /// A run of cue text and the voice it is in ("" when none).
    struct VoiceRun: Equatable {
        var voice: String
        var text: String
    }

    /// Splits cue payload lines into voice runs (lines joined with a space), empty runs dropped; a cue
    /// with no text at all is one empty run, so validation drops it with its warning like any empty segment.
    static func voiceRuns(_ lines: [Substring]) -> [VoiceRun] {
        var runs: [VoiceRun] = []
        var voice = ""
        var text = ""
        let payload = lines.joined(separator: " ")
        var index = payload.startIndex
        while index < payload.endIndex {
            if payload[index] == "<", let tagEnd = payload[index...].firstIndex(of: ">") {
                let tag = payload[payload.index(after: index)..<tagEnd]
                if tag.hasPrefix("v ") || tag.hasPrefix("v.") || tag == "/v" {
                    append(&runs, voice: voice, text: text)
                    text = ""
                    voice = tag == "/v" ? "" : tag.drop(while: { !$0.isWhitespace }).trimmingCharacters(in: .whitespaces)
                }
                index = payload.index(after: tagEnd)
                continue
            }
            text.append(payload[index])
            index = payload.index(after: index)
        }
        append(&runs, voice: voice, text: text)
        return runs.isEmpty ? [VoiceRun(voice: voice, text: "")] : runs
    }

    private static func append(_ runs: inout [VoiceRun], voice: String, text: String) {
        let cleaned = decode(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if !cleaned.isEmpty { runs.append(VoiceRun(voice: voice, text: cleaned)) }
    }

    private static let references = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&lrm;": "", "&rlm;": "",
                                     "&quot;": "\"", "&apos;": "'"]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (reference, character) in references { result = result.replacingOccurrences(of: reference, with: character) }
        return result
    }
}
