import Foundation
import UndertoneCore

/// Reads the BosonNLP sentiment score list (`BosonNLP_sentiment_score.txt`): `word score` per line,
/// separated by a space, scores about −6.7 … +6.4.
///
/// Scores are clamped to VADER's −4 … +4. Lines that do not parse are skipped and counted (the
/// distributed file has one); more than 1 % unparseable lines means it is not this format, an error.
public enum BosonNLPReader {
    public static func read(_ url: URL) throws -> Lexicon {
        try parse(TextFile.read(url), source: url.relativePath)
    }

    public static func parse(_ text: String, source: String) throws -> Lexicon {
        var lexicon = Lexicon()
        var bad = 0
        var firstBadLine: Int?
        var total = 0
        for (index, line) in TextFile.lines(text).enumerated() where !line.isEmpty {
            total += 1
            guard let space = line.lastIndex(of: " "), let score = Double(line[line.index(after: space)...]) else {
                bad += 1
                firstBadLine = firstBadLine ?? index + 1
                continue
            }
            guard score.isFinite else {
                throw InputError(source: source, position: "line \(index + 1)", problem: "score '\(line[line.index(after: space)...])' is not a finite number")
            }
            lexicon.add(String(line[..<space]), as: .valence(min(4, max(-4, score))))
        }
        guard total > 0, bad * 100 <= total else {
            throw InputError(source: source, position: firstBadLine.map { "line \($0)" },
                             problem: "\(bad) of \(total) lines are not 'word score'; is this the BosonNLP list?")
        }
        return lexicon
    }
}
