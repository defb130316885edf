extension FusionConfig {
    /// Checks every value against the range it can work in.
    /// - Throws: `ConfigError` naming the first key whose value cannot work.
    public func validate() throws {
        func finite(_ value: Double, _ key: String) throws {
            guard value.isFinite else { throw ConfigError("\(key) must be a finite number") }
        }
        func unit(_ value: Double, _ key: String, range: ClosedRange<Double> = 0...1) throws {
            try finite(value, key)
            guard range.contains(value) else {
                throw ConfigError("\(key) must be between \(range.lowerBound) and \(range.upperBound) (got \(value))")
            }
        }
        func seconds(_ value: Int, _ key: String, minimum: Int = 1, maximum: Int = 3600) throws {
            guard (minimum...maximum).contains(value) else {
                throw ConfigError("\(key) must be a whole number of seconds from \(minimum) to \(maximum) (got \(value))")
            }
        }
        guard inputs.voice || inputs.text else {
            throw ConfigError("inputs: voice and text are both false, so nothing could be fused; keep at least one true")
        }
        try seconds(baseline.warmupSeconds, "baseline.warmup_seconds")
        try unit(baseline.timeConstantSeconds, "baseline.time_constant_seconds", range: 1...86_400)
        try unit(baseline.updateBelowScore, "baseline.update_below_score", range: -10...10)
        try unit(baseline.f0SpreadPriorSemitones, "baseline.f0_spread_prior_st", range: 0.1...24)
        try seconds(baseline.spreadPriorWeightSeconds, "baseline.spread_prior_weight_s", minimum: 0)
        for (name, weight) in arousal.weights { try unit(weight, "arousal.weights.\(name)", range: 0...100) }
        guard arousal.weights.values.contains(where: { $0 > 0 }) else { throw ConfigError("arousal.weights: at least one weight must be above 0") }
        try unit(arousal.midpoint, "arousal.midpoint", range: -10...10)
        try unit(arousal.slope, "arousal.slope", range: 0.01...100)
        try unit(masked.arousal, "masked.arousal")
        try unit(masked.minimumTextValence, "masked.minimum_text_valence", range: -1...1)
        try seconds(masked.strainVoicedSeconds, "masked.strain_voiced_s", maximum: 60)
        for (name, level) in [("blue", warning.blue), ("yellow", warning.yellow), ("red", warning.red)] {
            try unit(level.enter, "warning.\(name).enter")
            try unit(level.exit, "warning.\(name).exit")
            guard level.exit <= level.enter else {
                throw ConfigError("warning.\(name).exit (\(level.exit)) must not be above warning.\(name).enter (\(level.enter))")
            }
            try seconds(level.dwellSeconds, "warning.\(name).dwell_s")
        }
        // The levels are a ladder: red is entered on more than yellow, yellow on more than blue.
        for (lower, higher, lowerValue, higherValue) in [("blue", "yellow", warning.blue.enter, warning.yellow.enter),
                                                          ("yellow", "red", warning.yellow.enter, warning.red.enter)]
        where lowerValue > higherValue {
            throw ConfigError("warning.\(lower).enter (\(lowerValue)) must not be above warning.\(higher).enter (\(higherValue)): "
                              + "the levels rise blue, yellow, red")
        }
        try seconds(warning.maskedWindowSeconds, "warning.masked_window_s")
        try seconds(warning.maskedYellowSeconds, "warning.masked_yellow_s", maximum: warning.maskedWindowSeconds)
        try seconds(warning.maskedRedSeconds, "warning.masked_red_s", maximum: warning.maskedWindowSeconds)
        guard warning.maskedYellowSeconds <= warning.maskedRedSeconds else {
            throw ConfigError("warning.masked_yellow_s (\(warning.maskedYellowSeconds)) must not be above warning.masked_red_s "
                              + "(\(warning.maskedRedSeconds)): red takes longer masking than yellow")
        }
        try seconds(warning.releaseSeconds, "warning.release_s")
        try seconds(warning.cooldownSeconds, "warning.cooldown_s", minimum: 0)
        try seconds(warning.trendWindowSeconds, "warning.trend_window_s", minimum: 3)
        try unit(warning.escalationSlopePer10Seconds, "warning.escalation_slope_per_10s", range: 0...10)
    }
}
