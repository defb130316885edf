import Foundation

/// The path-search reward of a voiced stretch whose F0 moves smoothly over its first frames (our rule,
/// on Boersma's (1993) path cost).
///
/// A voiced stretch must pay a voicing switch in and one out of its frames' margins over the unvoiced
/// hypothesis. With the tracker's costs (0.35 per switch, voicing threshold 0.55, chosen against noise;
/// Praat's are 0.14 and 0.45) a short male stretch can stay unvoiced although clearly periodic: FDA's
/// rl021 at 1.15–1.20 s, six frames of periodicity 0.57–0.74 whose margins sum to about 0.68. The first
/// `steps` steps of a run of smooth voiced → voiced steps (F0 changing by less than `toleranceOctaves`)
/// each earn
///
///     rewardPerStep · (1 − |log2(F0′ / F0)| / toleranceOctaves)
///
/// so a stretch that holds a smooth F0 over `steps + 1` frames earns up to `steps · rewardPerStep`, which
/// pays part of its switches. The cap makes a long smooth stretch earn the same whichever frame it starts
/// or ends on, so the reward does not draw its onset earlier or its offset later (an uncapped reward did,
/// and started female stretches on a weak frame an octave down that the octave-jump cost then kept).
/// The count of a run restarts after any step of `toleranceOctaves` or more, so a stretch whose F0 moves
/// in jumps earns the reward again after each jump (a jump under about 0.25 octave can pay for itself;
/// docs/history/pitch.md, pitch round r9).
public struct PitchStretchReward: Sendable, Equatable {
    /// Reward of one smooth step at no F0 change.
    public var rewardPerStep: Double
    /// F0 change between consecutive voiced frames, in octaves, from which a step earns nothing.
    public var toleranceOctaves: Double
    /// Smooth steps of a stretch that are rewarded.
    public var steps: Int

    public init(rewardPerStep: Double, toleranceOctaves: Double, steps: Int) {
        self.rewardPerStep = rewardPerStep
        self.toleranceOctaves = toleranceOctaves
        self.steps = steps
    }

    /// No reward: the path cost of Boersma (1993).
    public static let none = PitchStretchReward(rewardPerStep: 0, toleranceOctaves: 0, steps: 0)

    /// The most a path can gain by keeping one frame voiced between two voiced ones: its two steps.
    var mostPerFrame: Double { steps > 0 ? 2 * max(0, rewardPerStep) : 0 }
}
