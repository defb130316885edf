import Foundation
/// The best path through per-frame pitch candidates, by dynamic programming with a fixed look-ahead.
///
/// Path score (Boersma 1993, eq. 27; Talkin 1995, RAPT): the sum of the chosen candidates' strengths
/// minus the transition costs between consecutive frames — the frame's `PitchVoicingTransition` costs for
/// a voiced ↔ unvoiced switch into it, `octaveJumpCost · |log2(F0′ / F0)|` between voiced frames less the
/// `PitchStretchReward` of a smooth step early in a run of them (the count of such steps carried along
/// with each voiced hypothesis of the best path into it, so like the gap bridge's memory the search is
/// exact only for the path it keeps), nothing between unvoiced frames, and for an onset after a short
/// unvoiced gap the `GapBridge` cost from the last voiced F0 on the unvoiced hypothesis's path (carried
/// along with each hypothesis).
/// Offline trackers backtrack once from the end; here frame `n` is decided when frame `n + lookahead`
/// has been added, by backtracking from the best hypothesis at the newest frame (fixed-lag decoding),
/// so the live path can use it with a declared latency of `lookahead` frames. `flush` decides the
/// remaining frames from the final best hypothesis, as the offline search would.
/// Fixed-size rings allocated at `init` and owned by the search; `add` does not allocate. log2 F0 is
/// taken once per candidate, so the octave-jump cost of a pair is a subtraction.
public final class PitchPathSearch {
    public let lookaheadFrames: Int
    /// Candidates per frame, the unvoiced hypothesis included.
    public let capacity: Int
    private let octaveJumpCost: Float
    private let slots: Int
    private let candidates: UnsafeMutablePointer<PitchCandidate>
    /// log2 F0 of each stored candidate (unused for unvoiced ones).
    private let logF0: UnsafeMutablePointer<Float>
    private let counts: UnsafeMutablePointer<Int>
    /// For each frame slot and candidate: the index of the best predecessor in the previous frame.
    private let predecessors: UnsafeMutablePointer<Int32>
    private var scores: UnsafeMutablePointer<Float>
    private var previousScores: UnsafeMutablePointer<Float>
    /// Per unvoiced hypothesis of the newest (and the previous) frame: log2 F0 of the last voiced frame on
    /// its best path and the frames since then, saturating at `bridgeFrames` (no memory). Voiced
    /// hypotheses leave their entries unused: their F0 is in `logF0`.
    private var lastVoicedLogF0: UnsafeMutablePointer<Float>
    private var previousLastVoicedLogF0: UnsafeMutablePointer<Float>
    private var framesSinceVoiced: UnsafeMutablePointer<Int32>
    private var previousFramesSinceVoiced: UnsafeMutablePointer<Int32>
    private let bridgeCostPerOctave: Float
    private let bridgeFrames: Int32
    private let bridgeToleranceOctaves: Float
    private let tail: UnsafeMutablePointer<Int32>
    private let rewardPerStep: Float
    private let rewardToleranceOctaves: Float
    private let rewardedSteps: Int32
    /// Per voiced hypothesis of the newest (and the previous) frame: the smooth steps in a row that end at
    /// it on its best path (0 after an onset or a step that is not smooth), saturating at `rewardedSteps`.
    /// Unvoiced hypotheses leave theirs unused.
    private var smoothSteps: UnsafeMutablePointer<Int32>
    private var previousSmoothSteps: UnsafeMutablePointer<Int32>
    private var framesAdded = 0
    private var framesDecided = 0

    /// - Parameters:
    ///   - capacity: candidates per frame, the unvoiced hypothesis included.
    ///   - lookaheadFrames: frames added after a frame before it is decided.
    ///   - octaveJumpCost: cost per octave of F0 change between consecutive voiced frames.
    ///   - bridge: the cost of resuming voicing at another F0 after a short unvoiced gap (none by default).
    ///   - reward: the reward of a voiced stretch with a smooth F0 over its first steps (none by default).
    public init(capacity: Int, lookaheadFrames: Int, octaveJumpCost: Double, bridge: GapBridge = .none,
                reward: PitchStretchReward = .none) {
        precondition(capacity >= 1 && lookaheadFrames >= 0)
        rewardedSteps = Int32(max(0, min(reward.steps, Int(Int32.max) - 1)))
        rewardPerStep = rewardedSteps > 0 ? Float(max(0, reward.rewardPerStep)) : 0
        rewardToleranceOctaves = Float(max(0, reward.toleranceOctaves))
        smoothSteps = .allocate(capacity: capacity)
        smoothSteps.initialize(repeating: 0, count: capacity)
        previousSmoothSteps = .allocate(capacity: capacity)
        previousSmoothSteps.initialize(repeating: 0, count: capacity)
        self.capacity = capacity
        self.lookaheadFrames = lookaheadFrames
        self.octaveJumpCost = Float(octaveJumpCost)
        bridgeCostPerOctave = Float(max(0, bridge.costPerOctave))
        bridgeToleranceOctaves = Float(max(0, bridge.toleranceOctaves))
        bridgeFrames = Int32(max(0, min(bridge.frames, Int(Int32.max) - 1)))
        lastVoicedLogF0 = .allocate(capacity: capacity)
        lastVoicedLogF0.initialize(repeating: 0, count: capacity)
        previousLastVoicedLogF0 = .allocate(capacity: capacity)
        previousLastVoicedLogF0.initialize(repeating: 0, count: capacity)
        framesSinceVoiced = .allocate(capacity: capacity)
        framesSinceVoiced.initialize(repeating: bridgeFrames, count: capacity)
        previousFramesSinceVoiced = .allocate(capacity: capacity)
        previousFramesSinceVoiced.initialize(repeating: bridgeFrames, count: capacity)
        slots = lookaheadFrames + 1
        candidates = .allocate(capacity: slots * capacity)
        candidates.initialize(repeating: .unvoiced, count: slots * capacity)
        logF0 = .allocate(capacity: slots * capacity)
        logF0.initialize(repeating: 0, count: slots * capacity)
        counts = .allocate(capacity: slots)
        counts.initialize(repeating: 0, count: slots)
        predecessors = .allocate(capacity: slots * capacity)
        predecessors.initialize(repeating: 0, count: slots * capacity)
        scores = .allocate(capacity: capacity)
        scores.initialize(repeating: 0, count: capacity)
        previousScores = .allocate(capacity: capacity)
        previousScores.initialize(repeating: 0, count: capacity)
        tail = .allocate(capacity: slots)
        tail.initialize(repeating: 0, count: slots)
    }

    deinit {
        candidates.deallocate()
        logF0.deallocate()
        counts.deallocate()
        predecessors.deallocate()
        scores.deallocate()
        previousScores.deallocate()
        lastVoicedLogF0.deallocate()
        previousLastVoicedLogF0.deallocate()
        framesSinceVoiced.deallocate()
        previousFramesSinceVoiced.deallocate()
        smoothSteps.deallocate()
        previousSmoothSteps.deallocate()
        tail.deallocate()
    }

    /// Adds the next frame's candidates (at most `capacity`, at least one) and the costs of switching
    /// voicing into it, and calls `decide` with the frame that became final, if any, and its chosen candidate.
    public func add(_ frame: UnsafeBufferPointer<PitchCandidate>, transition: PitchVoicingTransition, decide: (Int, PitchCandidate, UnsafeBufferPointer<PitchCandidate>) -> Void) {
        precondition(frame.count >= 1 && frame.count <= capacity)
        let slot = framesAdded % slots
        let base = slot * capacity
        let previousSlot = (framesAdded + lookaheadFrames) % slots
        let previousBase = previousSlot * capacity
        let previousCount = framesAdded == 0 ? 0 : counts[previousSlot]
        swap(&scores, &previousScores)
        swap(&lastVoicedLogF0, &previousLastVoicedLogF0)
        swap(&framesSinceVoiced, &previousFramesSinceVoiced)
        swap(&smoothSteps, &previousSmoothSteps)
        let previousCandidates = candidates + previousBase, previousLogF0 = logF0 + previousBase
        var best = -Float.infinity
        for index in 0..<frame.count {
            let candidate = frame[index]
            let voiced = candidate.f0Hz > 0
            let logHz = voiced ? log2(candidate.f0Hz) : 0
            candidates[base + index] = candidate
            logF0[base + index] = logHz
            var bestPrevious: Float = previousCount == 0 ? 0 : -.infinity
            var from: Int32 = 0
            for previousIndex in 0..<previousCount {
                let cost: Float
                switch (previousCandidates[previousIndex].f0Hz > 0, voiced) {
                case (false, false): cost = 0
                case (true, true):
                    let change = abs(logHz - previousLogF0[previousIndex])
                    cost = octaveJumpCost * change - stepReward(change: change, after: previousIndex)
                case (false, true): cost = transition.onsetCost + bridgeCost(to: logHz, from: previousIndex)
                case (true, false): cost = transition.offsetCost
                }
                let score = previousScores[previousIndex] - cost
                if score > bestPrevious { bestPrevious = score; from = Int32(previousIndex) }
            }
            predecessors[base + index] = from
            scores[index] = candidate.strength + bestPrevious
            if voiced {
                let previous = Int(from)
                let smooth = previousCount > 0 && previousCandidates[previous].f0Hz > 0
                    && abs(logHz - previousLogF0[previous]) < rewardToleranceOctaves
                smoothSteps[index] = smooth ? min(previousSmoothSteps[previous] + 1, rewardedSteps) : 0
            } else {
                let previous = Int(from)
                if previousCount == 0 {
                    framesSinceVoiced[index] = bridgeFrames
                } else if previousCandidates[previous].f0Hz > 0 {
                    lastVoicedLogF0[index] = previousLogF0[previous]
                    framesSinceVoiced[index] = min(1, bridgeFrames)
                } else {
                    lastVoicedLogF0[index] = previousLastVoicedLogF0[previous]
                    framesSinceVoiced[index] = min(previousFramesSinceVoiced[previous] + 1, bridgeFrames)
                }
            }
            best = max(best, scores[index])
        }
        for index in 0..<frame.count { scores[index] -= best } // keeps the numbers small; argmax unchanged
        counts[slot] = frame.count
        framesAdded += 1
        if framesAdded > lookaheadFrames { emit(upTo: framesAdded - lookaheadFrames, decide) }
    }

    /// The extra cost of a voicing onset at log2 F0 `logHz` after the unvoiced hypothesis `previousIndex` of
    /// the previous frame (`GapBridge`): per octave beyond the tolerance from the last voiced F0 on that
    /// hypothesis's path, fading linearly to 0 over the bridge's frames of unvoiced gap.
    @inline(__always) private func bridgeCost(to logHz: Float, from previousIndex: Int) -> Float {
        let gap = previousFramesSinceVoiced[previousIndex]
        guard gap < bridgeFrames else { return 0 }
        let fade = 1 - Float(gap) / Float(bridgeFrames)
        return bridgeCostPerOctave * fade * max(0, abs(logHz - previousLastVoicedLogF0[previousIndex]) - bridgeToleranceOctaves)
    }

    /// The `PitchStretchReward` of a voiced step changing log2 F0 by `change` after the voiced hypothesis
    /// `previousIndex` of the previous frame: nothing once its run of smooth steps has had its rewarded steps.
    @inline(__always) private func stepReward(change: Float, after previousIndex: Int) -> Float {
        guard previousSmoothSteps[previousIndex] < rewardedSteps, change < rewardToleranceOctaves else { return 0 }
        return rewardPerStep * (1 - change / rewardToleranceOctaves)
    }

    /// Decides every frame not yet decided, from the best hypothesis at the last frame.
    public func flush(decide: (Int, PitchCandidate, UnsafeBufferPointer<PitchCandidate>) -> Void) {
        emit(upTo: framesAdded, decide)
    }

    /// Backtracks from the best hypothesis at the newest frame and decides frames up to `end` (exclusive).
    private func emit(upTo end: Int, _ decide: (Int, PitchCandidate, UnsafeBufferPointer<PitchCandidate>) -> Void) {
        guard framesDecided < end else { return }
        let newest = framesAdded - 1
        var choice = 0
        for index in 1..<counts[newest % slots] where scores[index] > scores[choice] { choice = index }
        var frame = newest
        while true {
            tail[frame % slots] = Int32(choice)
            if frame == framesDecided { break }
            choice = Int(predecessors[(frame % slots) * capacity + choice])
            frame -= 1
        }
        while framesDecided < end {
            let slot = framesDecided % slots
            let list = UnsafeBufferPointer(start: candidates + slot * capacity, count: counts[slot])
            decide(framesDecided, list[Int(tail[slot])], list)
            framesDecided += 1
        }
    }
}
