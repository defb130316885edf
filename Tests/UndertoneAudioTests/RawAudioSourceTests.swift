import Foundation
import Testing
import TestSupport
import UndertoneAudio
import UndertoneCore

@Suite struct RawAudioSourceTests {
    @Test(arguments: [RawEncoding.s16le, .mulaw, .alaw])
    func decodesHeaderlessTone(encoding: RawEncoding) throws {
        let source = try RawAudioSource(path: Fixtures.audio("formats/tone-8k.\(encoding.rawValue)"), encoding: encoding,
                                        sampleRateHz: 8000, channelCount: 1)
        let samples = try readAll(source, blockFrames: 333)
        #expect(samples.count == 4000)
        #expect(source.format.declaredFrames == 4000) // a regular file's length is known, for the transcript check
        #expect(abs(zeroCrossingFrequencyHz(middle(samples), sampleRateHz: 8000) - 440) < 2)
        #expect(abs(rmsDBFS(middle(samples)) - (-9.03)) < 0.2)
    }

    /// Our G.711 tables give exactly what libsndfile decodes from the same codes in a WAV container.
    @Test(arguments: [("mulaw", RawEncoding.mulaw), ("alaw", RawEncoding.alaw)])
    func g711MatchesLibsndfile(name: String, encoding: RawEncoding) throws {
        let ours = try readAll(RawAudioSource(path: Fixtures.audio("formats/tone-8k.\(name)"), encoding: encoding,
                                              sampleRateHz: 8000, channelCount: 1))
        let theirs = try readAll(SndFileSource(path: Fixtures.audio("formats/\(name).wav")))
        #expect(ours.count == theirs.count)
        #expect(zip(ours, theirs).allSatisfy { $0 == $1 }, "G.711 decoding differs from libsndfile's")
    }

    @Test func g711TablesHoldTheRecommendationsEndPoints() {
        #expect(G711.muLawToLinear[0xFF] == 0)
        #expect(G711.muLawToLinear[0x80] == 32124)
        #expect(G711.muLawToLinear[0x00] == -32124)
        #expect(G711.aLawToLinear[0xD5] == 8)
        #expect(G711.aLawToLinear[0x55] == -8)
        #expect(G711.aLawToLinear[0xAA] == 32256)
        #expect(G711.aLawToLinear[0x2A] == -32256)
    }

    @Test func partialTrailingSampleIsAnError() throws {
        try Fixtures.withScratchDirectory { directory in
            let path = directory.appendingPathComponent("odd.s16le").path
            try Data([1, 0, 2, 0, 3]).write(to: URL(fileURLWithPath: path))
            let source = try RawAudioSource(path: path, encoding: .s16le, sampleRateHz: 8000, channelCount: 1)
            #expect(throws: InputError(source: path, position: "byte 5",
                                       problem: "stream ends inside a sample frame (1 of 2 bytes): wrong encoding or channel count?")) {
                _ = try readAll(source)
            }
        }
    }

    @Test func impossibleRateOrChannelCountIsAUsageError() {
        #expect(throws: UsageError.self) {
            _ = try RawAudioSource(path: "-", encoding: .mulaw, sampleRateHz: 0, channelCount: 1)
        }
        #expect(throws: UsageError.self) {
            _ = try RawAudioSource(path: "-", encoding: .mulaw, sampleRateHz: 8000, channelCount: 1000)
        }
    }

    @Test func aFileWithAHeaderIsRefusedAsRaw() throws {
        // Decoding a WAV's header and µ-law bytes as PCM gives confident garbage: refused, naming the container.
        for (name, container) in [("formats/mulaw.wav", "WAV"), ("formats/tone.flac", "FLAC"), ("formats/tone.ogg", "Ogg"),
                                  ("formats/tone.mp3", "MPEG audio (MP3)")] {
            let path = Fixtures.audio(name)
            let error = #expect(throws: UsageError.self) {
                _ = try RawAudioSource(path: path, encoding: .s16le, sampleRateHz: 8000, channelCount: 1)
            }
            #expect(error?.description.contains("starts with a header (\(container))") == true, "\(String(describing: error))")
        }
        // Headerless audio and files too short to tell are read as raw.
        #expect(ContainerSignature.container(startingWith: Array("RIFF".utf8)) == nil)
        #expect(ContainerSignature.container(startingWith: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) == nil)
        _ = try RawAudioSource(path: Fixtures.audio("formats/tone-8k.s16le"), encoding: .s16le, sampleRateHz: 8000, channelCount: 1)
    }

    /// An MP3 without an ID3 tag starts with a frame header, and so may PCM: s16le −1 is `FF FF`, µ-law
    /// silence `FF`. Only a second header where the first frame ends makes it MP3.
    @Test func mpegAudioIsTwoFrameHeadersInARowNotOneSyncWord() throws {
        let mp3 = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.audio("formats/tone.mp3"))))
        #expect(ContainerSignature.bytesNeeded(startingWith: Array(mp3.prefix(12))) == 576 + 4) // MPEG-2 Layer III, 128 kbit/s, 16 kHz
        #expect(ContainerSignature.container(startingWith: Array(mp3.prefix(580))) == "MPEG audio (MP3)")
        var broken = Array(mp3.prefix(580))
        broken[577] = 0 // the second header's sync
        #expect(ContainerSignature.container(startingWith: broken) == nil)
        // Headerless audio at every starting byte: silence, dither around it, a tone, seeded noise.
        var random = SeededGenerator(seed: 58)
        let noise = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let dither = (0..<5_000).flatMap { _ -> [UInt8] in
            let sample = Int16.random(in: -2...1, using: &random)
            return [UInt8(truncatingIfNeeded: sample), UInt8(truncatingIfNeeded: sample >> 8)]
        }
        let tone = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.audio("formats/tone-8k.s16le"))))
        for raw in [[UInt8](repeating: 0xFF, count: 4000), dither, tone, noise] {
            for start in raw.indices {
                let prefix = Array(raw[start...].prefix(ContainerSignature.prefixBytes))
                let bytes = Array(raw[start...].prefix(ContainerSignature.bytesNeeded(startingWith: prefix)))
                #expect(ContainerSignature.container(startingWith: bytes) == nil, "byte \(start)")
            }
        }
    }

    @Test func missingFileCannotBeOpened() {
        #expect(throws: InputError(.cannotOpen, source: "/nonexistent.raw", problem: "no such file")) {
            _ = try RawAudioSource(path: "/nonexistent.raw", encoding: .s16le, sampleRateHz: 8000, channelCount: 1)
        }
    }
}
