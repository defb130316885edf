import Foundation
import UndertoneCore

/// Buffered line output to a file descriptor (standard output by default), flushed when the buffer
/// fills, on `flush()` (which a live input calls whenever it waits for more), and after every line when
/// `flushesEachLine` (rare lines someone follows as they come: the warning events file). Write errors (a full disk; a closed pipe when SIGPIPE is
/// ignored) surface as `OutputError`, naming `name` when given.
public final class TextOutput {
    private let descriptor: Int32
    private let name: String?
    private var buffer: [UInt8] = []
    private let capacity: Int
    private let flushesEachLine: Bool

    public init(descriptor: Int32 = STDOUT_FILENO, name: String? = nil, capacity: Int = 1 << 16, flushesEachLine: Bool = false) {
        self.descriptor = descriptor
        self.name = name
        self.capacity = capacity
        self.flushesEachLine = flushesEachLine
        buffer.reserveCapacity(capacity)
    }

    /// Appends `line` and a newline.
    public func writeLine(_ line: String) throws {
        try writeLine { $0.append(contentsOf: line.utf8) }
    }

    /// Lets `render` append one line's UTF-8 bytes straight into the buffer, then adds a newline
    /// (no intermediate `String`).
    public func writeLine(_ render: (inout [UInt8]) -> Void) throws {
        render(&buffer)
        buffer.append(UInt8(ascii: "\n"))
        if flushesEachLine || buffer.count >= capacity { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw OutputError(problem: name.map { "\($0): \(reason)" } ?? reason)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Output could not be written (closed pipe, full disk).
public struct OutputError: Error, CustomStringConvertible {
    public var problem: String
    public init(problem: String) { self.problem = problem }
    public var description: String { "cannot write output: \(problem)" }
}
