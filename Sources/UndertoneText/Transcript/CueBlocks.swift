import UndertoneCore

/// The blank-line-separated blocks of a WebVTT or SRT file, each with the line number it starts on.
struct CueBlock {
    var firstLine: Int
    var lines: [Substring]

    /// A cue's times, the line number of its timing line, and its payload lines.
    struct Timed {
        var startSeconds: Double
        var endSeconds: Double
        var timingLine: Int
        var payload: [Substring]
    }

    /// Reads a cue: an optional identifier line, a `start --> end` timing line, and payload lines.
    /// - Parameters:
    ///   - what: the timing line's name in errors ("cue timing", "subtitle timing");
    ///   - form: its expected form in errors ("hh:mm:ss.ttt --> hh:mm:ss.ttt").
    /// - Throws: `InputError` naming the line when there is no timing line or it does not parse.
    func timed(source: String, what: String, form: String) throws -> Timed {
        guard let timingIndex = lines.prefix(2).firstIndex(where: { $0.contains("-->") }) else {
            throw InputError(source: source, position: "line \(firstLine)", problem: "expected a \(what) line '\(form)'")
        }
        let line = firstLine + timingIndex
        guard let (start, end) = CueTimestamp.range(lines[timingIndex]) else {
            throw InputError(source: source, position: "line \(line)",
                             problem: "bad \(what) '\(lines[timingIndex])'; expected '\(form)', minutes and seconds below 60")
        }
        return Timed(startSeconds: start, endSeconds: end, timingLine: line, payload: Array(lines[(timingIndex + 1)...]))
    }
}

enum CueBlocks {
    static func split(_ text: String) -> [CueBlock] {
        var blocks: [CueBlock] = []
        var current: CueBlock?
        for (offset, line) in TextFile.lines(text).enumerated() {
            if line.allSatisfy({ $0.isWhitespace }) {
                if let block = current { blocks.append(block) }
                current = nil
            } else if current == nil {
                current = CueBlock(firstLine: offset + 1, lines: [line])
            } else {
                current!.lines.append(line)
            }
        }
        if let block = current { blocks.append(block) }
        return blocks
    }
}
