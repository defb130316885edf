import Foundation

/// The path-search cost of resuming voicing at a different F0 after a short unvoiced gap: Boersma's (1993)
/// octave-jump cost carried across the gap (our rule).
///
/// Through the telephone band a voice's fundamental is gone, and at a voicing onset the autocorrelation
/// peak at half the period (twice F0) is often as high as the one at the period; the path search,
/// which has no memory across unvoiced frames, then starts the stretch an octave up and its octave-jump
/// cost keeps it there. Speech does not jump an octave across a 50–300 ms consonant, so an onset pays
///
///     costPerOctave · max(0, |log2(F0 / F0_last)| − toleranceOctaves) · (1 − gap / frames)
///
/// with F0_last the last voiced F0 on the unvoiced hypothesis's best path and gap the unvoiced frames
/// since it; after `frames` frames, or at the start of a stream, the onset is free as before. Intonation
/// within `toleranceOctaves` costs nothing. Like Praat's offline "Kill octave jumps", but streaming and
/// as a cost, so a strong enough candidate still wins.
public struct GapBridge: Sendable, Equatable {
    /// Cost per octave of F0 change beyond the tolerance, right after the last voiced frame.
    public var costPerOctave: Double
    /// F0 change across a gap, in octaves, that costs nothing.
    public var toleranceOctaves: Double
    /// Unvoiced frames over which the cost fades to 0.
    public var frames: Int

    public init(costPerOctave: Double, toleranceOctaves: Double, frames: Int) {
        self.costPerOctave = costPerOctave
        self.toleranceOctaves = toleranceOctaves
        self.frames = frames
    }

    /// No cost: every onset chooses its F0 freely (Boersma 1993).
    public static let none = GapBridge(costPerOctave: 0, toleranceOctaves: 0, frames: 0)
}
