/// The blank-line-separated blocks of a WebVTT or SRT file, each with the line number it starts on.
struct CueBlock {
    var firstLine: Int
    var lines: [Substring]
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
