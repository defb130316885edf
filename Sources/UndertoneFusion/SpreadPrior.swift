/// A population value of a feature's within-speaker spread, pooled with the speaker's own estimate so
/// that a few unusually variable (or unusually steady) opening seconds do not set the scale alone.
///
/// `s̃ = √((d·s² + d₀·s₀²) / (d + d₀))`: the moderated variance of Smyth (2004, "Linear models and
/// empirical Bayes methods for assessing differential expression in microarray experiments",
/// Statistical Applications in Genetics and Molecular Biology 3(1), Art. 3), a precision-weighted mean
/// of the own variance s² from d observations and the prior variance s₀² counted as d₀ observations.
/// Smyth estimates d₀ and s₀ from many genes; here both are set (docs/fusion.md says from what), and the
/// own estimate's observation count stands in for its degrees of freedom. As the speaker talks, d grows
/// and the own spread takes over.
public struct SpreadPrior: Sendable, Equatable {
    /// The population spread s₀, in the feature's unit.
    public var scale: Double
    /// How many observations s₀ counts as (d₀); 0 leaves the own spread alone.
    public var weight: Double

    public init(scale: Double, weight: Double) {
        self.scale = scale
        self.weight = weight
    }

    /// The pooled spread of an own spread `own` estimated from `observations` observations.
    public func pooled(own: Double, observations: Double) -> Double {
        let total = observations + weight
        guard total > 0 else { return own }
        return ((observations * own * own + weight * scale * scale) / total).squareRoot()
    }
}
