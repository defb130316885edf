import UndertoneCore

/// Raises and lowers one channel's warning level from its `EmotionSecond`s.
///
/// Levels blue (watch), yellow (warning) and red (take over). A level is entered when its condition has
/// held for `dwell_s` seconds in a row, and left when its (lower, hysteresis) hold condition has failed
/// for `release_s` seconds in a row; after a level is raised, it is not raised again within `cooldown_s`
/// (so a call that calms and flares does not page a supervisor every few seconds). Only seconds with
/// evidence (the customer spoke, or their words are still in carry-over) move the counters: a customer
/// listening to the agent neither confirms nor clears a warning. Conditions, with D the dissatisfaction
/// and M the masked seconds among the last `masked_window_s` seconds of evidence:
/// - red: D ≥ red.enter, or M ≥ `masked_red_s`, or escalating with D ≥ yellow.enter;
/// - yellow: D ≥ yellow.enter, or M ≥ `masked_yellow_s`, or escalating;
/// - blue: D ≥ blue.enter, or a sudden shift of F0 or rate (CUSUM) while D ≥ blue.exit.
/// Escalating: D's slope over `trend_window_s` ≥ `escalation_slope_per_10s` while D ≥ blue.enter.
public struct EarlyWarningDetector: Sendable {
    public let role: ChannelRole
    public private(set) var level = WarningLevel.none
    private let config: FusionConfig.Warning
    private var streaks: [WarningLevel: Int] = [:]
    private var releaseStreak = 0
    private var lastRaised: [WarningLevel: Int] = [:]
    private var recent: [EmotionSecond] = []
    private var trend: TrendWindow

    public init(role: ChannelRole, config: FusionConfig.Warning) {
        self.role = role
        self.config = config
        trend = TrendWindow(windowSeconds: config.trendWindowSeconds)
    }

    /// Takes the next second; returns an event when the level changes.
    public mutating func observe(_ second: EmotionSecond) -> WarningEvent? {
        guard let dissatisfaction = second.dissatisfaction else { return nil }
        recent.append(second)
        if recent.count > config.maskedWindowSeconds { recent.removeFirst(recent.count - config.maskedWindowSeconds) }
        trend.add(timeSeconds: second.timeSeconds, value: dissatisfaction)
        let state = State(second: second, dissatisfaction: dissatisfaction, maskedSeconds: recent.filter(\.masked).count,
                          slope: trend.slopePer10Seconds, config: config)
        for candidate in [WarningLevel.blue, .yellow, .red] {
            streaks[candidate] = state.enters(candidate) ? (streaks[candidate] ?? 0) + 1 : 0
        }
        let target = [WarningLevel.red, .yellow, .blue].first { (streaks[$0] ?? 0) >= dwell(of: $0) } ?? .none
        if target > level, !inCooldown(target, at: second.timeSeconds) {
            lastRaised[target] = second.timeSeconds
            releaseStreak = 0
            return change(to: target, reason: state.reason, triggers: state.triggers(target), state: state)
        }
        guard level > .none else { return nil }
        releaseStreak = state.holds(level) ? 0 : releaseStreak + 1
        guard releaseStreak >= config.releaseSeconds else { return nil }
        releaseStreak = 0
        let lower = [WarningLevel.yellow, .blue].first { $0 < level && state.holds($0) } ?? .none
        return change(to: lower, reason: .calmer, triggers: [], state: state)
    }

    private func dwell(of level: WarningLevel) -> Int {
        switch level {
        case .red: return config.red.dwellSeconds
        case .yellow: return config.yellow.dwellSeconds
        case .blue: return config.blue.dwellSeconds
        case .none: return 0
        }
    }

    private func inCooldown(_ target: WarningLevel, at time: Int) -> Bool {
        guard let raised = lastRaised[target] else { return false }
        return time - raised < config.cooldownSeconds
    }

    private mutating func change(to newLevel: WarningLevel, reason: WarningReason, triggers: [WarningTrigger],
                                 state: State) -> WarningEvent {
        let event = WarningEvent(timeSeconds: state.second.timeSeconds, role: role, level: newLevel, previousLevel: level,
                                 reason: reason, triggers: triggers, evidence: Self.evidence(over: episode(), state: state))
        level = newLevel
        return event
    }

    /// The recent seconds back from now while the customer was masked or at least at blue's exit level:
    /// the stretch a supervisor should look at (the last second alone when calm).
    private func episode() -> [EmotionSecond] {
        let start = recent.lastIndex { !$0.masked && ($0.dissatisfaction ?? 0) < config.blue.exit }
            .map { recent.index(after: $0) } ?? recent.startIndex
        return start < recent.endIndex ? Array(recent[start...]) : Array(recent.suffix(1))
    }

    private static func evidence(over window: [EmotionSecond], state: State) -> WarningEvidence {
        var features: [WarningEvidence.FeatureShift] = []
        for feature in VoiceFeature.allCases {
            let seconds = window.filter { $0.zScores[feature] != nil }
            guard !seconds.isEmpty else { continue }
            let count = Double(seconds.count)
            let meanZ = seconds.reduce(0) { $0 + $1.zScores[feature]! } / count
            guard abs(meanZ) >= 1 else { continue }
            features.append(.init(feature: feature, meanZ: meanZ,
                                  meanValue: seconds.reduce(0) { $0 + ($1.values[feature] ?? 0) } / count,
                                  baseline: seconds.last?.baselineLocations[feature] ?? 0))
        }
        var words: [String] = []
        for term in window.flatMap(\.terms) where !words.contains(term) { words.append(term) }
        return WarningEvidence(fromSeconds: window.first?.timeSeconds ?? state.second.timeSeconds, toSeconds: state.second.timeSeconds,
                               dissatisfaction: state.dissatisfaction, arousal: state.second.arousal,
                               textValence: state.second.textValence, maskedSeconds: state.maskedSeconds,
                               trendPer10Seconds: state.slope, features: features.sorted { abs($0.meanZ) > abs($1.meanZ) },
                               words: words)
    }

    /// The evidence of one second, and the level conditions it meets.
    private struct State {
        var second: EmotionSecond
        var dissatisfaction: Double
        var maskedSeconds: Int
        var slope: Double?
        var config: FusionConfig.Warning

        var escalating: Bool {
            guard let slope else { return false }
            return slope >= config.escalationSlopePer10Seconds && dissatisfaction >= config.blue.enter
        }

        func enters(_ level: WarningLevel) -> Bool {
            level == .none || !triggers(level).isEmpty
        }

        /// The entry conditions of `level` this second meets, in the order of the rules above.
        func triggers(_ level: WarningLevel) -> [WarningTrigger] {
            let met: [(WarningTrigger, Bool)]
            switch level {
            case .red:
                met = [(.dissatisfaction, dissatisfaction >= config.red.enter), (.masked, maskedSeconds >= config.maskedRedSeconds),
                       (.escalation, escalating && dissatisfaction >= config.yellow.enter)]
            case .yellow:
                met = [(.dissatisfaction, dissatisfaction >= config.yellow.enter),
                       (.masked, maskedSeconds >= config.maskedYellowSeconds), (.escalation, escalating)]
            case .blue:
                met = [(.dissatisfaction, dissatisfaction >= config.blue.enter),
                       (.shift, !second.shifts.isEmpty && dissatisfaction >= config.blue.exit)]
            case .none:
                met = []
            }
            return met.filter(\.1).map(\.0)
        }

        func holds(_ level: WarningLevel) -> Bool {
            switch level {
            case .red: return dissatisfaction >= config.red.exit || maskedSeconds >= config.maskedRedSeconds
            case .yellow: return dissatisfaction >= config.yellow.exit || maskedSeconds >= config.maskedYellowSeconds || escalating
            case .blue: return dissatisfaction >= config.blue.exit
            case .none: return true
            }
        }

        var reason: WarningReason {
            if maskedSeconds >= config.maskedYellowSeconds || second.masked { return .hiddenDissatisfaction }
            if let words = second.textValence, words <= -0.2 { return .overtDissatisfaction }
            if escalating { return .escalating }
            if dissatisfaction < config.blue.enter, !second.shifts.isEmpty { return .suddenShift }
            return second.textValence == nil ? .vocalStrain : .overtDissatisfaction
        }
    }
}
