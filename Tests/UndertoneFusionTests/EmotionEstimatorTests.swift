import Testing
@testable import UndertoneFusion

@Suite struct EmotionEstimatorTests {
    static func config(voice: Bool = true, text: Bool = true) -> FusionConfig {
        var config = FusionConfig()
        config.baseline.warmupSeconds = 3
        config.baseline.spreadPriorWeightSeconds = 0 // the own spread alone: these tests pin the fusion formulas
        config.inputs = .init(voice: voice, text: text)
        return config
    }

    /// An estimator whose speaker has a baseline of F0 5 st (scale floored at 0.75) and 65 dB.
    static func warmed(_ config: FusionConfig = config()) throws -> EmotionEstimator {
        var estimator = try EmotionEstimator(role: .customer, config: config)
        for time in 0..<3 { _ = estimator.estimate(voice: voice(f0: 5, time: time), text: .silent) }
        return estimator
    }

    static func voice(f0: Double, intensity: Double = 65, time: Int = 10) -> VoiceSecond {
        VoiceSecond(timeSeconds: time, speechFraction: 1, values: [.f0: f0, .intensity: intensity])
    }

    @Test func indexCornersFollowValenceAndArousal() throws {
        var estimator = try Self.warmed()
        // Calm voice, no words: valence from the voice is 0, so the index is 0.
        let calm = estimator.estimate(voice: Self.voice(f0: 5), text: .silent)
        #expect(calm.valenceSource == .voice)
        #expect(calm.valence == 0 && calm.emotionIndex == 0)
        #expect(calm.dissatisfaction == 0)
        // Very negative words, very strained voice: index near −100, dissatisfaction near 1.
        // (Both z-scores clip at 4: score 4, arousal 0.977, index −100·(0.3 + 0.7·0.977) = −98.)
        let angry = estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 8, intensity: 65 + 1.5 * 8),
                                       text: TextSecond(valence: -1, terms: ["cancel"]))
        #expect(try #require(angry.arousal) > 0.95)
        #expect(try #require(angry.emotionIndex) <= -97)
        #expect(try #require(angry.dissatisfaction) > 0.99)
        // Very positive words over a calm voice: positive, but damped by low arousal.
        let pleased = estimator.estimate(voice: Self.voice(f0: 5), text: TextSecond(valence: 1))
        let index = try #require(pleased.emotionIndex)
        #expect(index > 30 && index < 45)
        #expect(pleased.dissatisfaction == 0)
    }

    @Test func unexplainedStrainLeansNegative() throws {
        var estimator = try Self.warmed()
        let strained = estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 4), text: .silent)
        #expect(strained.valenceSource == .voice)
        #expect(try #require(strained.valence) < -0.3)
        #expect(try #require(strained.dissatisfaction) > 0.6)
        #expect(!strained.masked) // no words, so nothing is masked
    }

    @Test func politeWordsOverAStrainedVoiceAreMasked() throws {
        var estimator = try Self.warmed()
        let polite = TextSecond(valence: 0.3, politeness: 0.8, terms: ["fine", "thanks"])
        let second = estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 4), text: polite)
        #expect(second.masked)
        #expect(second.terms == ["fine", "thanks"])
        // The same words over the speaker's usual voice are not, once strain (the mean arousal of the
        // last 3 voiced seconds) has come down: (0.95 + 0.1 + 0.1) / 3 < 0.5.
        _ = estimator.estimate(voice: Self.voice(f0: 5), text: polite)
        #expect(!estimator.estimate(voice: Self.voice(f0: 5), text: polite).masked)
        // Negative words over a strained voice are overt, not masked.
        #expect(!estimator.estimate(voice: Self.voice(f0: 8), text: TextSecond(valence: -0.6)).masked)
    }

    @Test func strainAveragesTheLastVoicedSecondsSoOneStrainedSecondIsNotMasked() throws {
        var config = Self.config()
        config.masked.strainVoicedSeconds = 3
        config.masked.arousal = 0.65
        var estimator = try Self.warmed(config)
        let polite = TextSecond(valence: 0.3, politeness: 0.8, terms: ["fine", "thanks"])
        for time in 10..<12 { _ = estimator.estimate(voice: Self.voice(f0: 5, time: time), text: polite) }
        // One strained second after two calm ones: arousal 0.9, strain (0.1 + 0.1 + 0.9) / 3 ≈ 0.37.
        let first = estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 4, time: 12), text: polite)
        #expect(try #require(first.arousal) > 0.85)
        #expect(abs(try #require(first.strain) - 0.37) < 0.02)
        #expect(!first.masked)
        // Silence between sentences is no voiced second: it neither adds to strain nor resets it.
        let pause = estimator.estimate(voice: VoiceSecond(timeSeconds: 13, speechFraction: 0, values: [:]), text: polite)
        #expect(pause.strain == nil && !pause.masked)
        _ = estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 4, time: 14), text: polite)
        let third = estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 4, time: 15), text: polite)
        #expect(try #require(third.strain) > 0.85)
        #expect(third.masked)
    }

    @Test func strainForgetsSecondsLongAgo() throws {
        var estimator = try Self.warmed()
        let polite = TextSecond(valence: 0.3, politeness: 0.8)
        for time in 10..<13 { _ = estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 4, time: time), text: polite) }
        // After a 40-second hold, a calm second's strain is its own arousal, not the old strain's mean.
        let after = estimator.estimate(voice: Self.voice(f0: 5, time: 13 + 40), text: polite)
        #expect(after.strain == after.arousal && !after.masked)
    }

    @Test func strainOfOneSecondThresholdsEachSecondAlone() throws {
        var config = Self.config()
        config.masked.strainVoicedSeconds = 1
        var estimator = try Self.warmed(config)
        let polite = TextSecond(valence: 0.3, politeness: 0.8)
        _ = estimator.estimate(voice: Self.voice(f0: 5, time: 10), text: polite)
        let strained = estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 4, time: 11), text: polite)
        #expect(strained.strain == strained.arousal && strained.masked)
    }

    @Test func warmingIsReportedUntilTheBaselineIsSet() throws {
        var estimator = try EmotionEstimator(role: .customer, config: Self.config())
        let warming = estimator.estimate(voice: Self.voice(f0: 5, time: 0), text: .silent)
        #expect(warming.baseline == .warming && warming.arousal != nil && warming.strain == nil)
        _ = estimator.estimate(voice: Self.voice(f0: 5, time: 1), text: .silent)
        #expect(estimator.estimate(voice: Self.voice(f0: 5, time: 2), text: .silent).baseline == .warming)
        #expect(estimator.estimate(voice: Self.voice(f0: 5, time: 3), text: .silent).baseline == .ready)
    }

    @Test func textOnlyAndAudioOnlyIgnoreTheOtherInput() throws {
        var textOnly = try Self.warmed(Self.config(voice: false))
        let second = textOnly.estimate(voice: Self.voice(f0: 12), text: TextSecond(valence: 0.2))
        #expect(second.arousal == nil && !second.masked && second.dissatisfaction == 0)
        var audioOnly = try Self.warmed(Self.config(text: false))
        let strained = audioOnly.estimate(voice: Self.voice(f0: 12), text: TextSecond(valence: -1))
        #expect(strained.textValence == nil && strained.valenceSource == .voice)
    }

    @Test func suddenPitchShiftIsFlagged() throws {
        var estimator = try Self.warmed()
        var shifts: [Int] = []
        for time in 10..<16 where !estimator.estimate(voice: Self.voice(f0: 5 + 0.75 * 3, time: time), text: .silent).shifts.isEmpty {
            shifts.append(time)
        }
        #expect(shifts.first == 11) // z = 3: 2.5 then 5.0 > 4
    }
}
