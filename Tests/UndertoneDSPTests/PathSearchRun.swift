@testable import UndertoneDSP

/// Feeds `frames` to `search` (voicing switches at a steady level, 0.35), flushes it, and returns the F0
/// chosen per frame (0 = unvoiced).
func chosenF0(_ frames: [[PitchCandidate]], search: PitchPathSearch) -> [Float] {
    var chosen = [Float](repeating: -1, count: frames.count)
    let record: (Int, PitchCandidate, UnsafeBufferPointer<PitchCandidate>) -> Void = { index, candidate, _ in
        chosen[index] = candidate.f0Hz
    }
    for frame in frames {
        frame.withUnsafeBufferPointer { search.add($0, transition: PitchVoicingTransition(constant: 0.35), decide: record) }
    }
    search.flush(decide: record)
    return chosen
}
