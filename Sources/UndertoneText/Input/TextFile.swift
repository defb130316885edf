import Foundation
import UndertoneCore

/// Reading a text input (transcript, lexicon) as UTF-8, with errors that say where it went wrong.
///
/// Invalid UTF-8 is refused with the byte offset and line of the first bad byte, rather than being
/// replaced silently (a transcript in GBK or Latin-1 would otherwise score as garbage). A leading BOM is
/// dropped; CRLF line ends are accepted.
enum TextFile {
    /// Reads `url` whole and decodes it. - Throws: `InputError` (`.cannotOpen` or `.invalidData`).
    static func read(_ url: URL) throws -> String {
        if let problem = InputError.unopenable(path: url.path, expected: "a text file") { throw problem }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(.cannotOpen, source: url.path, problem: "cannot read the file (\(error.localizedDescription))")
        }
        return try decode(data, source: url.path)
    }

    /// Decodes `data` as UTF-8. - Throws: `InputError` naming the first invalid byte.
    static func decode(_ data: Data, source: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidByte(bytes) {
            let line = bytes[..<offset].lazy.filter { $0 == 0x0A }.count + 1
            throw InputError(source: source, position: "line \(line), byte \(offset)",
                             problem: "the text is not valid UTF-8; convert it first (e.g. iconv -f GBK -t UTF-8)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Splits into lines, accepting LF and CRLF ("\r\n" is one `Character` in Swift).
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    private static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
