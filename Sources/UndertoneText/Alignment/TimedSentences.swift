import Foundation

/// Splits a segment with word timings into its sentences, each with the time its words span, so a
/// long segment's complaint is placed on the seconds where it was said, not spread over the whole segment.
///
/// A sentence ends after a word ending with `.`, `!`, `?`, `…` or their full-width forms (`。！？`), as
/// Whisper and AWS Transcribe attach punctuation to the word before it. Words are joined with a space,
/// except between two CJK words (Chinese is written without spaces, and the Chinese segmenter reads
/// the characters as they come). A segment without words, or with one sentence, stays whole; so does one
/// whose word times cannot be trusted (not finite, ending before they start, or going back in time).
/// Sentence times are clipped to the segment's.
enum TimedSentences {
    struct Sentence: Equatable {
        var startSeconds: Double
        var endSeconds: Double
        var text: String
    }

    static func split(_ segment: TranscriptSegment) -> [Sentence] {
        let whole = [Sentence(startSeconds: segment.startSeconds, endSeconds: segment.endSeconds, text: segment.text)]
        guard let words = segment.words, !words.isEmpty, timesAreUsable(words) else { return whole }
        var sentences: [Sentence] = []
        var current: Sentence?
        for word in words {
            let text = word.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            var sentence = current ?? Sentence(startSeconds: word.startSeconds, endSeconds: word.endSeconds, text: "")
            if !sentence.text.isEmpty {
                sentence.text += isCJK(sentence.text.unicodeScalars.last) && isCJK(text.unicodeScalars.first) ? "" : " "
            }
            sentence.text += text
            sentence.endSeconds = word.endSeconds
            if let last = text.last, sentenceEnds.contains(last) {
                sentences.append(sentence)
                current = nil
            } else {
                current = sentence
            }
        }
        if let current { sentences.append(current) }
        guard sentences.count > 1 else { return whole }
        return sentences.map { sentence in
            var clipped = sentence
            clipped.startSeconds = min(max(sentence.startSeconds, segment.startSeconds), segment.endSeconds)
            clipped.endSeconds = min(max(sentence.endSeconds, clipped.startSeconds), segment.endSeconds)
            return clipped
        }
    }

    private static func timesAreUsable(_ words: [TranscriptWord]) -> Bool {
        var previousStart = -Double.infinity
        for word in words {
            guard word.startSeconds.isFinite, word.endSeconds.isFinite, word.endSeconds >= word.startSeconds,
                  word.startSeconds >= previousStart else { return false }
            previousStart = word.startSeconds
        }
        return true
    }

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "。", "！", "？"]

    private static func isCJK(_ scalar: Unicode.Scalar?) -> Bool { scalar.map(Lexicon.isCJK) ?? false }
}
