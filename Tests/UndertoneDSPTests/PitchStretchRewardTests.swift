import Foundation
import Testing
import UndertoneCore
@testable import UndertoneDSP

@Suite struct PitchStretchRewardTests {
    private let unvoiced = PitchCandidate(f0Hz: 0, correlation: 0, strength: 0.55)
    private let silent = PitchCandidate(f0Hz: 0, correlation: 0, strength: 2)
    private let reward = PitchStretchReward(rewardPerStep: 0.0667, toleranceOctaves: 0.05, steps: 3)

    /// The F0 the path search chooses per frame of `frames` with `reward`.
    private func path(_ frames: [[PitchCandidate]], reward: PitchStretchReward) -> [Float] {
        chosenF0(frames, search: PitchPathSearch(capacity: 3, lookaheadFrames: 15, octaveJumpCost: 0.8, reward: reward))
    }

    /// Silence, six frames of a male vowel drifting 104 → 99 Hz at strength 0.66, silence: the frames'
    /// margins over the unvoiced hypothesis (6 × 0.11 = 0.66) less the F0 drift (0.8 · log2(104 / 99) ≈
    /// 0.057) do not pay the two switches (0.70).
    private var shortStretch: [[PitchCandidate]] {
        let vowel = (0..<6).map { [unvoiced, PitchCandidate(f0Hz: 104 - Float($0), correlation: 0.66, strength: 0.66)] }
        return Array(repeating: [silent], count: 5) + vowel + Array(repeating: [silent], count: 5)
    }

    @Test func withoutTheRewardAShortStretchStaysUnvoiced() {
        #expect(path(shortStretch, reward: .none).allSatisfy { $0 == 0 })
    }

    /// Steps of about 0.014 octave earn 0.0667 · (1 − 0.014 / 0.05) ≈ 0.048 each, three of them ≈ 0.14:
    /// 0.66 − 0.057 + 0.14 ≈ 0.75, more than the two switches.
    @Test func aSmoothShortStretchEarnsItsVoicing() {
        let f0 = path(shortStretch, reward: reward)
        #expect(f0[5..<11].allSatisfy { $0 > 0 })
        #expect(f0[..<5].allSatisfy { $0 == 0 } && f0[11...].allSatisfy { $0 == 0 })
    }

    /// A stretch whose F0 moves by more than the tolerance at every step (0.06 octave) earns nothing.
    @Test func anUnsteadyStretchEarnsNothing() {
        let vowel = (0..<6).map { [unvoiced, PitchCandidate(f0Hz: 100 * pow(2, Float($0 % 2) * 0.06), correlation: 0.7, strength: 0.7)] }
        let frames = Array(repeating: [silent], count: 5) + vowel + Array(repeating: [silent], count: 5)
        // Margins 6 × 0.15 = 0.9 less the jumps 5 × 0.8 × 0.06 = 0.24: short of the 0.7 of switches.
        #expect(path(frames, reward: reward).allSatisfy { $0 == 0 })
    }

    /// A weak frame whose best candidate is an octave down (140 Hz), then a long vowel at 280 Hz with its
    /// sub-octave almost as strong (0.95 vs 0.94). Starting a frame early at 140 Hz and staying there
    /// gains the weak frame's margin (0.05) and loses 8 × 0.01: without a reward, or with one capped per
    /// stretch, the vowel starts at 280 Hz; an uncapped reward pays the early start one more step and
    /// locks the vowel an octave down.
    @Test func theCapKeepsTheRewardFromDrawingOnsetsEarlier() {
        let weak = [unvoiced, PitchCandidate(f0Hz: 140, correlation: 0.6, strength: 0.6)]
        let vowel = [unvoiced, PitchCandidate(f0Hz: 280, correlation: 0.95, strength: 0.95),
                     PitchCandidate(f0Hz: 140, correlation: 0.94, strength: 0.94)]
        let frames = Array(repeating: [silent], count: 5) + [weak] + Array(repeating: vowel, count: 8) + Array(repeating: [silent], count: 5)
        let uncapped = PitchStretchReward(rewardPerStep: 0.0667, toleranceOctaves: 0.05, steps: 1000)
        for capped in [PitchStretchReward.none, reward] {
            let f0 = path(frames, reward: capped)
            #expect(f0[5] == 0 && f0[6..<14].allSatisfy { $0 == 280 })
        }
        #expect(path(frames, reward: uncapped)[5..<14].allSatisfy { $0 == 140 })
    }

    /// The reward tapers with the F0 change: steps of 0.04 octave earn 0.0667 · 0.2 ≈ 0.013 each within a
    /// 0.05-octave tolerance, too little to voice a stretch whose margins (6 × 0.12 = 0.72) less its drift
    /// (5 × 0.8 × 0.04 = 0.16) fall short of the switches by 0.14; within a 1-octave tolerance they earn
    /// 0.064 each (0.19), enough.
    @Test func theRewardTapersWithTheF0Change() {
        let vowel = (0..<6).map { [unvoiced, PitchCandidate(f0Hz: 100 * pow(2, 0.04 * Float($0)), correlation: 0.67, strength: 0.67)] }
        let frames = Array(repeating: [silent], count: 5) + vowel + Array(repeating: [silent], count: 5)
        #expect(path(frames, reward: reward).allSatisfy { $0 == 0 })
        let wide = PitchStretchReward(rewardPerStep: 0.0667, toleranceOctaves: 1, steps: 3)
        #expect(path(frames, reward: wide)[5..<11].allSatisfy { $0 > 0 })
    }

    /// No rewarded steps: no reward, whatever its size.
    @Test func zeroStepsTurnTheRewardOff() {
        let off = PitchStretchReward(rewardPerStep: 0.5, toleranceOctaves: 0.05, steps: 0)
        #expect(path(shortStretch, reward: off).allSatisfy { $0 == 0 })
    }

    /// The tracker's defaults turn the reward on.
    @Test func settingsCarryTheReward() {
        let settings = PitchSettings()
        #expect(settings.stretchRewardPerStep > 0 && settings.stretchRewardSteps > 0 && settings.stretchRewardToleranceOctaves > 0)
    }
}
