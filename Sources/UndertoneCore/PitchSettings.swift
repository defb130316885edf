/// Parameters of the pitch tracker (`UndertoneDSP.PitchTracker`), named and defaulted after Praat's
/// `Sound: To Pitch (ac)…` (Boersma 1993; Praat manual), plus the streaming look-ahead.
///
/// Strengths and costs are in units of normalised autocorrelation (0…1); frequencies in Hz.
/// Defaults differ from Praat's where tuning on the odd-numbered FDA utterances (all four conditions of
/// `Tools/eval_pitch.py`; see docs/accuracy.md) showed fewer errors: a higher voicing threshold (noise
/// compensation lifts voiced frames back over it), half Praat's octave cost, dearer octave jumps and
/// voicing switches (the path does much of the work the octave cost does in Praat), and a lower silence
/// threshold (0.0225, with the local peak taken from the frame's centre onwards rather than over the
/// whole window: fewer voiced frames after offsets, fewer weak telephone-band frames lost). Unlike Praat,
/// the voiced ↔ unvoiced cost falls where the level rises (onsets) or falls (offsets), after Talkin (1995).
public struct PitchSettings: Sendable, Equatable {
    /// Lowest F0 searched, in Hz. Sets the analysis window: `periodsPerWindow` periods of the floor.
    public var floorHz: Double = 60
    /// Highest F0 searched, in Hz.
    public var ceilingHz: Double = 500
    /// Analysis window length in periods of `floorHz` (Boersma 1993 uses 3 for a Hann window).
    public var periodsPerWindow: Double = 3
    /// Voiced candidates kept per frame (the strongest local maxima of the autocorrelation).
    public var maxCandidates = 14
    /// A frame is voiced when its best candidate's strength exceeds this (Praat: 0.45).
    public var voicingThreshold: Double = 0.55
    /// Frames whose local peak (from half the longest period before the frame's centre to the window's
    /// end; see `PitchCandidateAnalyzer.FrameLevel`) is below this fraction of the running peak lean
    /// unvoiced (Praat: 0.03).
    public var silenceThreshold: Double = 0.0225
    /// Favours higher F0 among similar peaks: strength −= octaveCost · log2(floor · lag) (Praat: 0.01).
    public var octaveCost: Double = 0.005
    /// Path cost per octave of F0 change between consecutive voiced frames (Praat: 0.35). 0.8 rather than
    /// 0.6 since the voicing transitions follow the level (`transitionEnergyWeight`): cheaper transitions
    /// would otherwise let the path leave a voiced stretch and re-enter it an octave away.
    public var octaveJumpCost: Double = 0.8
    /// Path cost of a voiced ↔ unvoiced transition at a steady level (Praat: 0.14); lower where the level
    /// changes (`transitionEnergyWeight`). 0.35 rather than 0.3 with the level-dependent costs: steady
    /// stretches keep their voicing decision, edges move to the level change.
    public var voicedUnvoicedCost: Double = 0.35
    /// How much the voiced ↔ unvoiced cost follows the level change at a frame (`PitchVoicingTransition`,
    /// after Talkin 1995): 0 keeps it constant; w makes an onset cheaper where the level rises and an offset
    /// where it falls, by up to the fraction w of `voicedUnvoicedCost`.
    /// 0.7: on the odd FDA files it moved voicing edges to where the level changes (with the octave-jump
    /// cost at 0.8 and the voiced/unvoiced cost at 0.35: clean VDE 5.29 → 4.87 %, telephone 7.36 → 7.12 %).
    public var transitionEnergyWeight: Double = 0.7
    /// Path cost per octave (beyond `gapBridgeToleranceOctaves`) of resuming voicing at another F0 than the
    /// last voiced frame's, fading to 0 over `gapBridgeFrames` unvoiced frames (`GapBridge`; ours); 0 turns
    /// it off. 1.5, 0.4 octave and 50 frames (0.5 s): on the odd EmoDB speakers through the telephone
    /// channel (Tools/pitch_emodb_consensus.py) gross errors 6.27 → 2.75 %, on the odd FDA files
    /// telephone GPE 0.63 → 0.13 % (docs/history/pitch.md, pitch round r6).
    public var gapBridgeCostPerOctave: Double = 1.5
    /// F0 change across an unvoiced gap, in octaves, that costs nothing (intonation).
    public var gapBridgeToleranceOctaves: Double = 0.4
    /// Unvoiced frames after which an onset chooses its F0 freely again.
    public var gapBridgeFrames = 50
    /// Path reward of each of the first `stretchRewardSteps` steps of a run of voiced steps whose F0 changes
    /// by less than `stretchRewardToleranceOctaves`, tapering linearly to 0 at that change
    /// (`PitchStretchReward`; ours); 0 turns it off. 0.0667 × 3 steps, 0.05 octave: on the odd FDA files clean VDE 4.96 → 4.89 %
    /// and the sum of the five tuning VDEs 43.78 → 42.71 (docs/history/pitch.md, pitch round r9).
    public var stretchRewardPerStep: Double = 0.0667
    /// F0 change between consecutive voiced frames, in octaves, from which a step earns no reward.
    public var stretchRewardToleranceOctaves: Double = 0.05
    /// Smooth steps of a run that earn `stretchRewardPerStep`.
    public var stretchRewardSteps = 3
    /// Frames the path search may look ahead before deciding a frame (15 × 10 ms = 150 ms).
    public var lookaheadFrames = 15
    /// Decay of the running peak amplitude used by the silence criterion, in dB per second.
    public var peakDecayDBPerSecond: Double = 1
    /// The running peak never falls below this (full scale = 1; 0.05 ≈ −26 dBFS), so that a stream that
    /// starts in near-silence is judged against a plausible speech level rather than its own noise.
    public var minimumPeakAmplitude: Double = 0.05

    /// Noise compensation: a frame's correlations are divided by `1 − q`, with q its noise-to-frame
    /// power ratio (noise power from minimum tracking) capped at this value; 0 turns it off. Additive
    /// noise of power N lowers a periodic frame's correlation to about (E − N) / E.
    /// 0.45 rather than 0.5: over four noise realisations of the odd FDA files, 0.5 lifted subharmonic
    /// peaks in speech-shaped noise into octave errors.
    public var maximumNoiseRatio: Double = 0.45
    /// Frames whose noise ratio q (see `maximumNoiseRatio`) is above this lean unvoiced: the unvoiced score
    /// gains 2 · (q − this) / (1 − this), up to 2 at the noise floor (ours; 1 turns it off). 0.55 rather than
    /// 0.45 (the r4 value, which equalled `maximumNoiseRatio`): frames between about 1 and −1 dB local SNR
    /// keep their voicing; over four noise realisations of the odd FDA files, white-noise VDE 11.11 → 10.68 %
    /// with `noiseCorrelationWeight` 1.
    public var unvoicedNoiseRatio: Double = 0.55
    /// How much of the tracked noise autocorrelation (`PitchNoiseCorrelation`) is taken out of a frame's
    /// correlations before its peaks are read, in proportion to the compensated noise ratio: 1 all, 0 none.
    /// Speech-shaped noise correlates at ±0.1 at female pitch lags; over four noise realisations of the odd
    /// FDA files, subtracting it took speech-shaped GPE from 1.69 to 1.12 % (1.43 % with `unvoicedNoiseRatio` 0.55).
    public var noiseCorrelationWeight: Double = 1
    /// Rise of the tracked noise power between quieter frames, in dB per second (minimum statistics).
    public var noiseFloorRiseDBPerSecond: Double = 3

    public init() {}
}
