import Testing
@testable import UndertoneFusion

@Suite struct ArousalModelTests {
    @Test func atBaselineIsLowAndRisesWithRaisedPitch() throws {
        let model = try ArousalModel(config: FusionConfig.Arousal())
        let calm = try #require(model.score([.f0: 0, .intensity: 0]))
        #expect(abs(model.arousal(score: calm) - 0.095) < 0.001)
        let raised = try #require(model.score([.f0: 3, .intensity: 3]))
        #expect(abs(raised - 3) < 1e-9)
        #expect(model.arousal(score: raised) > 0.9)
        #expect(abs(model.arousal(score: 1.5) - 0.5) < 1e-9)
    }

    @Test func lowerHNRRaisesArousalAndWildValuesAreClipped() throws {
        let model = try ArousalModel(config: FusionConfig.Arousal())
        #expect(try #require(model.score([.hnr: -2])) == 2)
        #expect(try #require(model.score([.f0: 50])) == 4)
        #expect(model.score([:]) == nil)
    }

    @Test func unknownFeatureInConfigIsAnError() {
        var config = FusionConfig.Arousal()
        config.weights["loudness"] = 0.2
        #expect(throws: ConfigError.self) { try ArousalModel(config: config) }
    }
}

@Suite struct ChangeDetectorTests {
    @Test func findsAStepUpWithinAFewSeconds() {
        var detector = ChangeDetector()
        let quiet = (0..<50).map { _ in detector.observe(0.3) }
        #expect(quiet.allSatisfy { $0 == nil })
        var found: Int?
        for second in 0..<10 where found == nil {
            if detector.observe(2.5) == .up { found = second }
        }
        #expect(found == 2) // 2 × 2.0 = 4 is not above 4; the third second is
    }

    @Test func findsAStepDownAndRestarts() {
        var detector = ChangeDetector()
        #expect((0..<3).compactMap { _ in detector.observe(-3) } == [.down])
        #expect(detector.observe(0) == nil)
    }
}
