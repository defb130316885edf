import UndertoneCore

/// Reads WebVTT (W3C, "WebVTT: The Web Video Text Tracks Format", https://www.w3.org/TR/webvtt1/).
///
/// The file must start with `WEBVTT`. `NOTE`, `STYLE` and `REGION` blocks are skipped; a cue is an
/// optional identifier line, a timing line `start --> end [settings]`, and payload lines. Each voice
/// span (`<v Name>`) becomes a segment with the cue's times; text outside any span has speaker "".
enum WebVTTParser {
    static func parse(_ text: String, source: String) throws -> [LocatedSegment] {
        let blocks = CueBlocks.split(text)
        guard let header = blocks.first, header.lines[0].hasPrefix("WEBVTT") else {
            throw InputError(source: source, position: "line 1", problem: "a WebVTT file must start with 'WEBVTT'")
        }
        var segments: [LocatedSegment] = []
        for block in blocks.dropFirst() {
            let first = block.lines[0]
            if first.hasPrefix("NOTE") || first.hasPrefix("STYLE") || first.hasPrefix("REGION") { continue }
            let cue = try block.timed(source: source, what: "cue timing", form: "hh:mm:ss.ttt --> hh:mm:ss.ttt")
            for run in CueText.voiceRuns(cue.payload) {
                segments.append(LocatedSegment(
                    segment: TranscriptSegment(startSeconds: cue.startSeconds, endSeconds: cue.endSeconds, speaker: run.voice, text: run.text),
                    position: "line \(cue.timingLine)"))
            }
        }
        return segments
    }
}
