/// The words between a promise word (`Lexicon.Role.promise`: 说好的, 答应的) and a sentence-final 呢, which
/// decide whether 呢 asks after the promised thing ("what became of …?") or ends a statement or a question
/// about it (text round 36, after an independent review's probes).
///
/// 说好的发票呢, 说好的三天到货呢, 说好的加一份油麦菜呢 name the promised thing and ask where it is: a short noun
/// phrase, at most `maximumCharacters` Han characters. A word of a statement or of a question about details
/// in between makes it no complaint: 说好的东西都到了呢, 讲好的价格已经付了呢, 约好的时间还早呢 (都, 了, 已, 还),
/// 说好的安装时间是几点呢？, 约好的师傅是哪位呢？ (是, 几, 哪), and a new subject, 约好的时间我们要调整一下呢 (们).
struct PromiseGap {
    static let maximumCharacters = 8
    /// 了 是 都 已 还 很 会 吗 几 哪 谁 什 怎 们.
    static let statementCharacters: Set<UInt32> = [
        0x4E86, 0x662F, 0x90FD, 0x5DF2, 0x8FD8, 0x5F88, 0x4F1A, 0x5417, 0x51E0, 0x54EA, 0x8C01, 0x4EC0, 0x600E, 0x4EEC,
    ]

    private(set) var characters = 0
    private(set) var holdsStatementWord = false

    var isNounPhrase: Bool { characters <= Self.maximumCharacters && !holdsStatementWord }

    /// Adds one Han token, its UTF-8 bytes and its length in characters.
    mutating func add(_ utf8: UnsafeBufferPointer<UInt8>, characters count: Int) {
        characters += count
        guard !holdsStatementWord else { return }
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars where Self.statementCharacters.contains(scalar.value) {
            holdsStatementWord = true
            return
        }
    }
}
