import Foundation
import Testing
import TestSupport
@testable import UndertoneAudio
import UndertoneCore

/// Broken files users really send: each gives an `InputError` naming the file and the problem.
@Suite struct BadAudioFileTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    init() throws { scratch = try ScratchDirectory() }

    func write(_ bytes: [UInt8], as name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func openError(_ path: String) -> InputError? {
        do {
            _ = try readAll(try SndFileSource(path: path))
            return nil
        } catch {
            return error as? InputError
        }
    }

    func expectError(_ path: String, kind: InputError.Kind = .invalidData, containing words: [String]) {
        let error = openError(path)
        #expect(error?.kind == kind)
        #expect(error?.source == path)
        for word in words { #expect(error?.description.contains(word) == true, "\(String(describing: error)) lacks '\(word)'") }
    }

    @Test func emptyFile() throws {
        expectError(try write([], as: "empty.wav"), containing: ["empty"])
    }

    @Test func textFileNamedWAV() throws {
        expectError(try write(Array(String(repeating: "not audio at all\n", count: 20).utf8), as: "notes.wav"),
                    containing: ["not a recognised audio file", "--raw"])
    }

    @Test func truncatedData() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 1000, count: 4000))
        wav.declaredDataBytes = 16000 // header claims twice the samples the file holds
        expectError(try write(wav.bytes, as: "truncated.wav"), containing: ["truncated", "16000", "8000", "sox --ignore-length"])
    }

    @Test func dataChunkDeclaringZeroBytesBeforeItsAudio() throws {
        // A writer that never went back to fill in the size: it read "holds no audio frames".
        var wav = WAVBytes.pcm16([Int16](repeating: 1000, count: 4000))
        wav.declaredDataBytes = 0
        expectError(try write(wav.bytes, as: "unfinished.wav"),
                    containing: ["declares 0 bytes but 8000 bytes follow", "sox --ignore-length"])
    }

    @Test func parallelFailuresEachNameTheirOwnProblem() throws {
        // libsndfile keeps an open's failure in process-wide state; without a lock around it, a batch opening files
        // in parallel told the text file's owner about the other file's header (CI, text round 51's run).
        let text = try write(Array(String(repeating: "not audio at all\n", count: 20).utf8), as: "notes.wav")
        var wav = WAVBytes.pcm16([Int16](repeating: 1000, count: 100))
        wav.sampleRateHz = 0
        let noRate = try write(wav.bytes, as: "rate0.wav")
        let expected = [text: "not a recognised audio file", noRate: "does not add up to a readable format"]
        let paths = (0..<64).map { $0.isMultiple(of: 2) ? text : noRate }
        let failures = paths.map { path in Failure(path: path) }
        DispatchQueue.concurrentPerform(iterations: paths.count) { failures[$0].record(openError(paths[$0])) }
        for failure in failures {
            #expect(failure.description?.contains(expected[failure.path]!) == true, "\(failure.path): \(failure.description ?? "nil")")
        }
    }

    /// One parallel open's error, written by its own iteration only.
    final class Failure: @unchecked Sendable {
        let path: String
        private(set) var description: String?
        init(path: String) { self.path = path }
        func record(_ error: InputError?) { description = error?.description }
    }

    @Test func fileCutInsideTheHeader() throws {
        let bytes = WAVBytes.pcm16([Int16](repeating: 1000, count: 100)).bytes
        expectError(try write(Array(bytes[0..<30]), as: "cut.wav"), containing: ["libsndfile"])
    }

    @Test func headerWithoutSamples() throws {
        expectError(try write(WAVBytes.pcm16([]).bytes, as: "nosamples.wav"), containing: ["no audio frames"])
    }

    @Test func lyingSampleRate() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 1000, count: 100))
        wav.sampleRateHz = 0
        expectError(try write(wav.bytes, as: "rate0.wav"), containing: ["does not add up to a readable format"])
        wav.sampleRateHz = 3_000_000
        expectError(try write(wav.bytes, as: "rate3M.wav"), containing: ["3000000 Hz", "outside"])
    }

    @Test func lyingChannelCount() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 1000, count: 400))
        wav.channelCount = 200
        expectError(try write(wav.bytes, as: "ch200.wav"), containing: ["channel count 200"])
    }

    @Test func unsupportedEncoding() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 0, count: 400))
        wav.formatTag = 0x0161 // Windows Media Audio
        expectError(try write(wav.bytes, as: "wma.wav"), containing: ["0x0161", "not supported"])
    }

    @Test(arguments: [Float.nan, .infinity, -.infinity])
    func nonFiniteFloatSamples(bad: Float) throws {
        var samples = [Float](repeating: 0.1, count: 800)
        samples[400] = bad
        expectError(try write(WAVBytes.float32(samples).bytes, as: "bad.wav"), containing: ["at 0.050 s", "channel 1", "finite"])
    }

    @Test func floatSamplesOverFullScaleAreClippedWithOneWarning() throws {
        var samples = [Float](repeating: 0.1, count: 800)
        samples[400] = 4.5
        samples[500] = -20
        let path = try write(WAVBytes.float32(samples).bytes, as: "hot.wav")
        let warnings = WarningLog()
        let source = try SndFileSource(path: path, warn: warnings.append)
        let read = try readAll(source)
        #expect(read[400] == 1 && read[500] == -1 && read[401] == 0.1)
        #expect(source.clippedSamples == 2)
        #expect(warnings.lines.count == 1 && warnings.lines[0].contains("at 0.050 s") && warnings.lines[0].contains("clipped"))
    }

    @Test func floatFileNotScaledToFullScaleIsRefusedAtItsEnd() throws {
        // Integer-scaled samples in a float file: most clip, and the analysis would be of a square wave.
        let samples = (0..<800).map { Float(300 * sin(Double($0) * 0.3)) }
        expectError(try write(WAVBytes.float32(samples).bytes, as: "intscaled.wav"), containing: ["% of the float samples", "peak 300", "divide its samples by 300"])
    }

    @Test func floatSamplesFarOverFullScaleAreRefused() throws {
        var samples = [Float](repeating: 0.1, count: 800)
        samples[80] = 1e30 // 600 dB over full scale: not audio
        expectError(try write(WAVBytes.float32(samples).bytes, as: "huge.wav"), containing: ["at 0.010 s", "60 dB over full scale"])
    }

    @Test func dataChunkShorterThanTheAudioWarns() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 1000, count: 8000))
        wav.declaredDataBytes = 4000 // the header claims a quarter of the samples that follow
        let path = try write(wav.bytes, as: "short-header.wav")
        let warnings = WarningLog()
        let read = try readAll(try SndFileSource(path: path, warn: warnings.append))
        #expect(read.count == 2000)
        #expect(warnings.lines.count == 1 && warnings.lines[0].contains("12000 bytes") && warnings.lines[0].contains("0.250 s"))
    }

    @Test func dataChunkEndingInsideAFrameWarns() throws {
        var wav = WAVBytes.pcm16([Int16](repeating: 1000, count: 1600))
        wav.channelCount = 2
        wav.data += [1, 2, 3] // 800 stereo frames and three bytes of a fourth
        let warnings = WarningLog()
        let read = try readAll(try SndFileSource(path: try write(wav.bytes, as: "part-frame.wav"), warn: warnings.append))
        #expect(read.count == 800 * 2)
        #expect(warnings.lines.count == 1 && warnings.lines[0].contains("3203 bytes end 3 bytes into a 4-byte frame"))
        // A whole number of frames, or a codec whose last block may be short, says nothing.
        for (name, tag, tail) in [("whole.wav", UInt16(1), [UInt8]()), ("adpcm.wav", 0x0011, [1, 2, 3])] {
            wav.formatTag = tag
            wav.data = [UInt8](repeating: 0, count: 3200) + tail
            #expect(RIFFChunks(path: try write(wav.bytes, as: name))?.partialFrameBytes == nil, "\(name)")
        }
    }

    @Test func chunksAndTagsAfterTheDataDoNotWarn() throws {
        let wav = WAVBytes.pcm16([Int16](repeating: 1000, count: 800)).bytes
        var list = Array("LIST".utf8) + [0, 0, 0, 0] + Array("INFOISFT\u{1}\0\0\0x".utf8) + [0]
        list[4] = UInt8(list.count - 8)
        for (name, tail) in [("list.wav", list), ("id3.wav", Array("ID3\u{4}\0\0\0\0\0\u{5}hello".utf8)), ("pad.wav", [UInt8](repeating: 0, count: 100))] {
            let warnings = WarningLog()
            _ = try readAll(try SndFileSource(path: try write(wav + tail, as: name), warn: warnings.append))
            #expect(warnings.lines.isEmpty, "\(name): \(warnings.lines)")
        }
    }

    @Test func missingFile() {
        expectError("/nonexistent/call.wav", kind: .cannotOpen, containing: ["no such file"])
    }

    @Test func directoryInsteadOfFile() {
        expectError(directory.path, kind: .cannotOpen, containing: ["directory"])
    }
}

/// Collects the warnings a source gives, for tests.
final class WarningLog {
    private(set) var lines: [String] = []
    func append(_ line: String) { lines.append(line) }
}
