import Foundation
import UndertoneCore

/// Reads NTUSD (National Taiwan University Sentiment Dictionary, Ku & Chen 2007).
///
/// Accepts the distribution's two word lists (`ntusd-positive.txt`, `ntusd-negative.txt`, one word a
/// line; given as their directory or one file, polarity from the file name), or the YAML dictionary of the
/// `cntext` package (`zh_common_NTUSD.yaml`, read by `CntextReader`). Every word gets ±2.
public enum NTUSDReader {
    public static func read(_ url: URL) throws -> Lexicon {
        var lexicon = Lexicon()
        for file in try LexiconFormat.files(at: url) {
            let text = try TextFile.read(file)
            let name = file.lastPathComponent.lowercased()
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                lexicon.merge(try CntextReader.parse(text, source: file.relativePath))
            } else if let sign = polarity(name) {
                for word in LexiconFormat.wordList(text) { lexicon.add(word, as: .valence(sign * LexiconFormat.listValence)) }
            }
        }
        guard lexicon.count > 0 else {
            throw InputError(source: url.relativePath, problem: "no NTUSD words found (expected ntusd-positive.txt / ntusd-negative.txt or a cntext YAML file)")
        }
        return lexicon
    }

    private static func polarity(_ name: String) -> Double? {
        if name.contains("positive") || name.contains("正面") { return 1 }
        if name.contains("negative") || name.contains("负面") { return -1 }
        return nil
    }
}
