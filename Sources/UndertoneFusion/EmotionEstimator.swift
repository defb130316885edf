import UndertoneCore

/// Turns one speaker's seconds of voice and words into `EmotionSecond`s: baseline, z-scores, change
/// detection, arousal, valence, emotion index, dissatisfaction and the masked flag.
///
/// Formulas (rationale in docs/fusion.md):
/// - valence = the words' valence when there are words; otherwise, from the voice alone,
///   −max(0, arousal − 0.5): in a service call a strongly aroused customer is far more often angry or
///   anxious than delighted, so unexplained arousal leans negative, and calm leans nowhere.
/// - emotion index = round(100 · valence · (0.3 + 0.7 · arousal)), arousal taken as 0.5 when unknown:
///   the sign is the valence's, the magnitude grows with arousal, and ±100 needs both extremes.
/// - dissatisfaction = 1 − (1 − p_text)(1 − 0.8 · p_voice), a noisy-OR of two independent signs:
///   p_text = max(0, −text valence), p_voice = clamp((arousal − 0.5) / 0.5, 0, 1). The voice alone
///   reaches at most 0.8: strain is evidence, not proof.
/// - strain = mean arousal over the speaker's last `masked.strainVoicedSeconds` voiced seconds since
///   the own baseline was ready, forgotten after `strainMemorySeconds` without one; one second's arousal is noisy (a short, half-voiced second can read
///   anything), and the evidence of a strained voice accumulates over the speaker's sentences.
/// - masked = strain ≥ `masked.arousal` while the words' valence ≥ `masked.minimumTextValence`.
/// - While the speaker's baseline is warming, z-scores are against population priors: arousal is
///   reported, but the voice adds nothing to dissatisfaction and nothing is masked, so no warning
///   rests on a comparison with other people's voices.
public struct EmotionEstimator: Sendable {
    public let role: ChannelRole
    private let config: FusionConfig
    private let arousalModel: ArousalModel
    private var baseline: SpeakerBaseline
    private var changeDetectors: [VoiceFeature: ChangeDetector] = [.f0: ChangeDetector(), .rate: ChangeDetector()]
    private var recentArousal: RecentMean
    private var lastStrainSecond: Int?

    /// Voiced seconds further back than this (a hold, a long explanation by the agent) are no longer
    /// recent: strain starts afresh.
    public static let strainMemorySeconds = 30

    public init(role: ChannelRole, config: FusionConfig) throws {
        self.role = role
        self.config = config
        arousalModel = try ArousalModel(config: config.arousal)
        baseline = SpeakerBaseline(config: config.baseline)
        recentArousal = RecentMean(capacity: config.masked.strainVoicedSeconds)
    }

    public mutating func estimate(voice: VoiceSecond, text: TextSecond) -> EmotionSecond {
        var second = EmotionSecond(timeSeconds: voice.timeSeconds, role: role, baseline: baseline.status)
        if config.inputs.voice, voice.isVoiced {
            second.zScores = baseline.zScores(voice)
            second.values = voice.values
            for feature in voice.values.keys { second.baselineLocations[feature] = baseline.baseline(of: feature).location }
            if let score = arousalModel.score(second.zScores) {
                second.arousalScore = score
                second.arousal = arousalModel.arousal(score: score)
                baseline.learn(from: voice, arousalScore: score)
            }
            if second.baseline == .ready, let arousal = second.arousal {
                if let last = lastStrainSecond, voice.timeSeconds - last > Self.strainMemorySeconds { recentArousal.clear() }
                second.strain = recentArousal.push(arousal)
                lastStrainSecond = voice.timeSeconds
            }
            if baseline.status == .ready {
                for (feature, z) in second.zScores {
                    if let shift = changeDetectors[feature]?.observe(z) { second.shifts[feature] = shift }
                }
            }
        }
        if config.inputs.text {
            second.textValence = text.valence
            second.politeness = text.politeness
            second.terms = text.terms
        }
        fuse(&second)
        return second
    }

    private func fuse(_ second: inout EmotionSecond) {
        if let words = second.textValence {
            second.valence = words
            second.valenceSource = .text
        } else if let arousal = second.arousal {
            second.valence = -max(0, arousal - 0.5)
            second.valenceSource = .voice
        }
        guard let valence = second.valence else { return }
        let arousal = second.arousal ?? 0.5
        second.emotionIndex = Int((100 * valence * (0.3 + 0.7 * arousal)).rounded())
        let fromWords = max(0, -(second.textValence ?? 0))
        let ownBaseline = second.baseline == .ready
        let fromVoice = ownBaseline ? second.arousal.map { min(max(($0 - 0.5) / 0.5, 0), 1) } ?? 0 : 0
        second.dissatisfaction = 1 - (1 - fromWords) * (1 - 0.8 * fromVoice)
        if ownBaseline, let words = second.textValence, let strain = second.strain {
            second.masked = strain >= config.masked.arousal && words >= config.masked.minimumTextValence
        }
    }
}
