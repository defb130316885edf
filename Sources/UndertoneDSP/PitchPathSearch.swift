import Foundation
/// The best path through per-frame pitch candidates, by dynamic programming with a fixed look-ahead.
///
/// Path score (Boersma 1993, eq. 27; Talkin 1995, RAPT): the sum of the chosen candidates' strengths
/// minus the transition costs between consecutive frames — `voicedUnvoicedCost` for a voiced ↔ unvoiced
/// switch, `octaveJumpCost · |log2(F0′ / F0)|` between voiced frames, nothing between unvoiced frames.
/// Offline trackers backtrack once from the end; here frame `n` is decided when frame `n + lookahead`
/// has been added, by backtracking from the best hypothesis at the newest frame (fixed-lag decoding),
/// so the live path can use it with a declared latency of `lookahead` frames. `flush` decides the
/// remaining frames from the final best hypothesis, as the offline search would.
/// Fixed-size rings allocated at `init`; `add` does not allocate.
public final class PitchPathSearch {
    public let lookaheadFrames: Int
    /// Candidates per frame, the unvoiced hypothesis included.
    public let capacity: Int
    private let voicedUnvoicedCost: Float
    private let octaveJumpCost: Float
    private var candidates: [PitchCandidate]
    private var counts: [Int]
    /// For each frame slot and candidate: the index of the best predecessor in the previous frame.
    private var predecessors: [Int32]
    private var scores: [Float]
    private var previousScores: [Float]
    private var tail: [Int32]
    private var framesAdded = 0
    private var framesDecided = 0

    public init(capacity: Int, lookaheadFrames: Int, voicedUnvoicedCost: Double, octaveJumpCost: Double) {
        precondition(capacity >= 1 && lookaheadFrames >= 0)
        self.capacity = capacity
        self.lookaheadFrames = lookaheadFrames
        self.voicedUnvoicedCost = Float(voicedUnvoicedCost)
        self.octaveJumpCost = Float(octaveJumpCost)
        let slots = lookaheadFrames + 1
        candidates = [PitchCandidate](repeating: .unvoiced, count: slots * capacity)
        counts = [Int](repeating: 0, count: slots)
        predecessors = [Int32](repeating: 0, count: slots * capacity)
        scores = [Float](repeating: 0, count: capacity)
        previousScores = scores
        tail = [Int32](repeating: 0, count: slots)
    }

    /// Adds the next frame's candidates (at most `capacity`, at least one) and calls `decide` with the
    /// frame that became final, if any, and its chosen candidate.
    public func add(_ frame: UnsafeBufferPointer<PitchCandidate>, decide: (Int, PitchCandidate, UnsafeBufferPointer<PitchCandidate>) -> Void) {
        precondition(frame.count >= 1 && frame.count <= capacity)
        let slot = framesAdded % (lookaheadFrames + 1)
        let base = slot * capacity
        let previousBase = ((framesAdded + lookaheadFrames) % (lookaheadFrames + 1)) * capacity
        let previousCount = framesAdded == 0 ? 0 : counts[(framesAdded + lookaheadFrames) % (lookaheadFrames + 1)]
        swap(&scores, &previousScores)
        var best = -Float.infinity
        for index in 0..<frame.count {
            let candidate = frame[index]
            candidates[base + index] = candidate
            var bestPrevious: Float = previousCount == 0 ? 0 : -.infinity
            var from: Int32 = 0
            for previousIndex in 0..<previousCount {
                let score = previousScores[previousIndex]
                    - transitionCost(candidates[previousBase + previousIndex].f0Hz, candidate.f0Hz)
                if score > bestPrevious { bestPrevious = score; from = Int32(previousIndex) }
            }
            predecessors[base + index] = from
            scores[index] = candidate.strength + bestPrevious
            best = max(best, scores[index])
        }
        for index in 0..<frame.count { scores[index] -= best } // keeps the numbers small; argmax unchanged
        counts[slot] = frame.count
        framesAdded += 1
        if framesAdded > lookaheadFrames { emit(upTo: framesAdded - lookaheadFrames, decide) }
    }

    /// Decides every frame not yet decided, from the best hypothesis at the last frame.
    public func flush(decide: (Int, PitchCandidate, UnsafeBufferPointer<PitchCandidate>) -> Void) {
        emit(upTo: framesAdded, decide)
    }

    /// Backtracks from the best hypothesis at the newest frame and decides frames up to `end` (exclusive).
    private func emit(upTo end: Int, _ decide: (Int, PitchCandidate, UnsafeBufferPointer<PitchCandidate>) -> Void) {
        guard framesDecided < end else { return }
        let slots = lookaheadFrames + 1
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
        candidates.withUnsafeBufferPointer { all in
            while framesDecided < end {
                let base = (framesDecided % slots) * capacity
                let list = UnsafeBufferPointer(rebasing: all[base..<(base + counts[framesDecided % slots])])
                decide(framesDecided, list[Int(tail[framesDecided % slots])], list)
                framesDecided += 1
            }
        }
    }

    private func transitionCost(_ previousHz: Float, _ currentHz: Float) -> Float {
        switch (previousHz > 0, currentHz > 0) {
        case (false, false): return 0
        case (true, true): return octaveJumpCost * abs(log2(currentHz / previousHz))
        default: return voicedUnvoicedCost
        }
    }
}
