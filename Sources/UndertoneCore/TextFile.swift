import Foundation

/// Reading a text input (transcript, lexicon, configuration) as UTF-8, with errors that say where it
/// went wrong.
///
/// Invalid UTF-8 is refused with the byte offset and line of the first bad byte, rather than being
/// replaced silently (a transcript in GBK or Latin-1 would otherwise score as garbage). A leading BOM is
/// dropped. Lines end in LF, CRLF or a lone CR, the three line terminators of WebVTT (W3C WebVTT §6.1)
/// and of YAML 1.2 (§5.4); a file saved with old Mac line ends is not one long line.
public enum TextFile {
    /// Largest text input read whole: a day of transcript or the largest research lexicon is a few tens of
    /// MiB; more is the wrong file (`--config /dev/zero`, an endless pipe), refused before it fills memory.
    public static let maximumBytes = 256 << 20

    /// Reads `url` whole and decodes it; `expected` names what a directory given here should have been.
    /// Errors name the path as given (`relativePath`: relative stays relative).
    /// - Throws: `InputError` (`.cannotOpen` or `.invalidData`).
    public static func read(_ url: URL, expected: String = "a text file") throws -> String {
        try read(opening: url.path, naming: url.relativePath, expected: expected)
    }

    /// Reads the file at `path`, named in errors as given (relative or not); refuses one longer than
    /// `maximumBytes`.
    public static func read(path: String, expected: String = "a text file", maximumBytes: Int = maximumBytes) throws -> String {
        try read(opening: path, naming: path, expected: expected, maximumBytes: maximumBytes)
    }

    private static func read(opening path: String, naming name: String, expected: String, maximumBytes: Int = maximumBytes) throws -> String {
        if var problem = InputError.unopenable(path: path, expected: expected) {
            problem.source = name
            throw problem
        }
        return try decode(readAll(path: path, naming: name, maximumBytes: maximumBytes), source: name)
    }

    /// The bytes at `path` with `read(2)` until its end, so a pipe or FIFO (`--transcript <(…)`) reads like
    /// a file (Foundation's `Data(contentsOf:)` refuses those with a false "permission" error).
    private static func readAll(path: String, naming name: String, maximumBytes: Int) throws -> Data {
        func failure() -> InputError {
            InputError(.cannotOpen, source: name, problem: "cannot read the file (\(String(cString: strerror(errno))))")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                if data.isEmpty { try refuseBinary(chunk.prefix(min(count, 4096)), source: name) }
                data.append(contentsOf: chunk[0..<count])
                guard data.count <= maximumBytes else {
                    let limit = maximumBytes >= 1 << 20 ? "\(maximumBytes >> 20) MiB" : "\(maximumBytes) bytes"
                    throw InputError(source: name, problem: "longer than \(limit): not a text input this reads whole; is it the right file?")
                }
            } else if count == 0 {
                return data
            } else if errno != EINTR {
                throw failure()
            }
        }
    }

    /// Decodes `data` as UTF-8. - Throws: `InputError` naming the first invalid byte.
    public static func decode(_ data: Data, source: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        try refuseBinary(bytes.prefix(4096), source: source)
        if let offset = firstInvalidByte(bytes) {
            // Line breaks before the bad byte: LF, and CR not followed by LF (offset + 1 is in range).
            let line = 1 + (0..<offset).count { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && bytes[$0 + 1] != 0x0A) }
            throw InputError(source: source, position: "line \(line), byte \(offset)",
                             problem: "the text is not valid UTF-8; convert it first (e.g. iconv -f GBK -t UTF-8)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What a NUL byte in text means. No UTF-8 text holds a NUL; audio and other binary files (and UTF-16
    /// text) do, within their first bytes.
    public static let binaryProblem = "a binary file, not text (it holds NUL bytes): an audio file given as text? "
        + "(UTF-16 text: convert it first, e.g. iconv -f UTF-16 -t UTF-8)"

    private static func refuseBinary<Bytes: Collection<UInt8>>(_ bytes: Bytes, source: String) throws where Bytes.Index == Int {
        guard let offset = bytes.firstIndex(of: 0) else { return }
        throw InputError(source: source, position: "byte \(offset - bytes.startIndex)", problem: binaryProblem)
    }

    /// Splits into lines at LF, CRLF and a lone CR ("\r\n" is one `Character` in Swift).
    public static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
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
