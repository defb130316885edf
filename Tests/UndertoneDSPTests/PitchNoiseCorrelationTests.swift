import Foundation
import Testing
import UndertoneCore
@testable import UndertoneDSP

@Suite struct PitchNoiseCorrelationTests {
    @Test func averageMovesTowardsEachNoiseFrame() {
        let noise = PitchNoiseCorrelation(lags: 3, updateWeight: 0.5)
        let frame: [Float] = [1, -0.2, 0.4]
        frame.withUnsafeBufferPointer { noise.update(from: $0.baseAddress!) }
        #expect(Array(UnsafeBufferPointer(start: noise.values, count: 3)) == [0.5, -0.1, 0.2])
        frame.withUnsafeBufferPointer { noise.update(from: $0.baseAddress!) }
        #expect(Array(UnsafeBufferPointer(start: noise.values, count: 3)) == [0.75, -0.15, 0.3])
    }

    /// A 200 Hz harmonic complex correlates fully at 40 and 80 samples (8 kHz); the octave cost makes 200 Hz
    /// the strongest. A noise correlation of 0.4 around lag 40, taken out at half weight, leaves 100 Hz the
    /// strongest, while the candidates' raw correlation stays that of the signal.
    @Test func subtractedNoiseCorrelationReordersTheCandidates() {
        let analyzer = PitchCandidateAnalyzer(sampleRateHz: 8000, settings: PitchSettings())
        let frame = TestSignals.harmonic(seconds: Double(analyzer.windowSamples) / 8000, rateHz: 8000, harmonics: [1, 2, 3]) { _ in 200 }
        _ = frame.withUnsafeBufferPointer { analyzer.measure($0) }
        let list = UnsafeMutableBufferPointer<PitchCandidate>.allocate(capacity: 8)
        defer { list.deallocate() }
        #expect(analyzer.candidates(into: list) > 1 && abs(list[0].f0Hz - 200) < 2)

        let noise = PitchNoiseCorrelation(lags: analyzer.correlationLags, updateWeight: 1)
        var shape = [Float](repeating: 0, count: analyzer.correlationLags)
        for lag in 36...44 { shape[lag] = 0.4 }
        shape.withUnsafeBufferPointer { noise.update(from: $0.baseAddress!) }
        let count = analyzer.candidates(into: list, noise: noise, noiseFraction: 0.5)
        #expect(count > 1 && abs(list[0].f0Hz - 100) < 1, "strongest: \(list[0].f0Hz) Hz")
        let at200 = (0..<count).first { abs(list[$0].f0Hz - 200) < 2 }
        #expect(at200 != nil && list[at200!].correlation < 0.85 && list[at200!].rawCorrelation > 0.95)
    }

    /// A harmonic complex at 3 dB SNR in white noise that was there alone for half a second before: the
    /// tracker follows the noise, compensates and keeps most frames voiced at the right F0.
    @Test func toneInNoiseAtThreeDecibelsStaysVoiced() {
        let noise = TestSignals.whiteNoise(count: 8000, amplitude: 0.1)
        var tone = [Float](repeating: 0, count: 4000)
        tone += TestSignals.harmonic(seconds: 0.5, rateHz: 8000, harmonics: [2, 3, 4, 5], amplitude: 0.1) { _ in 150 }
        let toneMeanSquare = tone[4000...].reduce(0) { $0 + $1 * $1 } / 4000
        let noiseMeanSquare = noise.reduce(0) { $0 + $1 * $1 } / 8000
        let gain = (2 * noiseMeanSquare / toneMeanSquare).squareRoot()
        let frames = PitchTrackerTests.track(zip(noise, tone).map { $0 + gain * $1 })
        let toneFrames = frames[58..<92]
        let tracked = toneFrames.filter { $0.f0Hz > 0 && abs(TestSignals.cents(Double($0.f0Hz), 150)) < 50 }.count
        #expect(tracked >= toneFrames.count * 3 / 4, "\(tracked) of \(toneFrames.count) frames at 150 Hz")
        #expect(frames[15..<45].filter { $0.f0Hz > 0 }.count <= 2)
    }
}
