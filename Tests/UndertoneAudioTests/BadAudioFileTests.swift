import Foundation
import Testing
import TestSupport
import UndertoneAudio
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
        expectError(try write(wav.bytes, as: "truncated.wav"), containing: ["truncated", "16000", "8000"])
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
        expectError(try write(wav.bytes, as: "rate0.wav"), containing: ["impossible format"])
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

    @Test func missingFile() {
        expectError("/nonexistent/call.wav", kind: .cannotOpen, containing: ["no such file"])
    }

    @Test func directoryInsteadOfFile() {
        expectError(directory.path, kind: .cannotOpen, containing: ["directory"])
    }
}
