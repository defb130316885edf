import Foundation
import Testing
import TestSupport

/// Inputs that are pipes rather than regular files (a FIFO, `<(…)`, stdin) and diagnostics with nowhere to
/// go: a pipe is read like a file where the format allows and refused with the reason where it does not
/// (never "empty", "corrupt" or "permission denied"), and a closed or full stderr costs only the message.
@Suite struct PipeInputTests {
    let scratch: ScratchDirectory
    init() throws { scratch = try ScratchDirectory() }

    /// A FIFO that a background thread fills with `bytes` once the CLI opens it. The fixtures are smaller
    /// than a pipe's buffer, so the write never waits for the reader.
    func fifo(holding bytes: Data) throws -> String {
        let path = scratch.url.appendingPathComponent("fifo-\(UUID().uuidString)").path
        try #require(mkfifo(path, 0o600) == 0)
        Thread.detachNewThread {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            bytes.withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        return path
    }

    func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: Fixtures.audio("formats/\(name)")))
    }

    @Test func aWAVThroughAFIFOIsAnalysed() throws {
        let result = try CLI.run(["analyze", try fifo(holding: fixture("pcm16.wav"))])
        #expect(result.status == 0, "\(result.stderr)")   // it read "file is empty (0 bytes)": a FIFO's size
        #expect(result.lines.count == 1)                   // one second of audio
    }

    /// `wav` with its `data` chunk's size replaced by `bytes`.
    func withDataSize(_ wav: Data, _ bytes: UInt32) throws -> Data {
        let at = try #require(wav.range(of: Data("data".utf8))).upperBound
        var patched = wav
        withUnsafeBytes(of: bytes.littleEndian) { patched.replaceSubrange(at..<(at + 4), with: $0) }
        return patched
    }

    @Test func aWAVStreamedWithAPlaceholderLengthIsReadToTheEndOfTheStream() throws {
        // `… | sox -t raw … - -t wav - | undertone analyze -`: sox cannot go back to write the data size and
        // leaves 0x7FFFF000 there. It read "file is truncated or corrupt", exit 65, and lost the last second.
        let wav = try fixture("pcm16.wav")
        for placeholder: UInt32 in [0x7FFF_F000, 0xFFFF_FFFF] {
            let result = try CLI.run(["analyze", try fifo(holding: try withDataSize(wav, placeholder))])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.lines.count == 1)
            #expect(result.stderr.contains("placeholder"), "\(result.stderr)")
        }
        // A regular file can be measured, so there the same header is a lie; and a stream cut short of a
        // real length is still a truncated stream.
        let file = scratch.url.appendingPathComponent("placeholder.wav")
        try withDataSize(wav, 0x7FFF_F000).write(to: file)
        #expect(try CLI.run(["analyze", file.path]).status == 65)
        let cut = try CLI.run(["analyze", try fifo(holding: wav.prefix(wav.count - 4000))])
        #expect(cut.status == 65 && cut.stderr.contains("truncated"), "\(cut.stderr)")
    }

    @Test func aFLACThroughAFIFOSaysItNeedsAFile() throws {
        let path = try fifo(holding: fixture("tone.flac"))
        let result = try CLI.run(["analyze", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains(path) && result.stderr.contains("need a regular file, not a pipe"), "\(result.stderr)")
    }

    @Test func aLexiconThroughAFIFOIsRead() throws {
        // Foundation's Data(contentsOf:) refused a pipe as "You don't have permission" (exit 66).
        let lexicon = try fifo(holding: Data("zorp\tvalence\t2\n".utf8))
        let result = try CLI.run(["sentiment", "--lexicon", lexicon], stdin: Data("zorp\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"term\":\"zorp\""))
    }

    @Test func headeredAudioOnStdinWithRawIsAUsageError() throws {
        // Its header was decoded as samples, silently, exit 0; stdin given as a file and as a pipe.
        let wav = try fixture("pcm16.wav")
        let result = try CLI.run(["analyze", "-", "--raw", "mulaw"], stdin: wav)
        #expect(result.status == 64)
        #expect(result.stderr.contains("stdin starts with a header (WAV)"), "\(result.stderr)")
        let live = try CLI.runLive(["analyze", "-", "--raw", "mulaw"], first: wav, lines: 1, timeoutSeconds: 2)
        #expect(live.result.status == 64 && live.result.stdout.isEmpty)
    }

    @Test func aClosedOrFullStderrKeepsTheExitCode() throws {
        // Writing the diagnostic trapped (exit 132, SIGILL) and the records were lost with it.
        func status(_ arguments: [String], stdout: FileHandle? = nil) throws -> Int32 {
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = stdout ?? FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try status(["analyze", "/nonexistent/call.wav"]) == 66)
        #expect(try status(["analyze", Fixtures.audio("formats/pcm16.wav")]) == 0)
        // And `notices`, which printed with print(), now says when its output is lost.
        #expect(try status(["notices"], stdout: try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))) == 74)
        // And help and the version, which ArgumentParser prints and exits 0 whatever became of them.
        for arguments in [["--help"], ["analyze", "--help"], ["--version"]] {
            #expect(try status(arguments, stdout: try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))) == 74)
            #expect(try status(arguments) == 0)
        }
    }
}
