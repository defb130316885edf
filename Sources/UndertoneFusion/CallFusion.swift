import UndertoneCore

/// Fusion for one call: one `EmotionEstimator` per channel whose emotions may be inferred, one
/// `EarlyWarningDetector` per channel that may raise warnings (customer and mixed), and the turn-taking
/// summary of the two parties.
///
/// Agent channels get no emotion inference unless `agentEmotion` is set (EU AI Act Art. 5(1)(f)): nothing
/// is inferred from their voice; their records carry behaviour and measurements (speech activity, rate,
/// overlap, voice quality) and, with a transcript, the sentiment of the agent's words.
public struct CallFusion: Sendable {
    private var estimators: [ChannelRole: EmotionEstimator] = [:]
    private var detectors: [ChannelRole: EarlyWarningDetector] = [:]

    public init(roles: [ChannelRole], config: FusionConfig) throws {
        for role in Set(roles) where role != .ignored {
            guard role != .agent || config.agentEmotion else { continue }
            estimators[role] = try EmotionEstimator(role: role, config: config)
            if role != .agent { detectors[role] = EarlyWarningDetector(role: role, config: config.warning) }
        }
    }

    /// Fuses one channel's second; returns its emotion (nil for behaviour-only channels) and a warning
    /// event when its level changed.
    public mutating func process(role: ChannelRole, voice: VoiceSecond, text: TextSecond) -> (EmotionSecond?, WarningEvent?) {
        guard var estimator = estimators[role] else { return (nil, nil) }
        let emotion = estimator.estimate(voice: voice, text: text)
        estimators[role] = estimator
        guard var detector = detectors[role] else { return (emotion, nil) }
        let event = detector.observe(emotion)
        detectors[role] = detector
        return (emotion, event)
    }
}
