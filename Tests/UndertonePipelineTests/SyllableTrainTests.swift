import Foundation
import Testing
import TestSupport
import UndertoneAudio
import UndertoneCore
import UndertonePipeline

/// Synthetic syllable trains through the whole channel pipeline (pitch voicing included): voiced
/// harmonic bursts, amplitude-modulated at a known syllable rate, in groups separated by pauses.
@Suite struct SyllableTrainTests {
    static let rateHz = 8000

    /// `groups` groups of `syllablesPerGroup` syllables at `syllablesPerSecond`, each group followed by
    /// `pauseSeconds` of near-silence; F0 glides 140–160 Hz; 0.3 s of silence at both ends.
    static func train(syllablesPerSecond: Double, groups: Int = 3, syllablesPerGroup: Int = 6, pauseSeconds: Double = 0.5,
                      noise: Float = 0.0005) -> [Float] {
        var generator = SeededGenerator(seed: 5)
        var samples: [Float] = []
        var phase = 0.0
        func append(seconds: Double, envelope: (Double) -> Double) {
            let count = Int(seconds * Double(rateHz))
            for index in 0..<count {
                let time = Double(index) / Double(rateHz)
                let f0 = 150 + 10 * sin(2 * Double.pi * 0.7 * Double(samples.count) / Double(rateHz))
                phase += 2 * Double.pi * f0 / Double(rateHz)
                var voice = 0.0
                for harmonic in 1...15 { voice += sin(Double(harmonic) * phase) / Double(harmonic) }
                samples.append(Float(0.2 * envelope(time) * voice) + noise * Float.random(in: -1...1, using: &generator))
            }
        }
        append(seconds: 0.3) { _ in 0 }
        for _ in 0..<groups {
            let period = 1 / syllablesPerSecond
            // Each syllable: a raised-cosine burst over 70 % of its period, a deep dip between syllables.
            append(seconds: Double(syllablesPerGroup) * period) { time in
                let phaseInSyllable = time.truncatingRemainder(dividingBy: period) / period
                return phaseInSyllable < 0.7 ? 0.5 - 0.5 * cos(2 * Double.pi * phaseInSyllable / 0.7) : 0.02
            }
            append(seconds: pauseSeconds) { _ in 0 }
        }
        append(seconds: 0.3) { _ in 0 }
        return samples
    }

    func summary(of samples: [Float], settings: AnalysisSettings? = nil) throws -> (SyllableSummary, [FrameFeatures]) {
        final class Sink: AnalysisSink {
            var summary = SyllableSummary()
            var frames: [FrameFeatures] = []
            func receive(frame: FrameFeatures, role: ChannelRole) throws {
                summary.add(frame)
                frames.append(frame)
            }
        }
        let sink = Sink()
        let analyzer = try CallAnalyzer(format: StreamFormat(sampleRateHz: Self.rateHz, channelCount: 1, encoding: "test"),
                                        roles: [.mixed], settings: settings ?? AnalysisSettings(), sink: sink)
        try samples.withUnsafeBufferPointer { try analyzer.push(interleaved: $0) }
        try analyzer.finish()
        return (sink.summary, sink.frames)
    }

    @Test(arguments: [3.0, 5.0, 7.0])
    func countsSyllablesAndPausesAtKnownRates(syllablesPerSecond: Double) throws {
        let (summary, _) = try summary(of: Self.train(syllablesPerSecond: syllablesPerSecond))
        #expect(summary.syllables == 18)
        #expect(summary.pauses == 2) // the last group's pause is trailing silence, not a pause
        #expect(abs(summary.pauseSeconds - 1.0) < 0.25) // VAD hangover shortens each 0.5 s pause
        let articulation = try #require(summary.articulationRateSPS)
        #expect(abs(articulation - syllablesPerSecond) / syllablesPerSecond < 0.15)
    }

    /// `SpeechRateSettings.envelopeWindowSeconds` reaches the envelope: a longer window averages across the
    /// dips between syllables, so fewer frames of a fast train lie deep in a dip, and it still finds every
    /// syllable.
    @Test func envelopeWindowSetsTheEnvelopeSmoothing() throws {
        let samples = Self.train(syllablesPerSecond: 7, groups: 1)
        /// Frames of the group's middle (0.44–1.01 s) more than 20 dB under its loudest frame.
        func framesInDips(_ frames: [FrameFeatures]) -> Int {
            let inside = frames[44...101].map(\.envelopeDB)
            return inside.count { $0 < inside.max()! - 20 }
        }
        var long = try AnalysisSettings()
        long.speechRate.envelopeWindowSeconds = 0.080
        let (defaultSummary, defaultFrames) = try summary(of: samples)
        let (longSummary, longFrames) = try summary(of: samples, settings: long)
        #expect(defaultSummary.syllables == 6 && longSummary.syllables == 6)
        #expect(framesInDips(longFrames) < framesInDips(defaultFrames))
    }

    @Test func silenceAndNoiseHaveNoSyllables() throws {
        #expect(try summary(of: [Float](repeating: 0, count: 16000)).0.syllables == 0)
        var generator = SeededGenerator(seed: 9)
        let noise = (0..<24000).map { _ in 0.1 * Float.random(in: -1...1, using: &generator) }
        #expect(try summary(of: noise).0.syllables == 0)
    }

    @Test func perSecondRecordsCarryTheRate() throws {
        final class Sink: AnalysisSink {
            var seconds: [SecondRecord] = []
            func receive(second: SecondRecord) throws { seconds.append(second) }
        }
        let sink = Sink()
        let samples = Self.train(syllablesPerSecond: 5, groups: 1, syllablesPerGroup: 20, pauseSeconds: 0)
        let analyzer = try CallAnalyzer(format: StreamFormat(sampleRateHz: Self.rateHz, channelCount: 1, encoding: "test"),
                                        roles: [.mixed], settings: AnalysisSettings(), sink: sink)
        try samples.withUnsafeBufferPointer { try analyzer.push(interleaved: $0) }
        try analyzer.finish()
        #expect(sink.seconds.map(\.rate.syllables).reduce(0, +) == 20)
        // Two seconds into a steady 5/s stretch, both rates read about 5.
        let steady = try #require(sink.seconds.first { $0.timeSeconds == 3 })
        #expect(abs(try #require(steady.rate.articulationRateSPS) - 5) < 0.75)
        #expect(abs(steady.rate.speechRateSPS - 5) < 0.75)
    }
}
