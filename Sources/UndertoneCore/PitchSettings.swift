/// Parameters of the pitch tracker (`UndertoneDSP.PitchTracker`), named and defaulted after Praat's
/// `Sound: To Pitch (ac)…` (Boersma 1993; Praat manual), plus the streaming look-ahead.
///
/// Strengths and costs are in units of normalised autocorrelation (0…1); frequencies in Hz.
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
    public var voicingThreshold: Double = 0.45
    /// Frames whose peak amplitude is below this fraction of the running peak lean unvoiced (Praat: 0.03).
    public var silenceThreshold: Double = 0.03
    /// Favours higher F0 among similar peaks: strength −= octaveCost · log2(floor · lag) (Praat: 0.01).
    public var octaveCost: Double = 0.01
    /// Path cost per octave of F0 change between consecutive voiced frames (Praat: 0.35).
    public var octaveJumpCost: Double = 0.35
    /// Path cost of a voiced ↔ unvoiced transition (Praat: 0.14).
    public var voicedUnvoicedCost: Double = 0.14
    /// Frames the path search may look ahead before deciding a frame (15 × 10 ms = 150 ms).
    public var lookaheadFrames = 15
    /// Decay of the running peak amplitude used by the silence criterion, in dB per second.
    public var peakDecayDBPerSecond: Double = 1

    public init() {}
}
