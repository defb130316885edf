import Foundation
import Synchronization
import Testing
import UndertoneCore
@testable import UndertoneDSP

@Suite struct PitchTrackerTests {
    static let rateHz = 8000
    static let hop = 80

    /// Tracks `samples` in one push and returns every frame.
    static func track(_ samples: [Float], settings: PitchSettings = PitchSettings(), rateHz: Int = rateHz) -> [PitchFrame] {
        let stream = PitchStream(sampleRateHz: rateHz, hopSamples: rateHz / 100, settings: settings)
        var frames: [PitchFrame] = []
        samples.withUnsafeBufferPointer { stream.push($0) { frames.append($0) } }
        stream.flush { frames.append($0) }
        return frames
    }

    /// Frames away from the edges (a window's half and the path's settling).
    static func interior(_ frames: [PitchFrame]) -> ArraySlice<PitchFrame> { frames[8..<(frames.count - 8)] }

    @Test func emitsOneFramePerHop() {
        let frames = Self.track([Float](repeating: 0, count: 4000))
        #expect(frames.map(\.index) == Array(0..<50))
    }

    @Test(arguments: [75.0, 200.0, 440.0])
    func pureTone(f0Hz: Double) {
        let frames = Self.track(TestSignals.harmonic(seconds: 0.5, rateHz: Self.rateHz, harmonics: [1]) { _ in f0Hz })
        for frame in Self.interior(frames) {
            #expect(frame.f0Hz > 0 && abs(TestSignals.cents(Double(frame.f0Hz), f0Hz)) < 10, "frame \(frame.index): \(frame.f0Hz) Hz")
            #expect(frame.voicing > 0.9)
        }
    }

    @Test(arguments: [(110.0, [1, 2, 3, 4, 5]), (110.0, [3, 4, 5, 6, 7, 8]), (95.0, [4, 5, 6, 7, 8, 9, 10]), (230.0, [2, 3, 4, 5])])
    func harmonicComplexWithAndWithoutFundamental(f0Hz: Double, harmonics: [Int]) {
        let frames = Self.track(TestSignals.harmonic(seconds: 0.5, rateHz: Self.rateHz, harmonics: harmonics) { _ in f0Hz })
        for frame in Self.interior(frames) {
            #expect(frame.f0Hz > 0 && abs(TestSignals.cents(Double(frame.f0Hz), f0Hz)) < 10, "frame \(frame.index): \(frame.f0Hz) Hz")
        }
    }

    @Test func chirpFollowsTheInstantaneousF0() {
        let f0: (Double) -> Double = { t in 120 * pow(2, t) } // one octave per second
        let frames = Self.track(TestSignals.harmonic(seconds: 1, rateHz: Self.rateHz, harmonics: [2, 3, 4, 5], f0Hz: f0))
        for frame in Self.interior(frames) {
            let expected = f0(Double(frame.index) * 0.01)
            #expect(frame.f0Hz > 0 && abs(TestSignals.cents(Double(frame.f0Hz), expected)) < 25, "frame \(frame.index): \(frame.f0Hz) vs \(expected) Hz")
        }
    }

    @Test func wideband16kHz() {
        let frames = Self.track(TestSignals.harmonic(seconds: 0.5, rateHz: 16000, harmonics: [1, 2, 3]) { _ in 180 }, rateHz: 16000)
        for frame in Self.interior(frames) {
            #expect(abs(TestSignals.cents(Double(frame.f0Hz), 180)) < 10)
        }
    }

    @Test func silenceIsUnvoiced() {
        let frames = Self.track([Float](repeating: 0, count: 4000))
        #expect(frames.allSatisfy { $0.f0Hz == 0 && $0.voicing == 0 })
    }

    @Test func whiteNoiseIsUnvoiced() {
        let frames = Self.track(TestSignals.whiteNoise(count: 8000, amplitude: 0.3))
        let voiced = frames.filter { $0.f0Hz > 0 }.count
        #expect(voiced <= frames.count / 20, "\(voiced) of \(frames.count) noise frames voiced")
    }

    @Test func toneAfterSilenceStartsVoicedAndStopsUnvoiced() {
        var samples = [Float](repeating: 0, count: 2400)
        samples += TestSignals.harmonic(seconds: 0.4, rateHz: Self.rateHz, harmonics: [2, 3, 4]) { _ in 150 }
        samples += [Float](repeating: 0, count: 2400)
        let frames = Self.track(samples)
        #expect(frames[5..<25].allSatisfy { $0.f0Hz == 0 })
        #expect(frames[35..<60].allSatisfy { abs(TestSignals.cents(Double($0.f0Hz), 150)) < 10 })
        #expect(frames[75..<95].allSatisfy { $0.f0Hz == 0 })
    }

    @Test func outputDoesNotDependOnHowInputIsSplit() {
        var samples = TestSignals.harmonic(seconds: 0.6, rateHz: Self.rateHz, harmonics: [3, 4, 5]) { t in 110 + 40 * t }
        samples += TestSignals.whiteNoise(count: 1234, amplitude: 0.05)
        let whole = Self.track(samples)
        var generator = SplitMix(seed: 7)
        let splits: [(String, () -> Int)] = [
            ("hop by hop", { Self.hop }),
            ("sample by sample", { 1 }),
            ("random", { Int(generator.next() % 500) }),
        ]
        for (name, nextSize) in splits {
            let stream = PitchStream(sampleRateHz: Self.rateHz, hopSamples: Self.hop, settings: PitchSettings())
            var frames: [PitchFrame] = []
            var start = 0
            samples.withUnsafeBufferPointer { all in
                while start < all.count {
                    let end = min(all.count, start + nextSize())
                    stream.push(UnsafeBufferPointer(rebasing: all[start..<end])) { frames.append($0) }
                    start = end
                }
            }
            stream.flush { frames.append($0) }
            #expect(frames == whole, "\(name)")
        }
    }

    /// A tracker that measures frames in batches and correlates them later, sharing the work with a helper
    /// when it has one, decides every frame as the frame-by-frame tracker does, bit for bit: the batching
    /// moves the FFTs, nothing a frame's result depends on. The `caller` helper is a second thread that
    /// calls `helpCorrelate` without pause while the tracker runs, so it claims frames in most batches.
    @Test(arguments: [PitchTracker.BatchHelper.none, .ownThread, .caller])
    func batchesAndAHelperChangeNothing(helper: PitchTracker.BatchHelper) {
        var samples = TestSignals.harmonic(seconds: 0.5, rateHz: Self.rateHz, harmonics: [2, 3, 4]) { t in 120 + 60 * t }
        samples += [Float](repeating: 0, count: 2000) // quiet frames, which are not correlated
        samples += TestSignals.whiteNoise(count: 3000, amplitude: 0.05)
        samples += TestSignals.harmonic(seconds: 0.3, rateHz: Self.rateHz, harmonics: [1, 2]) { _ in 210 }
        let whole = Self.track(samples)
        var generator = SplitMix(seed: 58)
        for batchFrames in [1, 16, 37, 200] {
            let tracker = PitchTracker(sampleRateHz: Self.rateHz, hopSamples: Self.hop, settings: PitchSettings(),
                                       batchFrames: batchFrames, helper: helper)
            let framer = Framer(hopSamples: Self.hop, windowSamples: tracker.windowSamples)
            var frames: [PitchFrame] = []
            func run() {
                var start = 0
                samples.withUnsafeBufferPointer { all in
                    while start < all.count {
                        let end = min(all.count, start + Int(generator.next() % 3000))
                        framer.push(UnsafeBufferPointer(rebasing: all[start..<end])) { _, window in
                            tracker.analyse(window: window) { frames.append($0) }
                        }
                        if generator.next() % 2 == 0 { tracker.decidePending { frames.append($0) } }
                        start = end
                    }
                }
                framer.flush { _, window in tracker.analyse(window: window) { frames.append($0) } }
                tracker.flush { frames.append($0) }
            }
            if helper == .caller {
                let finished = Atomic(false)
                HelperThread().run({ while !finished.load(ordering: .acquiring) { tracker.helpCorrelate() } },
                                   alongside: { run(); finished.store(true, ordering: .releasing) })
            } else {
                run()
            }
            let firstDifference = zip(frames, whole).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? (frames.count == whole.count ? nil : min(frames.count, whole.count))
            #expect(firstDifference == nil, "batches of \(batchFrames), helper \(helper): frame \(firstDifference ?? -1) differs")
        }
    }

    @Test func framesAreDecidedAfterTheLookahead() {
        let settings = PitchSettings()
        let stream = PitchStream(sampleRateHz: Self.rateHz, hopSamples: Self.hop, settings: settings)
        let samples = TestSignals.harmonic(seconds: 0.5, rateHz: Self.rateHz, harmonics: [1]) { _ in 200 }
        var decided = 0
        samples.withUnsafeBufferPointer { stream.push($0) { _ in decided += 1 } }
        // Windows emitted: every frame whose window end has arrived; minus the look-ahead.
        let windows = (samples.count - stream.tracker.windowSamples / 2) / Self.hop + 1
        #expect(decided == windows - settings.lookaheadFrames)
        #expect(stream.latencySamples == stream.tracker.windowSamples / 2 + settings.lookaheadFrames * Self.hop)
    }
}
