import Testing
@testable import UndertoneFusion

@Suite struct RobustBaselineTests {
    func baseline() -> RobustBaseline {
        RobustBaseline(prior: (location: 6, scale: 5), warmupCount: 5, timeConstant: 100, minimumScale: 0.5)
    }

    @Test func usesThePriorWhileWarming() {
        var baseline = baseline()
        #expect(!baseline.isReady)
        #expect(baseline.zScore(11) == 1)
        for value in [10.0, 11, 12, 13] { baseline.observe(value) }
        #expect(baseline.observationsToReady == 1)
        #expect(baseline.zScore(11) == 1)
    }

    @Test func warmupSetsMedianAndScaledMAD() {
        var baseline = baseline()
        for value in [10.0, 11, 12, 13, 40] { baseline.observe(value) } // 40 is an outlier
        #expect(baseline.isReady)
        #expect(baseline.location == 12)
        // MAD of |x − 12| = [2, 1, 0, 1, 28] is 1; × 1.4826.
        #expect(abs(baseline.scale - 1.4826) < 1e-9)
        #expect(abs(baseline.zScore(15) - 3 / 1.4826) < 1e-9)
    }

    @Test func adaptsSlowlyWithTheTimeConstant() {
        var baseline = baseline()
        for value in [10.0, 10, 10, 10, 10] { baseline.observe(value) }
        #expect(baseline.scale == 0.5) // MAD 0: floored at the minimum scale
        // A sustained step to 11 moves the location by 1 − (1 − 1/100)^100 ≈ 63 % in 100 observations.
        for _ in 0..<100 { baseline.observe(11) }
        #expect(abs(baseline.location - (11 - 0.99 * pow099(99))) < 0.02)
        #expect(baseline.location > 10.6 && baseline.location < 10.66)
    }

    @Test func oneOutlierMovesItByAClippedStep() {
        var baseline = baseline()
        for value in [10.0, 10, 10, 10, 10] { baseline.observe(value) }
        baseline.observe(1000)
        // Clipped to 2 × scale (= 1) then divided by the time constant.
        #expect(abs(baseline.location - 10.01) < 1e-9)
    }

    @Test func ignoresNonFiniteValues() {
        var baseline = baseline()
        baseline.observe(.nan)
        #expect(baseline.observationsToReady == 5)
    }

    @Test func aSpreadPriorIsPooledWithTheOwnScaleOnceReady() {
        var baseline = RobustBaseline(prior: (location: 6, scale: 5), warmupCount: 5, timeConstant: 100, minimumScale: 0.5,
                                      spreadPrior: SpreadPrior(scale: 1, weight: 5))
        #expect(baseline.spread == 5) // warming: the population prior's scale, not pooled
        for value in [10.0, 11, 12, 13, 40] { baseline.observe(value) }
        // Own scale 1.4826 from 5 observations, prior 1 counted as 5: √((5·1.4826² + 5·1²) / 10).
        let pooled = ((5 * 1.4826 * 1.4826 + 5) / 10).squareRoot()
        #expect(abs(baseline.spread - pooled) < 1e-9)
        #expect(abs(baseline.zScore(15) - 3 / pooled) < 1e-9)
    }

    @Test func theOwnScaleTakesOverAsObservationsAccumulate() {
        var baseline = RobustBaseline(prior: (location: 6, scale: 5), warmupCount: 5, timeConstant: 100, minimumScale: 0.5,
                                      spreadPrior: SpreadPrior(scale: 1, weight: 5))
        for value in [10.0, 14, 12, 8, 16] { baseline.observe(value) } // own scale 2 × 1.4826
        let early = baseline.spread
        for _ in 0..<300 { baseline.observe(baseline.location + baseline.scale / 1.4826) } // keeps the own scale
        // At most 2τ − 1 = 199 observations count: √((199·s² + 5·1) / 204), close to s.
        let own = baseline.scale
        #expect(abs(baseline.spread - ((199 * own * own + 5) / 204).squareRoot()) < 1e-9)
        #expect(early < baseline.spread && baseline.spread < own)
    }

    private func pow099(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 0.99 } }
}

@Suite struct SpreadPriorTests {
    @Test func poolsVariancesWeightedByObservations() {
        let prior = SpreadPrior(scale: 2, weight: 8)
        #expect(abs(prior.pooled(own: 3, observations: 8) - (6.5).squareRoot()) < 1e-12)
        #expect(prior.pooled(own: 2, observations: 20) == 2)
        #expect(prior.pooled(own: 3, observations: 0) == 2)
    }

    @Test func zeroWeightLeavesTheOwnSpread() {
        #expect(SpreadPrior(scale: 2, weight: 0).pooled(own: 3, observations: 8) == 3)
        #expect(SpreadPrior(scale: 2, weight: 0).pooled(own: 3, observations: 0) == 3)
    }
}

@Suite struct SpeakerBaselineTests {
    func voiced(_ f0: Double, time: Int = 0) -> VoiceSecond {
        VoiceSecond(timeSeconds: time, speechFraction: 1, values: [.f0: f0, .intensity: 65])
    }

    @Test func isWarmingUntilEnoughVoicedSeconds() {
        var config = FusionConfig.Baseline()
        config.warmupSeconds = 3
        var speaker = SpeakerBaseline(config: config)
        speaker.learn(from: VoiceSecond(timeSeconds: 0, speechFraction: 0.1, values: [.f0: 5]), arousalScore: 0) // too little speech
        #expect(speaker.status == .warming)
        for time in 1...3 { speaker.learn(from: voiced(5, time: time), arousalScore: 0) }
        #expect(speaker.status == .ready)
        #expect(speaker.baseline(of: .f0).location == 5)
    }

    @Test func onlyTheF0SpreadIsPooledWithThePopulationSpread() {
        var config = FusionConfig.Baseline()
        config.warmupSeconds = 4
        config.f0SpreadPriorSemitones = 2
        config.spreadPriorWeightSeconds = 4
        var speaker = SpeakerBaseline(config: config)
        for (time, f0) in [5.0, 13, 9, 1].enumerated() {
            speaker.learn(from: VoiceSecond(timeSeconds: time, speechFraction: 1, values: [.f0: f0, .intensity: 60 + f0]),
                          arousalScore: 0)
        }
        // Both own scales: 1.4826 × MAD (4) = 5.93; F0's pooled with 2 st counted as 4 seconds.
        let own = 1.4826 * 4
        #expect(abs(speaker.baseline(of: .intensity).spread - own) < 1e-9)
        #expect(abs(speaker.baseline(of: .f0).spread - ((4 * own * own + 4 * 4) / 8).squareRoot()) < 1e-9)
    }

    @Test func anomalousSecondsDoNotMoveAReadyBaseline() {
        var config = FusionConfig.Baseline()
        config.warmupSeconds = 3
        var speaker = SpeakerBaseline(config: config)
        for time in 0..<3 { speaker.learn(from: voiced(5, time: time), arousalScore: 0) }
        speaker.learn(from: voiced(12, time: 3), arousalScore: 2.5)
        #expect(speaker.baseline(of: .f0).location == 5)
        speaker.learn(from: voiced(6, time: 4), arousalScore: 0.5)
        #expect(speaker.baseline(of: .f0).location > 5)
    }
}
