import Foundation

/// The path-search cost of a voicing onset (unvoiced → voiced) and of an offset (voiced → unvoiced) into
/// one frame, from the change of level at the frame: an onset is cheaper where the level rises, an offset
/// where it falls (Talkin 1995, RAPT: transition costs that fall with the RMS ratio across the frame).
///
/// With ρ the RMS ratio of the window's later half over its earlier half and w the weight:
///
///     onset  = voicedUnvoicedCost · min(1, 1 − w + w / ρ)
///     offset = voicedUnvoicedCost · min(1, 1 − w + w · ρ)
///
/// At a steady level (ρ = 1) both are `voicedUnvoicedCost`, as in Boersma's (1993) constant cost; neither
/// ever exceeds it, so a path can still gain at most `2 · voicedUnvoicedCost` from transitions (which the
/// tracker's quiet-frame rule relies on). w = 0 gives the constant cost.
public struct PitchVoicingTransition: Sendable, Equatable {
    /// Cost of an unvoiced → voiced switch into this frame.
    public var onsetCost: Float
    /// Cost of a voiced → unvoiced switch into this frame.
    public var offsetCost: Float

    /// The costs for a frame whose window's earlier and later halves hold `earlyEnergy` and `lateEnergy`
    /// (sums of squares; ρ² = late / early). A half with no energy counts as a rise or fall of 1000×.
    public init(voicedUnvoicedCost: Float, energyWeight: Float, earlyEnergy: Float, lateEnergy: Float) {
        let ratioSquared = min(1e6, max(1e-6, lateEnergy / max(earlyEnergy, .leastNormalMagnitude)))
        let rmsRatio = earlyEnergy > 0 || lateEnergy > 0 ? ratioSquared.squareRoot() : 1
        onsetCost = voicedUnvoicedCost * min(1, 1 - energyWeight + energyWeight / rmsRatio)
        offsetCost = voicedUnvoicedCost * min(1, 1 - energyWeight + energyWeight * rmsRatio)
    }

    /// The same cost both ways.
    public init(constant cost: Float) {
        onsetCost = cost
        offsetCost = cost
    }
}
