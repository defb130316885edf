import Foundation
import Testing
import UndertoneCore
import UndertoneDSP

@Suite struct SyllableNucleusDetectorTests {
    typealias Input = SyllableNucleusDetector.Input

    /// Runs the detector over an envelope and returns the frames decided to be nuclei.
    func nuclei(_ inputs: [Input], parameters: SyllableNucleusDetector.Parameters = .init()) -> [Int] {
        var detector = SyllableNucleusDetector(parameters: parameters)
        var decisions: [SyllableNucleusDetector.Decision] = []
        for input in inputs { if let decision = detector.push(input) { decisions.append(decision) } }
        detector.flush { decisions.append($0) }
        #expect(decisions.map(\.frame) == Array(0..<inputs.count), "one decision per frame, in order")
        return decisions.filter(\.isNucleus).map(\.frame)
    }

    /// Syllable-like bumps: `count` raised-cosine bumps of `peakDB` over a floor `dipDB` below, every
    /// `periodFrames` frames, after 20 frames of the floor.
    func bumps(count: Int, periodFrames: Int, peakDB: Float = 70, dipDB: Float = 12, voiced: Bool = true) -> [Input] {
        var inputs = Array(repeating: Input(envelopeDB: peakDB - dipDB, isVoiced: false), count: 20)
        for _ in 0..<count {
            for frame in 0..<periodFrames {
                let shape = 0.5 - 0.5 * cos(2 * Float.pi * Float(frame) / Float(periodFrames))
                inputs.append(Input(envelopeDB: peakDB - dipDB + dipDB * shape, isVoiced: voiced && shape > 0.3))
            }
        }
        return inputs + Array(repeating: Input(envelopeDB: peakDB - dipDB, isVoiced: false), count: 20)
    }

    @Test(arguments: [8, 15, 25]) // 12.5, 6.7 and 4 syllables per second
    func countsEveryProminentVoicedBump(periodFrames: Int) {
        let found = nuclei(bumps(count: 10, periodFrames: periodFrames))
        #expect(found.count == 10)
        // Each nucleus sits at its bump's crest, half a period into it.
        #expect(found.enumerated().allSatisfy { abs($0.element - (20 + $0.offset * periodFrames + periodFrames / 2)) <= 1 })
    }

    @Test func aVowelCutOffByTheEndOfTheStreamCountsWithTheProminenceItShowed() {
        // A voiced rise of 20 dB that the stream ends in: its nucleus was reported with the prominence of a
        // peak over silence (its full height over the valley), the strongest of the file.
        let floor = Array(repeating: Input(envelopeDB: 50, isVoiced: false), count: 20)
        let rise = (0..<10).map { Input(envelopeDB: 52 + 2 * Float($0), isVoiced: true) }
        var detector = SyllableNucleusDetector()
        var decisions: [SyllableNucleusDetector.Decision] = []
        for input in floor + rise { if let decision = detector.push(input) { decisions.append(decision) } }
        detector.flush { decisions.append($0) }
        let nuclei = decisions.filter(\.isNucleus)
        #expect(nuclei.map(\.frame) == [29])
        #expect(nuclei.first?.prominenceDB == detector.parameters.minimumDipDB) // its last frame is its peak
    }

    @Test func ignoresUnvoicedBumps() {
        #expect(nuclei(bumps(count: 10, periodFrames: 15, voiced: false)).isEmpty)
    }

    @Test func mergesBumpsWhoseDipIsShallowerThanTheMinimum() {
        #expect(nuclei(bumps(count: 10, periodFrames: 15, dipDB: 1.2)).count <= 1)
        var parameters = SyllableNucleusDetector.Parameters()
        parameters.minimumDipDB = 0.8
        parameters.spectralMergeDistanceDB = 0 // the bumps share one spectral shape
        #expect(nuclei(bumps(count: 10, periodFrames: 15, dipDB: 1.2), parameters: parameters).count == 10)
    }

    /// A voiced 70 dB vowel over a 50 dB floor whose middle falls to `dipDB` for `dipFrames` frames, between
    /// two crests of `crestFrames` frames (7: the crests' peaks lie more than the close-crest 7 frames apart).
    func vowel(dipDB: Float, dipFrames: Int, crestFrames: Int = 7) -> [Input] {
        let floor = Array(repeating: Input(envelopeDB: 50, isVoiced: false), count: 20)
        let crest = Array(repeating: Input(envelopeDB: 70, isVoiced: true), count: crestFrames)
        let dip = Array(repeating: Input(envelopeDB: dipDB, isVoiced: true), count: dipFrames)
        return floor + crest + dip + crest + floor
    }

    @Test func splitsAVowelOnlyWhenItsDipHoldsForTwoFrames() {
        #expect(nuclei(vowel(dipDB: 66, dipFrames: 1)).count == 1)
        #expect(nuclei(vowel(dipDB: 66, dipFrames: 2)).count == 2)
        var parameters = SyllableNucleusDetector.Parameters()
        parameters.dipHoldFrames = 1
        #expect(nuclei(vowel(dipDB: 66, dipFrames: 1), parameters: parameters).count == 2)
    }

    @Test func peaksFarUnderTheSpeechLevelNeedADeeperDip() {
        // A loud syllable sets the level at 90 dB; the vowel's crests lie 20 dB under it, so their dip
        // must reach 1.25 + 0.1 × (20 − 5) = 2.75 dB: a 2.5 dB dip no longer splits them.
        let loud = bumps(count: 1, periodFrames: 15, peakDB: 90)
        #expect(nuclei(loud + vowel(dipDB: 67.5, dipFrames: 3)).count == 2)
        #expect(nuclei(loud + vowel(dipDB: 66, dipFrames: 3)).count == 3)
        var parameters = SyllableNucleusDetector.Parameters()
        parameters.dipGrowthPerDB = 0
        parameters.spectralMergeDistanceDB = 0 // the crests share one spectral shape
        #expect(nuclei(loud + vowel(dipDB: 67.5, dipFrames: 3), parameters: parameters).count == 3)
    }

    @Test func doesNotCountASecondCrestWithTheSameSpectrum() {
        // Two 70 dB crests over a 2 dB dip, after a loud syllable with another spectrum: one vowel when the
        // spectral shape stays, two syllables when it changes between the crests.
        // RMS distance of the two shapes: 7.5 dB, over the 6 dB threshold.
        let a = SpectralShape(8, 4, 2, 0, -2, -4, -4, -4), b = SpectralShape(-8, -4, 10, 6, 2, -2, -2, -2)
        func withShape(_ inputs: [Input], _ shape: SpectralShape) -> [Input] {
            inputs.map { Input(envelopeDB: $0.envelopeDB, isVoiced: $0.isVoiced, shape: shape) }
        }
        let loud = withShape(bumps(count: 1, periodFrames: 15, peakDB: 72), b)
        let floor = withShape(Array(repeating: Input(envelopeDB: 50, isVoiced: false), count: 20), a)
        let crest = Array(repeating: Input(envelopeDB: 70, isVoiced: true), count: 5)
        let dip = Array(repeating: Input(envelopeDB: 68, isVoiced: true), count: 3)
        let longVowel = withShape(crest + dip + crest, a)
        let twoSyllables = withShape(crest + dip, a) + withShape(crest, b)
        #expect(nuclei(loud + floor + longVowel + floor).count == 2)
        #expect(nuclei(loud + floor + twoSyllables + floor).count == 3)
        var off = SyllableNucleusDetector.Parameters()
        off.spectralMergeDistanceDB = 0
        #expect(nuclei(loud + floor + longVowel + floor, parameters: off).count == 3)
    }

    @Test func doesNotCountACloseCrestOverAShallowValley() {
        // Crests of 5 frames around a 2-frame dip: peaks 7 frames (70 ms) apart. Over a 4 dB valley (under
        // the 5 dB of the test) they are one vowel; 8 frames apart, or over a 10 dB valley, two syllables.
        let loud = bumps(count: 1, periodFrames: 15, peakDB: 72)
        #expect(nuclei(loud + vowel(dipDB: 66, dipFrames: 2, crestFrames: 5)).count == 2)
        #expect(nuclei(loud + vowel(dipDB: 66, dipFrames: 3, crestFrames: 5)).count == 3)
        #expect(nuclei(loud + vowel(dipDB: 60, dipFrames: 2, crestFrames: 5)).count == 3)
        var off = SyllableNucleusDetector.Parameters()
        off.closeCrestFrames = 0
        #expect(nuclei(loud + vowel(dipDB: 66, dipFrames: 2, crestFrames: 5), parameters: off).count == 3)
    }

    @Test func voicingBeforeAStopClosureDoesNotMakeTheBurstANucleus() {
        // "complaint": a voiced /m/ (50 dB), a 2-frame closure (40 dB), an unvoiced /p/ burst (62 dB). The
        // /m/ lies 3 frames (30 ms) before the burst, inside the voicing tolerance, but across a valley 22 dB
        // under it: not the burst's own voicing (continuity 12 dB by default).
        let loud = bumps(count: 1, periodFrames: 15, peakDB: 72)
        let hum = Array(repeating: Input(envelopeDB: 50, isVoiced: true), count: 5)
        let closure = Array(repeating: Input(envelopeDB: 40, isVoiced: false), count: 2)
        let after = Array(repeating: Input(envelopeDB: 45, isVoiced: false), count: 30)
        let burst = loud + hum + closure + [Input(envelopeDB: 62, isVoiced: false)] + after
        #expect(nuclei(burst).count == 1)
        var off = SyllableNucleusDetector.Parameters()
        off.voicingContinuityDB = 0
        #expect(nuclei(burst, parameters: off).count == 2)
        // Voicing 30 ms before a peak on the same rise (within 12 dB of it) still counts.
        let rise = [62, 64, 67, 70].enumerated().map { Input(envelopeDB: Float($0.element), isVoiced: $0.offset == 0) }
        let lead = Array(repeating: Input(envelopeDB: 50, isVoiced: false), count: 5)
        #expect(nuclei(loud + lead + rise + after).count == 2)
    }

    @Test func aWeakPeakSoonAfterALoudNucleusIsItsEcho() {
        // A 72 dB vowel (its nucleus at its first frame), a fall to 30 dB, then a voiced 2-frame crest:
        // 9 frames (90 ms) after the nucleus and 24 dB under it, an echo (default: within 12 frames, more
        // than 22 dB under); 20 dB under it, or 13 frames after it, a syllable.
        func call(echoDB: Float, gapFrames: Int) -> [Input] {
            let floor = Array(repeating: Input(envelopeDB: 30, isVoiced: false), count: 20)
            let vowel = Array(repeating: Input(envelopeDB: 72, isVoiced: true), count: 5)
            let fall = Array(repeating: Input(envelopeDB: 30, isVoiced: false), count: gapFrames - 5)
            let crest = Array(repeating: Input(envelopeDB: echoDB, isVoiced: true), count: 2)
            return floor + vowel + fall + crest + floor
        }
        #expect(nuclei(call(echoDB: 48, gapFrames: 9)) == [20])
        #expect(nuclei(call(echoDB: 52, gapFrames: 9)) == [20, 29])
        #expect(nuclei(call(echoDB: 48, gapFrames: 13)) == [20, 33])
        // The bounds: 12 frames after it is still an echo; exactly 22 dB under it is not.
        #expect(nuclei(call(echoDB: 48, gapFrames: 12)) == [20])
        #expect(nuclei(call(echoDB: 50, gapFrames: 9)) == [20, 29])
        var off = SyllableNucleusDetector.Parameters()
        off.echoFrames = 0
        #expect(nuclei(call(echoDB: 48, gapFrames: 9), parameters: off) == [20, 29])
    }

    @Test func parametersDefaultToTheSettingsDefaults() {
        #expect(SyllableNucleusDetector.Parameters() == SyllableNucleusDetector.Parameters(SpeechRateSettings()))
    }

    @Test func anAperiodicPeakIsNotANucleusEvenNextToVoicedFrames() {
        // After a syllable and its 60 dB floor, two voiced frames (60, 58 dB) lie 1–2 frames before a 64 dB
        // peak whose own periodicity is 0.2 (breath, noise). De Jong & Wempe require voicing at the peak;
        // the default needs a periodicity of 0.30 there.
        let loud = bumps(count: 1, periodFrames: 15, peakDB: 72)
        let tail = [Input(envelopeDB: 60, isVoiced: true, periodicity: 0.7),
                    Input(envelopeDB: 58, isVoiced: true, periodicity: 0.6)]
        let echo = [Input(envelopeDB: 64, isVoiced: false, periodicity: 0.2)]
        let after = Array(repeating: Input(envelopeDB: 45, isVoiced: false, periodicity: 0.1), count: 30)
        #expect(nuclei(loud + tail + echo + after).count == 1)
        var off = SyllableNucleusDetector.Parameters()
        off.peakMinimumPeriodicity = 0
        #expect(nuclei(loud + tail + echo + after, parameters: off).count == 2)
        // The same peak with periodicity at the threshold counts.
        let periodic = [Input(envelopeDB: 64, isVoiced: false, periodicity: 0.3)]
        #expect(nuclei(loud + tail + periodic + after).count == 2)
    }

    @Test func aDeepPeakCanBeMadeToNeedMorePeriodicity() {
        // A 64 dB peak with periodicity 0.4 after a 90 dB syllable lies 26 dB under the speech level. By
        // default (the extra condition off) the 0.30 of every peak suffices; with 0.5 required beyond 20 dB
        // under the level it does not, and a peak with 0.5 still counts.
        let loud = bumps(count: 1, periodFrames: 15, peakDB: 90)
        let floor = Array(repeating: Input(envelopeDB: 40, isVoiced: false, periodicity: 0.1), count: 20)
        func peak(_ periodicity: Float) -> [Input] {
            loud + floor + [Input(envelopeDB: 64, isVoiced: true, periodicity: periodicity)] + floor
        }
        #expect(nuclei(peak(0.4)).count == 2)
        var strict = SyllableNucleusDetector.Parameters()
        strict.deepPeakMinimumPeriodicity = 0.5
        #expect(nuclei(peak(0.4), parameters: strict).count == 1)
        #expect(nuclei(peak(0.5), parameters: strict).count == 2)
        strict.deepPeakBelowLevelDB = 30
        #expect(nuclei(peak(0.4), parameters: strict).count == 2)
    }

    @Test func ignoresBumpsFarBelowTheSpeechLevel() {
        // One loud syllable sets the level; bumps 35 dB under it (more than 30) are breathing or crosstalk.
        let loud = bumps(count: 1, periodFrames: 15, peakDB: 80)
        let quiet = bumps(count: 5, periodFrames: 15, peakDB: 45)
        #expect(nuclei(loud + quiet).count == 1)
    }

    @Test func peakInTheFirstFramesIsJudgedSafely() {
        // A loud voiced first frame, then a dip: the voicing check must not look before frame 0.
        let inputs = [Input(envelopeDB: 70, isVoiced: true), Input(envelopeDB: 60, isVoiced: false)]
            + Array(repeating: Input(envelopeDB: 60, isVoiced: false), count: 30)
        #expect(nuclei([Input(envelopeDB: 50, isVoiced: false)] + inputs) == [1])
    }

    @Test func confirmsAPlateauAfterTheLatency() {
        // A rise to a long steady vowel, with no dip after it before the stream goes on at that level.
        var inputs = Array(repeating: Input(envelopeDB: 50, isVoiced: false), count: 10)
        inputs += Array(repeating: Input(envelopeDB: 70, isVoiced: true), count: 100)
        #expect(nuclei(inputs) == [10])
    }

    @Test func decidesEachFrameAfterTheDeclaredLatency() {
        var detector = SyllableNucleusDetector()
        var firstDecisionAt: Int?
        for (pushed, input) in bumps(count: 3, periodFrames: 15).enumerated() {
            if let decision = detector.push(input), firstDecisionAt == nil {
                firstDecisionAt = pushed
                #expect(decision.frame == 0)
            }
        }
        #expect(firstDecisionAt == detector.latencyFrames)
    }
}

@Suite struct PauseTrackerTests {
    func silences(_ pattern: [(Bool, Int)]) -> [PauseTracker.Silence] {
        var tracker = PauseTracker()
        var found: [PauseTracker.Silence] = []
        for (speech, count) in pattern {
            for _ in 0..<count { if let silence = tracker.push(isSpeech: speech) { found.append(silence) } }
        }
        return found
    }

    @Test func pausesAreSilencesBetweenSpeechFromPointThreeToThreeSecondsAndLongerOnesTurnGaps() {
        // Leading silence is neither; trailing silence ends no silence (speech never resumes).
        #expect(silences([(false, 500), (true, 100), (false, 29), (true, 50), (false, 30), (true, 50),
                          (false, 250), (true, 10), (false, 301), (true, 10), (false, 80)])
                == [.pause(frames: 30), .pause(frames: 250), .turnGap(frames: 301)])
    }
}

@Suite struct SpeechRateWindowTests {
    @Test func ratesOverTheTrailingWindow() {
        var window = SpeechRateWindow(windowFrames: 400, minimumSpeechFrames: 50)
        // 2 s of speech with a nucleus every 20 frames (5 per second), then 2 s of silence.
        for frame in 0..<200 { window.push(isNucleus: frame % 20 == 10, isSpeech: true) }
        #expect(abs(window.speechRatePerSecond(hopSeconds: 0.01) - 5) < 1e-9)
        #expect(window.articulationRatePerSecond(hopSeconds: 0.01).map { abs($0 - 5) < 1e-9 } == true)
        for _ in 0..<200 { window.push(isNucleus: false, isSpeech: false) }
        #expect(abs(window.speechRatePerSecond(hopSeconds: 0.01) - 2.5) < 1e-9)
        #expect(window.articulationRatePerSecond(hopSeconds: 0.01).map { abs($0 - 5) < 1e-9 } == true)
        // Another 4 s of silence pushes the speech out of the window.
        for _ in 0..<400 { window.push(isNucleus: false, isSpeech: false) }
        #expect(window.speechRatePerSecond(hopSeconds: 0.01) == 0)
        #expect(window.articulationRatePerSecond(hopSeconds: 0.01) == nil)
    }

    @Test func aFewFramesAreNoFastRate() {
        // One nucleus in the first 2 frames (a 15 ms file) is 1 per 0.5 s, not 50 per second.
        var window = SpeechRateWindow(windowFrames: 400, minimumSpeechFrames: 50)
        #expect(window.speechRatePerSecond(hopSeconds: 0.01) == 0)
        window.push(isNucleus: false, isSpeech: true)
        window.push(isNucleus: true, isSpeech: true)
        #expect(abs(window.speechRatePerSecond(hopSeconds: 0.01) - 2) < 1e-9)
        for _ in 0..<98 { window.push(isNucleus: false, isSpeech: true) }
        #expect(abs(window.speechRatePerSecond(hopSeconds: 0.01) - 1) < 1e-9)
    }
}
