/// One speaker's baselines of every voice feature (see `RobustBaseline`), and the standard scores of a
/// second against them.
///
/// A baseline is `warming` until the speaker's F0 baseline has `warmupSeconds` voiced seconds: until
/// then z-scores are against population priors and the records say so. The F0 spread is pooled with a
/// population spread of `f0SpreadPriorSemitones` counted as `spreadPriorWeightSeconds` voiced seconds
/// (`SpreadPrior`).
public struct SpeakerBaseline: Sendable {
    public enum Status: String, Sendable { case warming, ready }

    private var baselines: [VoiceFeature: RobustBaseline]
    private let updateBelowScore: Double

    public init(config: FusionConfig.Baseline) {
        let f0Spread = SpreadPrior(scale: config.f0SpreadPriorSemitones, weight: Double(config.spreadPriorWeightSeconds))
        baselines = Dictionary(uniqueKeysWithValues: VoiceFeature.allCases.map { feature in
            (feature, RobustBaseline(prior: feature.prior, warmupCount: config.warmupSeconds,
                                     timeConstant: config.timeConstantSeconds, minimumScale: feature.minimumScale,
                                     spreadPrior: feature == .f0 ? f0Spread : nil))
        })
        updateBelowScore = config.updateBelowScore
    }

    public var status: Status { baselines[.f0]?.isReady == true ? .ready : .warming }

    public func baseline(of feature: VoiceFeature) -> RobustBaseline { baselines[feature]! }

    /// z-scores of every feature the second measured.
    public func zScores(_ second: VoiceSecond) -> [VoiceFeature: Double] {
        second.values.reduce(into: [:]) { scores, entry in
            scores[entry.key] = baselines[entry.key]?.zScore(entry.value)
        }
    }

    /// Lets a voiced second shape the baseline: always while warming, afterwards only when the second
    /// is not itself anomalous (`arousalScore` below the configured bound).
    public mutating func learn(from second: VoiceSecond, arousalScore: Double) {
        guard second.isVoiced, status == .warming || arousalScore < updateBelowScore else { return }
        for (feature, value) in second.values { baselines[feature]?.observe(value) }
    }
}
