/// A YAML parser's error as one line, as every error of ours is (`undertone: FILE: problem`). Yams
/// describes an error over several lines: its position, context and problem, then the quoted source
/// (the offending line with a caret under it, or a "Context:" excerpt that can hold the whole file).
public enum YAMLErrorText {
    /// The position, context and problem of `error`, joined by "; ", without the quoted source, cut
    /// to `limitCharacters` (a single source line can be megabytes long).
    public static func oneLine(_ error: Error, limitCharacters: Int = 300) -> String {
        var lines = String(describing: error).split(separator: "\n").map(String.init)
        if let context = lines.firstIndex(of: "Context:") { lines.removeSubrange(context...) }
        if lines.count >= 3, let caret = lines.last, caret.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "^" }) {
            lines.removeLast(2)
        }
        let text = lines.map { $0.hasSuffix(":") ? String($0.dropLast()) : $0 }.joined(separator: "; ")
        return text.count <= limitCharacters ? text : text.prefix(limitCharacters) + "…"
    }
}
