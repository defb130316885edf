/// One unit the scorer sees: a word or phrase (with its lexicon entry, if any) or a clause break.
/// The one-byte fields come first, so the token packs into 20 bytes (the tokenizer writes one per word).
struct SentimentToken {
    enum Kind: UInt8 { case word, clauseBreak }
    var kind: Kind
    /// An English word in capitals (`NEVER`), for VADER's capitals emphasis.
    var isAllCaps = false
    /// An English word or phrase with a capital letter in it (`Joy`, `Best Buy`): a borrowed one is a name.
    var hasCapital = false
    /// Negates although the lexicon does not list it (English `…n't`).
    var isContractedNegation = false
    /// In a clause that ends with a question mark or 吗 ("can you help?"): praise words there ask, not praise.
    var isInQuestion = false
    /// A promise word (`Lexicon.Role.promise`) asked after: its sentence ends in 呢 right after a short noun
    /// phrase (说好的发票呢, "and the promised invoice?"; see `PromiseGap`).
    var isAskedAfter = false
    /// Index into the lexicon, or −1 for a word it does not know.
    var entry: Int32
    /// Byte range of an English word in the normalised buffer, for phrase matching.
    var normStart: Int32 = 0
    var normEnd: Int32 = 0
}

/// Splits a text into scorer tokens in one pass over its UTF-8 bytes, without allocating per token.
///
/// English and other Latin-script words: runs of letters, digits and inner apostrophes, lower-cased
/// into a normalised buffer, then merged into the longest lexicon phrase ("no problem", "on hold").
/// Chinese: each run of Han characters is segmented by forward maximum matching against the lexicon
/// (its multi-character terms and segmentation-only words), the classic dictionary method of Chinese
/// word segmentation; a character matching nothing is a token of its own; after a boosting degree adverb, a
/// politeness marker that starts with a praise word yields that word (挺好的 is 挺 + 好 + 的, "quite good", not
/// "OK"). Emoticons (`:)`, `<3`) are looked up as whole space-delimited chunks, emoji as single characters. A word or phrase the lexicon borrowed
/// from the other language (`Lexicon.borrow`) written with a capital is a name, not that word, unless it
/// negates (Joy为您服务, Best Buy买的; "Not bad, 还可以" negates). Twitter handles (`@united`) and URLs are
/// skipped. Punctuation ends clauses (, . ; : ! ? and their full-width forms); `!` and `?` are counted, and
/// the words of a clause ended by `?` or by the Chinese question particle 吗 are marked as asked
/// (`isInQuestion`); a promise word that a sentence-final 呢 asks after is marked so (`isAskedAfter`).
struct SentimentTokenizer {
    private(set) var tokens: [SentimentToken] = []
    private(set) var exclamations = 0
    private(set) var questions = 0
    /// Some words are in capitals and some are not (VADER's "cap differential").
    var hasCapsDifferential: Bool { capsWords > 0 && capsWords < latinWords }

    private var norm: [UInt8] = []
    private var cjkOffsets: [Int] = []
    private var capsWords = 0
    private var latinWords = 0
    /// Index of the first token of the current clause.
    private var clauseStart = 0
    /// Index of the last 呢 after the clause's promise word, to tell whether it ends its sentence.
    private var lastNe = -1
    /// The promise word of the current clause, if any (`promiseIndex >= clauseStart`), and what follows it.
    private var promiseIndex = -1
    private var promiseGap = PromiseGap()

    init(capacity: Int) {
        tokens.reserveCapacity(capacity / 3 + 4)
        norm.reserveCapacity(capacity + 8)
        cjkOffsets.reserveCapacity(capacity / 2 + 2)
    }

    mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            let atChunkStart = index == 0 || Self.isSpace(bytes[index - 1])
            if byte < 0x80 {
                if Self.isWordByte(byte) {
                    if atChunkStart, Self.isURL(bytes, at: index) {
                        index = Self.chunkEnd(bytes, from: index)
                    } else {
                        index = readWord(bytes, from: index, lexicon: lexicon)
                    }
                } else if Self.isSpace(byte) {
                    index += 1
                    if byte == 0x0A { appendBreak(endingSentence: true) }
                } else if atChunkStart, let end = emoticon(bytes, at: index, lexicon: lexicon) {
                    index = end
                } else if byte == UInt8(ascii: "@") {
                    index += 1
                    while index < count, Self.isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: "_") { index += 1 }
                } else {
                    punctuation(byte)
                    index += 1
                }
            } else {
                let (scalar, width) = Self.decode(bytes, at: index)
                if Lexicon.isCJK(scalar) {
                    index = segmentHan(bytes, from: index, lexicon: lexicon)
                } else if Self.isLatinLetter(scalar) {
                    index = readWord(bytes, from: index, lexicon: lexicon)
                } else if (0xFF01...0xFF5E).contains(scalar.value) {
                    punctuation(UInt8(scalar.value - 0xFEE0))
                    index += width
                } else if scalar.value == 0x3002 || scalar.value == 0x3001 || scalar.value == 0x2026 {
                    appendBreak(endingSentence: scalar.value != 0x3001)
                    index += width
                } else {
                    if !scalar.properties.isWhitespace, scalar.value != 0xFE0F, scalar.value != 0x200D {
                        let symbol = UnsafeBufferPointer(rebasing: bytes[index..<index + width])
                        if let entry = lexicon.table.index(of: symbol) {
                            tokens.append(SentimentToken(kind: .word, entry: Int32(entry)))
                        }
                    }
                    index += width
                }
            }
        }
        markAskedPromise()
        mergePhrases(lexicon)
    }

    // MARK: English

    /// Reads one word starting at `start`, lower-cases it into `norm`, looks it up; returns the end.
    private mutating func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lexicon: Lexicon) -> Int {
        let normStart = norm.count
        var index = start
        var upper = 0
        var lower = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if Self.isWordByte(byte) {
                    if byte >= 0x41 && byte <= 0x5A { upper += 1; norm.append(byte | 0x20) } else {
                        if byte >= 0x61 && byte <= 0x7A { lower += 1 }
                        norm.append(byte)
                    }
                    index += 1
                } else if byte == UInt8(ascii: "'"), index + 1 < bytes.count, Self.isWordByte(bytes[index + 1]), norm.count > normStart {
                    norm.append(byte)
                    index += 1
                } else {
                    break
                }
            } else {
                let (scalar, width) = Self.decode(bytes, at: index)
                if scalar.value == 0x2019, index + width < bytes.count, Self.isWordByte(bytes[index + width]) {
                    norm.append(UInt8(ascii: "'"))
                } else if Self.isLatinLetter(scalar) {
                    norm.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + width]))
                    lower += 1
                } else {
                    break
                }
                index += width
            }
        }
        let entry = norm.withUnsafeBufferPointer { lexicon.table.index(of: UnsafeBufferPointer(rebasing: $0[normStart...])) }
        var token = SentimentToken(kind: .word, entry: Int32(entry ?? -1), normStart: Int32(normStart), normEnd: Int32(norm.count))
        token.hasCapital = upper > 0
        if upper + lower > 0 {
            latinWords += 1
            if upper > 1, lower == 0 { token.isAllCaps = true; capsWords += 1 }
        }
        token.isContractedNegation = norm.count - normStart > 3 && norm[norm.count - 3] == UInt8(ascii: "n")
            && norm[norm.count - 2] == UInt8(ascii: "'") && norm[norm.count - 1] == UInt8(ascii: "t")
        tokens.append(token)
        norm.append(UInt8(ascii: " "))
        return index
    }

    /// Replaces runs of adjacent words by the longest lexicon phrase starting at each. Every leading run of a
    /// phrase is in the lexicon (as a prefix if not as a term), so the runs are tried from two words up and the
    /// search stops at the first that is not there: most words start no phrase, and cost one look-up.
    private mutating func mergePhrases(_ lexicon: Lexicon) {
        var merged = 0
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            var consumed = 1
            if token.kind == .word, token.entry >= 0, token.normEnd > token.normStart {
                let longest = min(Int(lexicon.longestStartingUnits[Int(token.entry)]), tokens.count - index)
                var length = 2
                while length <= longest, continuesRun(at: index + length - 1) {
                    let last = tokens[index + length - 1]
                    let found = norm.withUnsafeBufferPointer {
                        lexicon.table.index(of: UnsafeBufferPointer(rebasing: $0[Int(token.normStart)..<Int(last.normEnd)]))
                    }
                    guard let found else { break }
                    if !lexicon.flags[found].contains(.prefixOnly) {
                        token.entry = Int32(found)
                        token.normEnd = last.normEnd
                        consumed = length
                    }
                    length += 1
                }
                if consumed > 1 {
                    token.isContractedNegation = false
                    token.hasCapital = tokens[index..<index + consumed].contains(where: \.hasCapital)
                }
            }
            if token.hasCapital, token.entry >= 0, Self.isName(lexicon.flags[Int(token.entry)]) { token.entry = -1 }
            tokens[merged] = token
            merged += 1
            index += consumed
        }
        tokens.removeLast(tokens.count - merged)
    }

    /// A borrowed English term (`Lexicon.borrow`) written with a capital names something in Chinese text
    /// (VIP, Joy, Best Buy, Apple Care), unless it negates ("Not bad"): people type the English words they
    /// mean in lower case inside Chinese (很nice, 太low了), and the emphatic capitals this loses (太LOW了)
    /// were not read before borrowing either.
    private static func isName(_ flags: Lexicon.Flags) -> Bool {
        flags.contains(.borrowed) && !flags.contains(.negator)
    }

    /// The word at `next` follows the one before it in the text with only a space between.
    private func continuesRun(at next: Int) -> Bool {
        let previous = tokens[next - 1]
        let token = tokens[next]
        return token.kind == .word && token.normEnd > token.normStart && previous.normEnd + 1 == token.normStart
    }

    // MARK: Chinese

    /// Forward maximum matching over the Han run starting at `start`; returns the run's end.
    private mutating func segmentHan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lexicon: Lexicon) -> Int {
        cjkOffsets.removeAll(keepingCapacity: true)
        var index = start
        while index < bytes.count, bytes[index] >= 0x80 {
            let (scalar, width) = Self.decode(bytes, at: index)
            guard Lexicon.isCJK(scalar) else { break }
            cjkOffsets.append(index)
            index += width
        }
        cjkOffsets.append(index)
        let characters = cjkOffsets.count - 1
        var position = 0
        while position < characters {
            let single = lexicon.table.index(of: UnsafeBufferPointer(rebasing: bytes[cjkOffsets[position]..<cjkOffsets[position + 1]]))
            var entry = single ?? -1
            var length = 1
            var isPromise = false
            if let single {
                var candidate = min(Int(lexicon.longestStartingUnits[single]), characters - position)
                while candidate >= 2 {
                    let range = cjkOffsets[position]..<cjkOffsets[position + candidate]
                    if let found = lexicon.table.index(of: UnsafeBufferPointer(rebasing: bytes[range])),
                       !lexicon.flags[found].contains(.prefixOnly) {
                        entry = found
                        length = candidate
                        break
                    }
                    candidate -= 1
                }
                if length > 1, position > 0, lexicon.flags[entry].contains(.politeness),
                   Self.isPraiseAfterBoost(single, previous: tokens[tokens.count - 1], lexicon: lexicon) {
                    entry = single
                    length = 1
                }
                isPromise = lexicon.flags[entry].contains(.promise)
            }
            tokens.append(SentimentToken(kind: .word, entry: Int32(entry)))
            if length == 1, Self.isQuestionParticle(bytes, cjkOffsets[position]..<cjkOffsets[position + 1]) {
                markQuestionClause()
            }
            if isPromise {
                promiseIndex = tokens.count - 1
                promiseGap = PromiseGap()
            } else if promiseIndex >= clauseStart { // only a 呢 after a promise word matters
                notePromiseGap(bytes, cjkOffsets[position]..<cjkOffsets[position + length], characters: length)
            }
            position += length
        }
        return index
    }

    /// 挺好的 is 挺 + 好 + 的, "quite good", not 挺 + the marker 好的 "OK" (text round 41). The caller has found a
    /// politeness marker right after `previous` in the same run of Han characters; it gives way to its first
    /// character `single` when that is a praise word and `previous` a boosting degree adverb (很好吧, 非常好的服务).
    /// 很抱歉 and 很客气 stay (抱 and 客 are no sentiment words), so do 真是久等了 (久 is negative), 有些好的评价 and
    /// 一点好的变化 (有些 and 一点 dampen: quantifiers there), and 真的 好的 (a space between).
    private static func isPraiseAfterBoost(_ single: Int, previous: SentimentToken, lexicon: Lexicon) -> Bool {
        guard previous.kind == .word, previous.entry >= 0 else { return false }
        let adverb = Int(previous.entry)
        return lexicon.flags[adverb].contains(.degree) && lexicon.degrees[adverb] > 1
            && lexicon.flags[single].contains(.valence) && lexicon.valences[single] > 0
    }

    /// After a promise word in this clause: a 呢 is remembered (it may end the sentence), other words grow the
    /// gap. Out of line: it runs only after a promise word, and the segmenting loop stays small.
    @inline(never)
    private mutating func notePromiseGap(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, characters: Int) {
        if characters == 1, Self.isNe(bytes, range) {
            lastNe = tokens.count - 1
        } else {
            promiseGap.add(UnsafeBufferPointer(rebasing: bytes[range]), characters: characters)
        }
    }

    /// 吗, the particle that ends a Chinese yes/no question, with or without a question mark (好吃吗).
    private static func isQuestionParticle(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count == 3 && bytes[range.lowerBound] == 0xE5 && bytes[range.lowerBound + 1] == 0x90
            && bytes[range.lowerBound + 2] == 0x97
    }

    /// 呢 (U+5462), the particle that ends a question asking after something (说好的发票呢: "and the invoice?").
    private static func isNe(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count == 3 && bytes[range.lowerBound] == 0xE5 && bytes[range.lowerBound + 1] == 0x91
            && bytes[range.lowerBound + 2] == 0xA2
    }

    /// At a sentence's end: marks the clause's promise word asked after when 呢 ends the sentence and the
    /// words between them are a short noun phrase.
    private mutating func markAskedPromise() {
        guard lastNe == tokens.count - 1, promiseIndex >= clauseStart, promiseGap.isNounPhrase else { return }
        tokens[promiseIndex].isAskedAfter = true
    }

    // MARK: Punctuation and symbols

    private mutating func punctuation(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "!"): exclamations += 1; appendBreak(endingSentence: true)
        case UInt8(ascii: "?"): questions += 1; markQuestionClause(); appendBreak(endingSentence: true)
        case UInt8(ascii: "."): appendBreak(endingSentence: true)
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"): appendBreak()
        default: break
        }
    }

    /// Ends the clause; `endingSentence` for ! ? . 。 … and a line break, not , ; : 、 (说好的发货时间呢，我记得是周三:
    /// a 呢 before a comma marks a topic, not a question).
    private mutating func appendBreak(endingSentence: Bool = false) {
        if endingSentence { markAskedPromise() }
        if tokens.last?.kind != .clauseBreak { tokens.append(SentimentToken(kind: .clauseBreak, entry: -1)) }
        clauseStart = tokens.count
    }

    /// Marks the words of the clause that a question mark ends.
    private mutating func markQuestionClause() {
        for index in clauseStart..<tokens.count { tokens[index].isInQuestion = true }
    }

    /// A whole space-delimited chunk of 2–4 bytes starting with punctuation that the lexicon knows (`:)`, `<3`).
    private mutating func emoticon(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, lexicon: Lexicon) -> Int? {
        let end = Self.chunkEnd(bytes, from: start)
        guard end - start >= 2, end - start <= 4 else { return nil }
        var key: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let found: Int? = withUnsafeMutableBytes(of: &key) { raw in
            for offset in 0..<(end - start) {
                let byte = bytes[start + offset]
                raw[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return lexicon.table.index(of: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<(end - start)]))
        }
        guard let found else { return nil }
        tokens.append(SentimentToken(kind: .word, entry: Int32(found)))
        return end
    }

    private static func chunkEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
        return index
    }

    private static func isURL(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let prefix = Array("http".utf8)
        guard start + 7 <= bytes.count else { return false }
        for offset in 0..<4 where bytes[start + offset] | 0x20 != prefix[offset] { return false }
        let rest = start + 4
        return (bytes[rest] == UInt8(ascii: ":") || (bytes[rest] | 0x20 == UInt8(ascii: "s") && bytes[rest + 1] == UInt8(ascii: ":")))
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Latin-1 Supplement and Latin Extended-A/B letters (é, ñ, ł): part of words.
    @inline(__always)
    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0xC0...0x24F).contains(scalar.value) && scalar.value != 0xD7 && scalar.value != 0xF7
    }

    /// Decodes the scalar at `index` of valid UTF-8 (Swift strings always are).
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let width: Int
        var value: UInt32
        if lead < 0xE0 { width = 2; value = lead & 0x1F } else if lead < 0xF0 { width = 3; value = lead & 0x0F } else { width = 4; value = lead & 0x07 }
        for offset in 1..<width where index + offset < bytes.count {
            value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
