/// Every threshold and weight of fusion and early warning, with documented defaults
/// (docs/fusion.md explains each; `undertone analyze --config FILE` overrides any subset in YAML).
public struct FusionConfig: Codable, Equatable, Sendable {
    /// Which evidence fusion may use: both by default; turning one off gives the text-only or
    /// audio-only configurations the evaluation compares against.
    public struct Inputs: Codable, Equatable, Sendable {
        public var voice = true
        public var text = true
    }

    public struct Baseline: Codable, Equatable, Sendable {
        /// Voiced seconds that set a speaker's baseline before it is the speaker's own.
        public var warmupSeconds = 8
        /// Voiced seconds over which the baseline follows a sustained change by 1 − 1/e (slow: 2 min).
        public var timeConstantSeconds = 120.0
        /// After warm-up, a second updates the baseline only when its raw arousal score is below this,
        /// so anger is not absorbed into the speaker's "normal".
        public var updateBelowScore = 1.0
        /// Population spread of a speaker's per-second F0 in calm speech, in semitones, that the
        /// speaker's own spread is pooled with (`SpreadPrior`): the median over EmoDB's odd-numbered
        /// speakers' neutral speech through the telephone channel (docs/history/fusion.md, "Arousal: issue 6").
        public var f0SpreadPriorSemitones = 2.0
        /// Voiced seconds the population spread counts as when pooled; 0 uses the speaker's own alone.
        public var spreadPriorWeightSeconds = 8

        enum CodingKeys: String, CodingKey {
            case warmupSeconds = "warmup_seconds", timeConstantSeconds = "time_constant_seconds", updateBelowScore = "update_below_score"
            case f0SpreadPriorSemitones = "f0_spread_prior_st", spreadPriorWeightSeconds = "spread_prior_weight_s"
        }
    }

    /// Arousal = logistic(slope · (Σ wᵢ·sᵢ·zᵢ / Σ wᵢ − midpoint)), sᵢ = −1 for HNR, +1 otherwise.
    public struct Arousal: Codable, Equatable, Sendable {
        /// Chosen on EmoDB's odd-numbered speakers, telephone channel, and their scenario calls
        /// (docs/history/fusion.md, "Arousal: issue 6"). F0 range has no weight: through the telephone it mostly measures
        /// the pitch tracker's octave errors (docs/fusion.md).
        public var weights: [String: Double] = [
            "f0": 0.60, "f0_range": 0, "intensity": 0.10, "rate": 0.10,
            "jitter": 0.025, "shimmer": 0.025, "hnr": 0.025, "tremor": 0.025,
        ]
        public var midpoint = 1.5
        public var slope = 1.5
    }

    /// The hidden-dissatisfaction signature: a strained voice over neutral or polite words.
    /// `arousal`, `strainVoicedSeconds`, `Warning.maskedYellowSeconds` and blue's dwell were tuned on the
    /// scenario calls of odd-numbered EmoDB speakers (docs/accuracy.md, early warning).
    public struct Masked: Codable, Equatable, Sendable {
        /// Strain (see `strainVoicedSeconds`) at or above which the voice counts as strained.
        public var arousal = 0.5
        /// Words count as not negative when their valence is at least this.
        public var minimumTextValence = -0.1
        /// Strain = mean arousal over the speaker's last this many voiced seconds (own baseline
        /// ready); the voice counts as strained when strain ≥ `arousal`. 1 thresholds each second alone.
        public var strainVoicedSeconds = 3

        enum CodingKeys: String, CodingKey {
            case arousal, minimumTextValence = "minimum_text_valence", strainVoicedSeconds = "strain_voiced_s"
        }
    }

    /// Entering a level needs its score ≥ `enter` for `dwellSeconds` in a row; staying needs ≥ `exit`.
    public struct Level: Codable, Equatable, Sendable {
        public var enter: Double
        public var exit: Double
        public var dwellSeconds: Int

        enum CodingKeys: String, CodingKey { case enter, exit, dwellSeconds = "dwell_s" }
    }

    public struct Warning: Codable, Equatable, Sendable {
        public var blue = Level(enter: 0.35, exit: 0.25, dwellSeconds: 2)
        public var yellow = Level(enter: 0.55, exit: 0.45, dwellSeconds: 2)
        public var red = Level(enter: 0.75, exit: 0.65, dwellSeconds: 2)
        /// Seconds of masked strain (within `maskedWindowSeconds`) that raise yellow, and red.
        public var maskedYellowSeconds = 3
        public var maskedRedSeconds = 5
        public var maskedWindowSeconds = 10
        /// Seconds a level's condition must stay false before the level is lowered.
        public var releaseSeconds = 5
        /// After a level is raised, it is not raised again for this long (a call that calms and flares
        /// does not page a supervisor every few seconds).
        public var cooldownSeconds = 30
        /// Rise of dissatisfaction over `trendWindowSeconds` (slope per 10 s) that counts as escalating.
        public var escalationSlopePer10Seconds = 0.15
        public var trendWindowSeconds = 20

        enum CodingKeys: String, CodingKey {
            case blue, yellow, red
            case maskedYellowSeconds = "masked_yellow_s", maskedRedSeconds = "masked_red_s", maskedWindowSeconds = "masked_window_s"
            case releaseSeconds = "release_s", cooldownSeconds = "cooldown_s"
            case escalationSlopePer10Seconds = "escalation_slope_per_10s", trendWindowSeconds = "trend_window_s"
        }
    }

    public var inputs = Inputs()
    public var baseline = Baseline()
    public var arousal = Arousal()
    public var masked = Masked()
    public var warning = Warning()
    /// Infer the agent's emotions too. Off by default: inferring emotions of workers is prohibited in
    /// the EU (AI Act, Regulation (EU) 2024/1689, Art. 5(1)(f)); without it nothing is inferred from the
    /// agent's voice (agent records carry behaviour, measurements and the sentiment of the agent's words).
    public var agentEmotion = false

    enum CodingKeys: String, CodingKey {
        case inputs, baseline, arousal, masked, warning, agentEmotion = "agent_emotion"
    }

    public init() {}
}
