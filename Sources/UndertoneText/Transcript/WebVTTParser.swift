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
            guard let timingIndex = block.lines.prefix(2).firstIndex(where: { $0.contains("-->") }) else {
                throw InputError(source: source, position: "line \(block.firstLine)",
                                 problem: "expected a cue timing line 'hh:mm:ss.ttt --> hh:mm:ss.ttt'")
            }
            let line = block.firstLine + timingIndex
            guard let (start, end) = CueTimestamp.range(block.lines[timingIndex]) else {
                throw InputError(source: source, position: "line \(line)",
                                 problem: "bad cue timing '\(block.lines[timingIndex])'; expected 'hh:mm:ss.ttt --> hh:mm:ss.ttt'")
            }
            for run in CueText.voiceRuns(Array(block.lines[(timingIndex + 1)...])) {
                segments.append(LocatedSegment(
                    segment: TranscriptSegment(startSeconds: start, endSeconds: end, speaker: run.voice, text: run.text),
                    position: "line \(line)"))
            }
        }
        return segments
    }
}
