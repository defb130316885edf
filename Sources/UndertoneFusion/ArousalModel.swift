import Foundation

/// Arousal in [0, 1] from a second's z-scores against the speaker's own baseline.
///
/// A weighted mean of the signed, clipped z-scores (clip to [−3, 4] so one wild measurement cannot
/// dominate), mapped through a logistic: `arousal = 1 / (1 + e^(−slope·(score − midpoint)))`. With the
/// default midpoint 1.5 and slope 1.5, a second at the speaker's baseline reads 0.10, one 1.5 weighted
/// standard deviations above it 0.5, and 3 above it 0.90. Signs and weights follow the vocal correlates
/// of high-arousal emotion (anger, fear, stress) reviewed by Juslin & Laukka (2003, Psychological
/// Bulletin 129(5)) and Banse & Scherer (1996): raised and more variable F0 first, then loudness and
/// tempo, then voice quality (more jitter and shimmer, less harmonic, more tremor).
public struct ArousalModel: Sendable {
    private let weights: [VoiceFeature: Double]
    private let midpoint: Double
    private let slope: Double

    /// - Throws: `UsageError` naming an unknown feature or a negative weight.
    public init(config: FusionConfig.Arousal) throws {
        var weights: [VoiceFeature: Double] = [:]
        for (name, weight) in config.weights {
            guard let feature = VoiceFeature(rawValue: name) else {
                throw ConfigError("arousal.weights has unknown feature '\(name)'; known: \(VoiceFeature.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard weight >= 0, weight.isFinite else { throw ConfigError("arousal.weights.\(name) must be a number ≥ 0") }
            weights[feature] = weight
        }
        self.weights = weights
        midpoint = config.midpoint
        slope = config.slope
    }

    public static func sign(of feature: VoiceFeature) -> Double { feature == .hnr ? -1 : 1 }

    /// The weighted mean signed z-score over the features present; nil when none with weight is present.
    public func score(_ zScores: [VoiceFeature: Double]) -> Double? {
        var sum = 0.0, weightSum = 0.0
        for (feature, z) in zScores {
            guard let weight = weights[feature], weight > 0 else { continue }
            sum += weight * min(max(Self.sign(of: feature) * z, -3), 4)
            weightSum += weight
        }
        return weightSum > 0 ? sum / weightSum : nil
    }

    public func arousal(score: Double) -> Double { 1 / (1 + exp(-slope * (score - midpoint))) }
}

/// A configuration value that cannot work, with the key path that names it.
public struct ConfigError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
