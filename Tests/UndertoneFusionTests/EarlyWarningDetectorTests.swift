import Testing
@testable import UndertoneFusion

@Suite struct EarlyWarningDetectorTests {
    /// The mechanism under test, pinned apart from the tuned defaults: blue after 1 s, yellow and red
    /// after 2 s, yellow at 2 masked seconds, red at 5.
    static let config: FusionConfig.Warning = {
        var config = FusionConfig.Warning()
        config.blue = .init(enter: 0.35, exit: 0.25, dwellSeconds: 1)
        config.yellow = .init(enter: 0.55, exit: 0.45, dwellSeconds: 2)
        config.red = .init(enter: 0.75, exit: 0.65, dwellSeconds: 2)
        config.maskedYellowSeconds = 2
        config.maskedRedSeconds = 5
        return config
    }()

    func second(_ time: Int, dissatisfaction: Double?, masked: Bool = false, textValence: Double? = 0,
                arousal: Double? = 0.5, terms: [String] = []) -> EmotionSecond {
        var second = EmotionSecond(timeSeconds: time, role: .customer, baseline: .ready)
        second.dissatisfaction = dissatisfaction
        second.masked = masked
        second.textValence = textValence
        second.arousal = arousal
        second.terms = terms
        second.zScores = [.f0: arousal.map { $0 * 4 } ?? 0, .intensity: 0.2]
        second.values = [.f0: 9, .intensity: 66]
        second.baselineLocations = [.f0: 5, .intensity: 65]
        return second
    }

    /// Feeds (time, dissatisfaction) and returns the events as (time, level).
    func run(_ detector: inout EarlyWarningDetector, _ seconds: [EmotionSecond]) -> [(Int, WarningLevel)] {
        seconds.compactMap { detector.observe($0) }.map { ($0.timeSeconds, $0.level) }
    }

    @Test func needsTheDwellTimeBeforeRaising() {
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        // One second at 0.6 is a blip: blue only (dwell 1), not yellow (dwell 2).
        let events = run(&detector, [second(0, dissatisfaction: 0.6), second(1, dissatisfaction: 0.1)])
        #expect(events.map(\.1) == [.blue])
        var sustained = EarlyWarningDetector(role: .customer, config: Self.config)
        let raised = run(&sustained, (0..<3).map { second($0, dissatisfaction: 0.6) })
        #expect(raised.map(\.0) == [0, 1])
        #expect(raised.map(\.1) == [.blue, .yellow])
    }

    @Test func hysteresisHoldsALevelBetweenExitAndEnter() {
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        var seconds = (0..<3).map { second($0, dissatisfaction: 0.8) }       // red
        seconds += (3..<20).map { second($0, dissatisfaction: 0.7) }         // below enter 0.75, above exit 0.65
        let events = run(&detector, seconds)
        #expect(events.last?.1 == .red)
        #expect(detector.level == .red)
    }

    @Test func releasesAfterTheReleaseTimeToTheLevelThatStillHolds() {
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        var seconds = (0..<3).map { second($0, dissatisfaction: 0.8) }
        seconds += (3..<12).map { second($0, dissatisfaction: 0.5) } // holds yellow (exit 0.45) but not red
        let events = run(&detector, seconds)
        // Red at 1 (dwell 2), lowered to yellow after 5 seconds below red's exit (3…7).
        #expect(events.map(\.1) == [.blue, .red, .yellow])
        #expect(events.last?.0 == 7)
    }

    @Test func silentSecondsNeitherConfirmNorClear() {
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        var seconds = (0..<3).map { second($0, dissatisfaction: 0.8) }
        seconds += (3..<60).map { second($0, dissatisfaction: nil) } // the customer is listening
        _ = run(&detector, seconds)
        #expect(detector.level == .red)
    }

    @Test func coolDownStopsRepeatedAlarms() {
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        var seconds = (0..<3).map { second($0, dissatisfaction: 0.8) }           // red at 1
        seconds += (3..<10).map { second($0, dissatisfaction: 0) }               // cleared at 7
        seconds += (10..<14).map { second($0, dissatisfaction: 0.8) }            // flare within 30 s of the red
        seconds += (14..<20).map { second($0, dissatisfaction: 0) }
        seconds += (40..<44).map { second($0, dissatisfaction: 0.8) }            // after the cool-down
        let events = run(&detector, seconds)
        let reds = events.filter { $0.1 == .red }.map(\.0)
        #expect(reds == [1, 41])
    }

    @Test func maskedSecondsRaiseHiddenDissatisfactionWithEvidence() throws {
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        let seconds = (0..<6).map { second($0, dissatisfaction: 0.3, masked: true, textValence: 0.4, arousal: 0.8,
                                           terms: $0 == 2 ? ["fine", "thanks"] : []) }
        let events = seconds.compactMap { detector.observe($0) }
        #expect(events.map(\.level) == [.yellow, .red])
        // Masked for 2 s at t = 1 → yellow after its 2 s dwell at 2; 5 s at t = 4 → red after dwell at 5.
        #expect(events.map(\.timeSeconds) == [2, 5])
        let red = try #require(events.last)
        #expect(red.reason == .hiddenDissatisfaction)
        #expect(events.map(\.triggers) == [[.masked], [.masked]]) // D (0.3) is under every threshold
        #expect(red.takeover)
        #expect(red.evidence.maskedSeconds == 6)
        #expect(red.evidence.fromSeconds == 0) // the whole masked episode, not just the dwell
        #expect(red.evidence.words == ["fine", "thanks"])
        #expect(red.evidence.features.map(\.feature) == [.f0])
        #expect(abs(try #require(red.evidence.features.first).meanZ - 3.2) < 1e-9)
        #expect(red.evidence.toSeconds == 5)
    }

    @Test func negativeWordsAreOvert() throws {
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        let events = (0..<3).compactMap { detector.observe(second($0, dissatisfaction: 0.8, textValence: -0.7)) }
        #expect(try #require(events.last).reason == .overtDissatisfaction)
    }

    @Test func steadyRiseIsEscalating() throws {
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        // Dissatisfaction climbing 0.03 per second (0.3 per 10 s) from 0.2, no words.
        let events = (0..<20).compactMap { detector.observe(second($0, dissatisfaction: 0.2 + 0.03 * Double($0), textValence: nil)) }
        let yellow = try #require(events.first { $0.level == .yellow })
        #expect(yellow.reason == .escalating)
        #expect(yellow.timeSeconds < 11) // before D alone reaches yellow's 0.55 at 12 s
        #expect(yellow.triggers == [.escalation])
    }

    @Test func triggersNameTheRuleWhenTheReasonNamesTheKind() throws {
        // Masked but for under masked_yellow_s: a red raised by the rising trend reads as hidden
        // dissatisfaction (the kind) with escalation as its trigger (the rule), as in the example call.
        var detector = EarlyWarningDetector(role: .customer, config: Self.config)
        let events = (0..<20).compactMap {
            detector.observe(second($0, dissatisfaction: 0.2 + 0.03 * Double($0), masked: $0 == 13, textValence: 0.2))
        }
        // D reaches yellow's 0.55 at 12 s while rising: red after its 2 s dwell, at 13 s, the masked second.
        let red = try #require(events.first { $0.level == .red })
        #expect(red.timeSeconds == 13)
        #expect(red.reason == .hiddenDissatisfaction && red.triggers == [.escalation])
        #expect(red.evidence.maskedSeconds == 1)
        let lowered = (20..<40).compactMap { detector.observe(second($0, dissatisfaction: 0.1, textValence: 0.2)) }
        #expect(!lowered.isEmpty && lowered.allSatisfy { $0.reason == .calmer && $0.triggers.isEmpty })
    }
}
