/// The per-second voice features a speaker's baseline tracks, with their units, the population priors
/// used until the speaker's own baseline is ready, and the smallest meaningful spread.
///
/// Priors are broad adult values across sexes (Titze 1994 for F0; Goldman-Eisler 1968 and Jacewicz
/// et al. 2009 for articulation rate; Praat manual's normative ranges for jitter, shimmer and HNR); they
/// matter only in the first seconds of a speaker's speech.
public enum VoiceFeature: String, CaseIterable, Sendable, Codable {
    /// Median F0 of the second, in semitones re 100 Hz.
    case f0
    /// F0 range (10th–90th percentile) of the second, in semitones.
    case f0Range = "f0_range"
    /// Intensity of the second's speech frames, in dB.
    case intensity
    /// Articulation rate, syllables per second of speech.
    case rate
    /// Local jitter, percent.
    case jitter
    /// Local shimmer, percent.
    case shimmer
    /// Harmonics-to-noise ratio, dB.
    case hnr
    /// F0 tremor: RMS of the 3–12 Hz modulation of F0, in semitones.
    case tremor

    public var prior: (location: Double, scale: Double) {
        switch self {
        case .f0: return (6, 5)
        case .f0Range: return (4, 2)
        case .intensity: return (65, 6)
        case .rate: return (5, 1)
        case .jitter: return (1, 0.5)
        case .shimmer: return (5, 2)
        case .hnr: return (12, 4)
        case .tremor: return (0.15, 0.1)
        }
    }

    /// Below this spread (in the feature's unit), differences are measurement noise.
    public var minimumScale: Double {
        switch self {
        case .f0: return 0.75
        case .f0Range: return 0.75
        case .intensity: return 1.5
        case .rate: return 0.4
        case .jitter: return 0.2
        case .shimmer: return 0.8
        case .hnr: return 1.5
        case .tremor: return 0.03
        }
    }
}

/// One second of one speaker's voice, as fusion needs it: each feature, or nil when the second does
/// not hold enough voiced speech to measure it.
public struct VoiceSecond: Sendable, Equatable {
    public var timeSeconds: Int
    /// Fraction of the second with voice activity, in [0, 1].
    public var speechFraction: Double
    public var values: [VoiceFeature: Double]

    public init(timeSeconds: Int, speechFraction: Double, values: [VoiceFeature: Double]) {
        self.timeSeconds = timeSeconds
        self.speechFraction = speechFraction
        self.values = values
    }

    /// Seconds with less speech than this carry no voice evidence (0.3 = 300 ms).
    public static let minimumSpeechFraction = 0.3

    public var isVoiced: Bool { speechFraction >= Self.minimumSpeechFraction && values[.f0] != nil }
}

/// What the transcript says during one second of one speaker (see the Text module's aligner).
public struct TextSecond: Sendable, Equatable {
    /// Valence in [−1, 1]; nil when no words cover this second (after carry-over).
    public var valence: Double?
    /// Politeness in [0, 1]: thanks, "fine", "okay"...
    public var politeness: Double
    /// The words that drove the scores, for evidence.
    public var terms: [String]

    public init(valence: Double?, politeness: Double = 0, terms: [String] = []) {
        self.valence = valence
        self.politeness = politeness
        self.terms = terms
    }

    public static let silent = TextSecond(valence: nil)
}
