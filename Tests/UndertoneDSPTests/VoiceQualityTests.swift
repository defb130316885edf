import Foundation
import Testing
import UndertoneCore
@testable import UndertoneDSP

@Suite struct VoiceQualityTests {
    /// Cycles of a glottal-like waveform (harmonics 1…8 falling as 1/h) with the given lengths in samples
    /// and amplitudes.
    static func cycles(lengths: [Double], amplitudes: [Double]) -> [Float] {
        var samples: [Float] = []
        for (length, amplitude) in zip(lengths, amplitudes) {
            let start = Double(samples.count)
            var position = start
            while position < start + length {
                let phase = (position - start) / length
                var value = 0.0
                for h in 1...8 { value += sin(2 * Double.pi * Double(h) * phase) / Double(h) }
                samples.append(Float(0.3 * amplitude * value))
                position += 1
            }
        }
        return samples
    }

    /// Runs a pitch stream and a cycle marker the way `ChannelAnalyzer` does; returns the summed cycles.
    static func measure(_ samples: [Float]) -> CycleStatistics {
        let settings = PitchSettings()
        let tracker = PitchTracker(sampleRateHz: 8000, hopSamples: 80, settings: settings)
        let framer = Framer(hopSamples: 80, windowSamples: tracker.windowSamples)
        let marker = CycleMarker(sampleRateHz: 8000, hopSamples: 80, floorHz: settings.floorHz, delayFrames: settings.lookaheadFrames)
        var total = CycleStatistics()
        let body: (Int, UnsafeBufferPointer<Float>) -> Void = { index, window in
            marker.store(index: index, window: window)
            tracker.analyse(window: window) { total += marker.cycles(index: $0.index, f0Hz: $0.f0Hz) }
        }
        samples.withUnsafeBufferPointer { framer.push($0, body) }
        framer.flush(body)
        tracker.flush { total += marker.cycles(index: $0.index, f0Hz: $0.f0Hz) }
        return total
    }

    @Test func steadyVoiceHasNoJitterOrShimmer() throws {
        let statistics = Self.measure(Self.cycles(lengths: Array(repeating: 64.5, count: 100), amplitudes: Array(repeating: 1, count: 100)))
        #expect(statistics.cycleCount > 80)
        #expect(try #require(statistics.jitterLocal) < 0.003)
        #expect(try #require(statistics.shimmerLocal) < 0.01)
    }

    @Test func randomPeriodsAndAmplitudesGiveTheirJitterAndShimmer() throws {
        // Periods 64·(1 + u), amplitudes 1 + v, u and v uniform in ±2 % and ±8 %; the expected values are
        // Praat's formulas applied to the lengths and amplitudes actually generated.
        var generator = SplitMix(seed: 3)
        func uniform(_ width: Double) -> Double { (Double(generator.next() % 10_000) / 10_000 * 2 - 1) * width }
        let lengths = (0..<120).map { _ in 64 * (1 + uniform(0.02)) }
        let amplitudes = (0..<120).map { _ in 1 + uniform(0.08) }
        func local(_ values: [Double]) -> Double {
            let differences = zip(values.dropFirst(), values).map { abs($0 - $1) }
            return (differences.reduce(0, +) / Double(differences.count)) / (values.reduce(0, +) / Double(values.count))
        }
        let statistics = Self.measure(Self.cycles(lengths: lengths, amplitudes: amplitudes))
        #expect(statistics.cycleCount > 100)
        let jitter = try #require(statistics.jitterLocal), shimmer = try #require(statistics.shimmerLocal)
        #expect(abs(jitter / local(lengths) - 1) < 0.2, "jitter \(jitter) vs \(local(lengths))")
        #expect(abs(shimmer / local(amplitudes) - 1) < 0.2, "shimmer \(shimmer) vs \(local(amplitudes))")
    }

    @Test func tremorMeterReadsSinusoidalModulation() throws {
        let meter = TremorMeter()
        var contour = (0..<100).map { n in Float(50 + 0.02 * Double(n) + sin(2 * Double.pi * 6 * Double(n) / 100)) }
        let rms = try #require(contour.withUnsafeMutableBufferPointer { meter.rms($0) })
        #expect(abs(rms - 1 / 2.0.squareRoot()) < 0.02) // amplitude 1 → RMS 0.707; the trend is ignored
        var slow = (0..<100).map { n in Float(sin(2 * Double.pi * 1 * Double(n) / 100)) }
        #expect(try #require(slow.withUnsafeMutableBufferPointer { meter.rms($0) }) < 0.05) // 1 Hz is intonation
        var sparse = (0..<100).map { n in n < 30 ? Float(1) : .nan }
        #expect(sparse.withUnsafeMutableBufferPointer { meter.rms($0) } == nil)
    }

    @Test func vibratoShowsAsF0Tremor() throws {
        // 5 Hz vibrato of ±1 semitone around 180 Hz: the tracked contour's tremor reads about 0.71 st.
        let samples = TestSignals.harmonic(seconds: 1.4, rateHz: 8000, harmonics: [2, 3, 4, 5]) { t in
            180 * pow(2, sin(2 * Double.pi * 5 * t) / 12)
        }
        let frames = PitchTrackerTests.track(samples)
        var contour = frames[20..<120].map { $0.f0Hz > 0 ? 12 * log2($0.f0Hz) : .nan }
        let rms = try #require(contour.withUnsafeMutableBufferPointer { TremorMeter().rms($0) })
        #expect(abs(rms - 0.707) < 0.1)
        var steady = PitchTrackerTests.track(TestSignals.harmonic(seconds: 1.4, rateHz: 8000, harmonics: [2, 3, 4, 5]) { _ in 180 })[20..<120]
            .map { 12 * log2($0.f0Hz) }
        #expect(try #require(steady.withUnsafeMutableBufferPointer { TremorMeter().rms($0) }) < 0.02)
    }
}
