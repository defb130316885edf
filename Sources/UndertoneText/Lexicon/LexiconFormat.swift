import Foundation
import UndertoneCore

/// The lexicon file formats `--lexicon` accepts, and how to tell them apart.
///
/// `undertone` is ours (`docs/lexicon-format.md`, also reads VADER's `vader_lexicon.txt`). The others are
/// research lexicons Undertone cannot ship but a licensed user can plug in: HowNet (知网情感分析用词语集,
/// Dong 2007), NTUSD (National Taiwan University Sentiment Dictionary, Ku & Chen 2007), the BosonNLP
/// sentiment scores, and any of these and others as the `cntext` package's YAML dictionaries.
public enum LexiconFormat: String, Sendable, CaseIterable {
    case undertone
    case hownet
    case ntusd
    case bosonnlp
    case cntext

    /// Guesses the format from the path: a directory is HowNet (or NTUSD when its files say so); a YAML
    /// file is cntext's; another file is named after its lexicon in every distribution we know of;
    /// anything else is ours.
    public static func detect(_ url: URL) -> LexiconFormat {
        let name = url.lastPathComponent.lowercased()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return name.contains("ntusd") ? .ntusd : .hownet
        }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { return .cntext }
        if name.contains("boson") { return .bosonnlp }
        if name.contains("ntusd") { return .ntusd }
        if HowNetReader.fileRole(name) != nil { return .hownet }
        return .undertone
    }

    /// Loads `url` in `format` (detected when nil). - Throws: `InputError`.
    public static func load(_ url: URL, format: LexiconFormat? = nil) throws -> Lexicon {
        switch format ?? detect(url) {
        case .undertone: return try LexiconFileReader.read(url)
        case .hownet: return try HowNetReader.read(url)
        case .ntusd: return try NTUSDReader.read(url)
        case .bosonnlp: return try BosonNLPReader.read(url)
        case .cntext: return try CntextReader.read(url)
        }
    }

    /// The files a lexicon path names: the file itself, or a directory's entries sorted by name. Each
    /// keeps the path as the user gave it ("lex/pos.txt", not an absolute path), so errors name it so.
    /// - Throws: `InputError(.cannotOpen)` when nothing is there.
    static func files(at url: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(.cannotOpen, source: url.relativePath, problem: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [url] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            .map { url.appendingPathComponent($0) }
    }

    /// The words of a one-word-per-line list: trimmed, blank and `#` lines dropped.
    static func wordList(_ text: String) -> [String] {
        TextFile.lines(text).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Valence given to every word of a polarity-only list (HowNet, NTUSD): a moderate ±2 on VADER's scale.
    static let listValence = 2.0
}
