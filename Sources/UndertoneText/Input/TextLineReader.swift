import Foundation
import UndertoneCore

/// Reads UTF-8 text one line at a time from a file descriptor (standard input by default), as it
/// arrives, refusing invalid UTF-8 and NUL bytes (binary input, UTF-16 text) with the line they are on
/// (rather than replacing bytes silently, as `readLine` does). LF, CRLF and lone CR line ends (as `TextFile`); a last line without an end counts.
/// A CR ends its line at once, without waiting to see whether an LF follows (a live feed may pause
/// there); an LF that does follow is then dropped.
public struct TextLineReader {
    /// Longest line read (1 MiB): one text per line is a sentence, a turn or a review; a longer line is a
    /// whole file without line ends (or no text at all), refused before it fills memory.
    public static let maximumLineBytes = 1 << 20

    private let descriptor: Int32
    private let source: String
    private var buffer: [UInt8] = []
    private var scanned = 0
    private var atEnd = false
    private var lineNumber = 0
    private var afterCR = false

    public init(descriptor: Int32 = STDIN_FILENO, source: String = "stdin") {
        self.descriptor = descriptor
        self.source = source
    }

    /// The next line without its line end, or nil at the end of the input. `beforeWaiting` runs before
    /// each read of more input (which may wait for a live feed): the place to flush output.
    /// - Throws: `InputError` for invalid UTF-8 (with the line number) or a failed read; what
    ///   `beforeWaiting` throws.
    public mutating func next(beforeWaiting: () throws -> Void = {}) throws -> String? {
        while true {
            if afterCR, let first = buffer.first {
                afterCR = false
                if first == 0x0A { buffer.removeFirst() }
            }
            if let lineEnd = buffer[scanned...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
                let line = Array(buffer[..<lineEnd])
                afterCR = buffer[lineEnd] == 0x0D
                buffer.removeFirst(lineEnd + 1)
                scanned = 0
                return try decode(line)
            }
            scanned = buffer.count
            guard scanned <= Self.maximumLineBytes else {
                throw InputError(source: source, position: "line \(lineNumber + 1)",
                                 problem: "longer than \(Self.maximumLineBytes >> 20) MiB without a line end; give one text per line")
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                let last = buffer
                buffer.removeAll()
                scanned = 0
                return try decode(last)
            }
            try beforeWaiting()
            try fill()
        }
    }

    private mutating func decode(_ bytes: [UInt8]) throws -> String {
        lineNumber += 1
        if let offset = bytes.firstIndex(of: 0) {
            // UTF-16 text (a Windows export) is valid UTF-8 wherever it is ASCII, NULs between the letters;
            // each line was scored as an empty, neutral text, exit 0.
            throw InputError(source: source, position: "line \(lineNumber), byte \(offset)", problem: TextFile.binaryProblem)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(source: source, position: "line \(lineNumber)",
                             problem: "the text is not valid UTF-8; convert it first (e.g. iconv -f GBK -t UTF-8)")
        }
        return text
    }

    private mutating func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return
            }
            if count == 0 {
                atEnd = true
                return
            }
            if errno == EINTR { continue }
            throw InputError(.cannotOpen, source: source, problem: "read failed: \(String(cString: strerror(errno)))")
        }
    }
}
