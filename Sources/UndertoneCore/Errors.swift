import Foundation

/// A problem with the input a user gave (audio, transcript, stream): what is wrong, and where.
///
/// Thrown by decoders and readers; the CLI prints `undertone: <source>: <position>: <problem>` and exits
/// with `ExitStatus.badInput` (or `.cannotOpen` when `kind == .cannotOpen`).
public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The input could not be opened or read at all (missing file, permission).
        case cannotOpen
        /// The input was opened but its content is invalid, truncated or unsupported.
        case invalidData
    }

    public var kind: Kind
    /// File path, `stdin`, or a stream name.
    public var source: String
    /// Where in the input, in words the user can act on ("at 12.340 s", "byte 4096"); nil if not known.
    public var position: String?
    public var problem: String

    public init(_ kind: Kind = .invalidData, source: String, position: String? = nil, problem: String) {
        self.kind = kind
        self.source = source
        self.position = position
        self.problem = problem
    }

    public var description: String {
        [source, position, problem].compactMap { $0 }.joined(separator: ": ")
    }
}

/// A mistake in how the tool was called (bad option value, inconsistent options).
public struct UsageError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Process exit codes, after BSD `sysexits.h`, documented in the README.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// Command-line usage error (unknown option, bad value).
    case usage = 64
    /// Input data is invalid: not audio, truncated, lying header, NaN samples, unsupported encoding.
    case badInput = 65
    /// An input file is missing or unreadable.
    case cannotOpen = 66
    /// A bug: please report it.
    case internalError = 70
    /// Output could not be written.
    case outputError = 74
}

extension InputError {
    /// Why the file at `path` cannot be opened for reading, or nil when it can: missing, a directory
    /// (`expected` names what it should have been, "an audio file"), or not readable.
    public static func unopenable(path: String, expected: String) -> InputError? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return InputError(.cannotOpen, source: path, problem: "no such file")
        }
        if isDirectory.boolValue {
            return InputError(.cannotOpen, source: path, problem: "is a directory, not \(expected)")
        }
        if !FileManager.default.isReadableFile(atPath: path) {
            return InputError(.cannotOpen, source: path, problem: "permission denied")
        }
        return nil
    }
}
