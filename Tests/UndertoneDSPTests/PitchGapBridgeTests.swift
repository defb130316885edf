import Foundation
import Testing
import UndertoneCore
@testable import UndertoneDSP

@Suite struct PitchGapBridgeTests {
    /// Frames of the path search's input: a voiced stretch at 200 Hz, `gap` unvoiced frames, then a
    /// stretch with two candidates an octave apart, the higher one a little stronger (0.85 vs 0.8), as
    /// through the telephone band. Returns the F0 chosen in the second stretch.
    private func secondStretchF0(gap: Int, bridge: GapBridge, lower: Float = 220) -> [Float] {
        let search = PitchPathSearch(capacity: 3, lookaheadFrames: 5, octaveJumpCost: 0.8, bridge: bridge)
        let unvoiced = PitchCandidate(f0Hz: 0, correlation: 0, strength: 0.55)
        let silent = PitchCandidate(f0Hz: 0, correlation: 0, strength: 2)
        var frames: [[PitchCandidate]] = []
        for _ in 0..<8 { frames.append([unvoiced, PitchCandidate(f0Hz: 200, correlation: 0.95, strength: 0.95)]) }
        for _ in 0..<gap { frames.append([silent]) }
        for _ in 0..<8 {
            frames.append([unvoiced, PitchCandidate(f0Hz: 2 * lower, correlation: 0.85, strength: 0.85),
                           PitchCandidate(f0Hz: lower, correlation: 0.8, strength: 0.8)])
        }
        return Array(chosenF0(frames, search: search).suffix(8))
    }

    private let bridge = GapBridge(costPerOctave: 1.5, toleranceOctaves: 0.4, frames: 50)

    @Test func withoutTheBridgeTheStrongerOctaveWins() {
        #expect(secondStretchF0(gap: 10, bridge: .none) == [Float](repeating: 440, count: 8))
    }

    /// 10 frames after 200 Hz, 440 Hz is 1.14 octaves away: (1.14 − 0.4) · 1.5 · 0.8 ≈ 0.89 of cost, more
    /// than the 8 × 0.05 the octave's candidates gain; 220 Hz is within the tolerance and free.
    @Test func afterAShortGapTheStretchResumesNearTheLastF0() {
        #expect(secondStretchF0(gap: 10, bridge: bridge) == [Float](repeating: 220, count: 8))
    }

    /// The cost fades with the gap: after the bridge's 50 frames the onset is free again.
    @Test func afterALongGapTheOnsetChoosesFreely() {
        #expect(secondStretchF0(gap: 50, bridge: bridge) == [Float](repeating: 440, count: 8))
        #expect(secondStretchF0(gap: 45, bridge: bridge) == [Float](repeating: 440, count: 8))
    }

    /// A raised voice after a short pause keeps its F0: at 260 Hz (0.38 octave over 200 Hz, within the
    /// tolerance) it is free while the octave below (130 Hz, 0.62 octave away) pays; at 300 Hz (0.58
    /// octave) it pays (0.58 − 0.4) · 1.5 · 0.8 ≈ 0.22, less than its candidates' 8 × 0.05 lead.
    @Test(arguments: [Float(130), 150])
    func aRaisedVoiceIsNotPulledDown(lower: Float) {
        #expect(secondStretchF0(gap: 10, bridge: bridge, lower: lower) == [Float](repeating: 2 * lower, count: 8))
    }

    /// The tracker's defaults turn the bridge on, with a tolerance under an octave.
    @Test func settingsCarryTheBridge() {
        let settings = PitchSettings()
        #expect(settings.gapBridgeCostPerOctave > 0 && settings.gapBridgeFrames > 0)
        #expect(settings.gapBridgeToleranceOctaves >= 0 && settings.gapBridgeToleranceOctaves < 1)
    }
}
