import Foundation
import TestSupport

/// Runs the built `undertone` executable, as a user would, and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var lines: [String] { stdout.split(separator: "\n").map(String.init) }
}

enum CLI {
    /// The executable next to the test bundle in the build's products folder.
    static let executable: URL = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("undertone")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        fatalError("undertone executable not found near \(Bundle.main.bundleURL.path); build it first")
    }()

    static func run(_ arguments: [String], stdin: Data? = nil, executable: URL = executable) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // stdin, stdout and stderr are files (stdin empty when none is given): no pipe can fill up and block
        // the child, no pipe read can be interrupted by a signal (Foundation's readDataToEndOfFile traps on
        // EINTR), and a child that exits before reading its input (a usage error) cannot make a write to its
        // stdin raise SIGPIPE, which would end the whole test process.
        let temporary = FileManager.default.temporaryDirectory
        let inputURL = temporary.appendingPathComponent("undertone-stdin-\(UUID().uuidString)")
        let outputURL = temporary.appendingPathComponent("undertone-stdout-\(UUID().uuidString)")
        let errorsURL = temporary.appendingPathComponent("undertone-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: inputURL.path, contents: stdin ?? Data())
        for url in [outputURL, errorsURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) } // FileHandle below reports a failure
        defer { for url in [inputURL, outputURL, errorsURL] { try? FileManager.default.removeItem(at: url) } }
        let output = try FileHandle(forWritingTo: outputURL), errors = try FileHandle(forWritingTo: errorsURL)
        let input = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        for handle in [input, output, errors] { try handle.close() }
        let outData = try Data(contentsOf: outputURL)
        let errData = try Data(contentsOf: errorsURL)
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `arguments` with a pipe on stdin, writes `first` and keeps stdin open until stdout holds
    /// `lines` lines or `timeoutSeconds` pass; then writes `rest`, closes stdin and waits. Returns what
    /// stdout held while stdin was still open (what a live feed's reader sees) and the whole run.
    static func runLive(_ arguments: [String], first: Data, rest: Data = Data(), lines: Int,
                        timeoutSeconds: Double = 30) throws -> (whileOpen: String, result: CLIResult) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-live-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let output = try FileHandle(forWritingTo: outputURL)
        let input = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: first)
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var seen = ""
        while Date() < deadline {
            seen = String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self)
            if seen.split(separator: "\n").count >= lines { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try input.fileHandleForWriting.write(contentsOf: rest)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try output.close()
        let all = String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
        return (seen, CLIResult(status: process.terminationStatus, stdout: all, stderr: ""))
    }
}
