import Foundation
import Testing
import UndertoneCore
@testable import UndertoneDSP

@Suite struct PitchVoicingTransitionTests {
    @Test func steadyLevelKeepsTheConstantCost() {
        let transition = PitchVoicingTransition(voicedUnvoicedCost: 0.3, energyWeight: 0.7, earlyEnergy: 2, lateEnergy: 2)
        #expect(transition == PitchVoicingTransition(constant: 0.3))
    }

    @Test func risingLevelMakesOnsetsCheaperAndFallingLevelOffsets() {
        // Late half 100× the early half: RMS ratio 10.
        let rise = PitchVoicingTransition(voicedUnvoicedCost: 0.3, energyWeight: 0.7, earlyEnergy: 1, lateEnergy: 100)
        #expect(abs(rise.onsetCost - 0.3 * (0.3 + 0.07)) < 1e-6)
        #expect(rise.offsetCost == 0.3)
        let fall = PitchVoicingTransition(voicedUnvoicedCost: 0.3, energyWeight: 0.7, earlyEnergy: 100, lateEnergy: 1)
        #expect(abs(fall.offsetCost - rise.onsetCost) < 1e-6)
        #expect(fall.onsetCost == 0.3)
    }

    @Test func weightZeroOrSilenceGiveFiniteCostsNeverAboveTheConstant() {
        #expect(PitchVoicingTransition(voicedUnvoicedCost: 0.3, energyWeight: 0, earlyEnergy: 1, lateEnergy: 100)
                == PitchVoicingTransition(constant: 0.3))
        for (early, late) in [(Float(0), Float(0)), (0, 1), (1, 0)] {
            let transition = PitchVoicingTransition(voicedUnvoicedCost: 0.3, energyWeight: 1, earlyEnergy: early, lateEnergy: late)
            #expect(transition.onsetCost.isFinite && transition.onsetCost >= 0 && transition.onsetCost <= 0.3)
            #expect(transition.offsetCost.isFinite && transition.offsetCost >= 0 && transition.offsetCost <= 0.3)
        }
    }

    /// The level halves that feed the costs: a window that is silent, then a tone, rises.
    @Test func frameLevelSplitsTheWindowIntoEarlyAndLateEnergy() {
        let analyzer = PitchCandidateAnalyzer(sampleRateHz: 8000, settings: PitchSettings())
        let half = analyzer.windowSamples / 2
        let tone = TestSignals.harmonic(seconds: Double(half + 1) / 8000, rateHz: 8000, harmonics: [1]) { _ in 200 }
        let frame = [Float](repeating: 0, count: half) + tone.prefix(half)
        let level = frame.withUnsafeBufferPointer { analyzer.measureLevel($0) }
        #expect(level.lateHalfEnergy > 100 * level.earlyHalfEnergy)
        let total = level.meanSquare * Float(2 * half)
        #expect(abs(level.earlyHalfEnergy + level.lateHalfEnergy - total) < 1e-3 * total)
    }

    /// Frame 1's voiced candidate scores a little under the unvoiced one; frames 2… are clearly voiced.
    /// With the same cost everywhere the onset goes to frame 2; a cheaper onset at frame 1 (the level
    /// rises there) moves it to frame 1.
    @Test(arguments: [(Float(0.3), 2), (Float(0.1), 1)])
    func pathPutsTheOnsetWhereItIsCheap(onsetCostAtFrame1: Float, expectedOnset: Int) {
        let search = PitchPathSearch(capacity: 2, lookaheadFrames: 3, octaveJumpCost: 0.6)
        let unvoiced = PitchCandidate(f0Hz: 0, correlation: 0, strength: 0.55)
        let strengths: [Float] = [0.1, 0.5, 0.9, 0.9, 0.9, 0.9]
        var voicedFrames: [Int] = []
        let record: (Int, PitchCandidate, UnsafeBufferPointer<PitchCandidate>) -> Void = { index, chosen, _ in
            if chosen.f0Hz > 0 { voicedFrames.append(index) }
        }
        for (index, strength) in strengths.enumerated() {
            let frame = [unvoiced, PitchCandidate(f0Hz: 150, correlation: strength, strength: strength)]
            var transition = PitchVoicingTransition(constant: 0.3)
            if index == 1 { transition.onsetCost = onsetCostAtFrame1 }
            frame.withUnsafeBufferPointer { search.add($0, transition: transition, decide: record) }
        }
        search.flush(decide: record)
        #expect(voicedFrames == Array(expectedOnset..<strengths.count))
    }
}
