import Foundation
import UndertoneCore

/// Buffered line output to a file descriptor (standard output by default), flushed when the buffer
/// fills and on `flush()`. Write errors (a closed pipe, a full disk) surface as `OutputError`.
public final class TextOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    public init(descriptor: Int32 = STDOUT_FILENO, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.capacity = capacity
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
        if buffer.count >= capacity { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(problem: String(cString: strerror(errno)))
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
