import Foundation
import Testing
import TestSupport
import UndertoneAudio
import UndertoneCore
import UndertonePipeline

/// Collects everything a call analyzer emits.
final class CollectingSink: AnalysisSink {
    var frames: [(ChannelRole, FrameFeatures)] = []
    var seconds: [SecondRecord] = []
    func receive(frame: FrameFeatures, role: ChannelRole) throws { frames.append((role, frame)) }
    func receive(second: SecondRecord) throws { seconds.append(second) }
}

/// Frames only: the call analyzer builds no seconds for it.
final class FramesOnlySink: AnalysisSink {
    var frames = 0, seconds = 0
    var wantsSeconds: Bool { false }
    func receive(frame: FrameFeatures, role: ChannelRole) throws { frames += 1 }
    func receive(second: SecondRecord) throws { seconds += 1 }
}

@Suite struct CallAnalyzerTests {
    /// 2.5 s of stereo at 44.1 kHz: a 200 Hz tone burst on the left from 0.5 s to 1.5 s, noise on the right.
    static let stereo: [Float] = {
        var generator = SeededGenerator(seed: 11)
        let rate = 44100.0
        return (0..<110_250).flatMap { index -> [Float] in
            let time = Double(index) / rate
            let left = (0.5..<1.5).contains(time) ? Float(0.3 * sin(2 * Double.pi * 200 * time)) : 0.0003 * Float.random(in: -1...1, using: &generator)
            return [left, 0.001 * Float.random(in: -1...1, using: &generator)]
        }
    }()

    func analyse(chunking: Chunking, threads: Int = 1, settings: AnalysisSettings? = nil) throws -> CollectingSink {
        let sink = CollectingSink()
        let format = StreamFormat(sampleRateHz: 44100, channelCount: 2, encoding: "test")
        let analyzer = try CallAnalyzer(format: format, roles: [.customer, .agent], settings: settings ?? AnalysisSettings(),
                                        threads: threads, sink: sink)
        var offset = 0
        try Self.stereo.withUnsafeBufferPointer { samples in
            for frames in chunking.sizes(total: samples.count / 2, hop: 441) {
                try analyzer.push(interleaved: UnsafeBufferPointer(rebasing: samples[(2 * offset)..<(2 * (offset + frames))]))
                offset += frames
            }
        }
        try analyzer.finish()
        return sink
    }

    @Test(arguments: [Chunking.hop, .single, .random])
    func outputDoesNotDependOnChunking(chunking: Chunking) throws {
        let whole = try analyse(chunking: .whole)
        let chunked = try analyse(chunking: chunking)
        #expect(chunked.frames.count == whole.frames.count)
        #expect(zip(chunked.frames, whole.frames).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 })
        #expect(chunked.seconds == whole.seconds)
    }

    /// The lanes of both channels on up to 2 or 3 threads (blocks of 1 s run in parallel, short random
    /// chunks serially) give exactly what one thread gives.
    @Test(arguments: [(Chunking.whole, 2), (.whole, 3), (.random, 2)])
    func outputDoesNotDependOnThreads(chunking: Chunking, threads: Int) throws {
        let serial = try analyse(chunking: .whole)
        let parallel = try analyse(chunking: chunking, threads: threads)
        #expect(parallel.frames.count == serial.frames.count)
        #expect(zip(parallel.frames, serial.frames).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 })
        #expect(parallel.seconds == serial.seconds)
        #expect(serial.frames.contains { $0.1.cycles.cycleCount > 0 } && serial.frames.contains { $0.1.nucleusProminenceDB != nil })
    }

    /// The input high-pass runs on the lanes it is set for: 300 Hz, order 4 takes about 14 dB off the 200 Hz
    /// tone's intensity (level lane) and leaves it alone when only the pitch lane is filtered, whose
    /// periodicity it changes instead; either way the output does not depend on the chunking or the threads.
    @Test(arguments: [InputHighPassSettings.Lanes.levels, .pitch])
    func inputHighPassFiltersItsLanesOnly(lanes: InputHighPassSettings.Lanes) throws {
        var unfiltered = try AnalysisSettings()
        unfiltered.inputHighPass.cutoffHz = 0
        var settings = unfiltered
        settings.inputHighPass = InputHighPassSettings()
        settings.inputHighPass.cutoffHz = 300
        settings.inputHighPass.order = 4
        settings.inputHighPass.lanes = lanes
        let plain = try analyse(chunking: .whole, settings: unfiltered)
        let filtered = try analyse(chunking: .whole, settings: settings)
        #expect(try analyse(chunking: .random, settings: settings).frames.elementsEqual(filtered.frames) { $0.0 == $1.0 && $0.1 == $1.1 })
        #expect(try analyse(chunking: .whole, threads: 2, settings: settings).frames.elementsEqual(filtered.frames) { $0.0 == $1.0 && $0.1 == $1.1 })
        func toneIntensityDB(_ sink: CollectingSink) -> Float { sink.frames.first { $0.0 == .customer && $0.1.index == 100 }!.1.intensityDB }
        let dropDB = toneIntensityDB(plain) - toneIntensityDB(filtered)
        // A filtered pitch lane measures another periodicity somewhere in the call.
        let periodicityChanged = zip(plain.frames, filtered.frames).contains { $0.1.voicing != $1.1.voicing }
        if lanes == .levels {
            #expect(dropDB > 10 && dropDB < 18)
            #expect(!periodicityChanged)
        } else {
            #expect(dropDB == 0)
            #expect(periodicityChanged)
        }
    }

    @Test func buildsNoSecondsForASinkThatDoesNotWantThem() throws {
        let sink = FramesOnlySink()
        let analyzer = try CallAnalyzer(format: StreamFormat(sampleRateHz: 44100, channelCount: 2, encoding: "test"),
                                        roles: [.customer, .agent], settings: AnalysisSettings(), sink: sink)
        try Self.stereo.withUnsafeBufferPointer { try analyzer.push(interleaved: $0) }
        try analyzer.finish()
        #expect(sink.frames == 2 * 250 && sink.seconds == 0)
    }

    @Test func emitsFramesInLockstepAndSecondsInOrder() throws {
        let sink = try analyse(chunking: .whole)
        #expect(sink.frames.count == 2 * 250)
        #expect(sink.frames.map(\.0.rawValue).prefix(4) == ["customer", "agent", "customer", "agent"])
        #expect(sink.frames.enumerated().allSatisfy { $0.element.1.index == $0.offset / 2 })
        #expect(sink.seconds.map(\.timeSeconds) == [0, 0, 1, 1, 2, 2])
        #expect(sink.seconds.map(\.durationSeconds) == [1, 1, 1, 1, 0.5, 0.5])
    }

    @Test func findsTheToneBurstAsSpeech() throws {
        let sink = try analyse(chunking: .whole)
        let customer = sink.frames.filter { $0.0 == .customer }.map(\.1)
        let burst = customer.filter { (0.55...1.45).contains($0.timeSeconds) }
        #expect(burst.allSatisfy { $0.isSpeech })
        // A 0.3-amplitude sine is 20·log10(0.3/√2/2e-5) = 80.5 dB, less what the default input high-pass
        // (Butterworth, 175 Hz, order 2, bilinear) takes off at 200 Hz: 10·log10(1 + (tan(π·175/fs) / tan(π·200/fs))⁴).
        let warped = tan(Double.pi * 175 / 8000) / tan(Double.pi * 200 / 8000)
        let expectedDB = 80.5 - 10 * log10(1 + pow(warped, 4))
        #expect(burst.allSatisfy { abs(Double($0.intensityDB) - expectedDB) < 0.2 })
        #expect(customer.filter { $0.timeSeconds < 0.45 || $0.timeSeconds > 1.75 }.allSatisfy { !$0.isSpeech })
        #expect(sink.frames.filter { $0.0 == .agent }.allSatisfy { !$0.1.isSpeech })
    }

    @Test func declaresItsLatency() throws {
        let direct = try CallAnalyzer(format: StreamFormat(sampleRateHz: 8000, channelCount: 1, encoding: "test"),
                                      roles: [.mixed], settings: AnalysisSettings(), sink: CollectingSink())
        // Half the longest window, 150 ms of pitch look-ahead and 250 ms of nucleus decision.
        #expect(direct.latencySeconds > 0.4 && direct.latencySeconds < 0.5)
        let resampled = try CallAnalyzer(format: StreamFormat(sampleRateHz: 44100, channelCount: 1, encoding: "test"),
                                         roles: [.mixed], settings: AnalysisSettings(), sink: CollectingSink())
        let silence = [Float](repeating: 0, count: 4410)
        try silence.withUnsafeBufferPointer { try resampled.push(interleaved: $0) }
        #expect(resampled.latencySeconds > direct.latencySeconds)
    }

    @Test func rolesMustMatchTheChannels() throws {
        let format = StreamFormat(sampleRateHz: 8000, channelCount: 2, encoding: "test")
        #expect(throws: UsageError("--channels names 1 channel(s) but the input has 2")) {
            _ = try CallAnalyzer(format: format, roles: [.mixed], settings: AnalysisSettings(), sink: CollectingSink())
        }
        #expect(throws: UsageError.self) {
            _ = try CallAnalyzer(format: format, roles: [.ignored, .ignored], settings: AnalysisSettings(), sink: CollectingSink())
        }
    }

    @Test func ignoredChannelsAreNotAnalysed() throws {
        let sink = CollectingSink()
        let format = StreamFormat(sampleRateHz: 8000, channelCount: 2, encoding: "test")
        let analyzer = try CallAnalyzer(format: format, roles: [.ignored, .agent], settings: AnalysisSettings(), sink: sink)
        let silence = [Float](repeating: 0, count: 2 * 8000)
        try silence.withUnsafeBufferPointer { try analyzer.push(interleaved: $0) }
        try analyzer.finish()
        #expect(sink.frames.count == 100)
        #expect(Set(sink.seconds.map(\.role)) == [.agent])
    }
}
