/// What the DSP stages measured on one 10 ms frame of one channel.
///
/// Frame `index` is centred on `index × 10 ms` (see `AnalysisSettings`).
public struct FrameFeatures: Sendable, Equatable {
    public var index: Int
    /// Intensity in dB re 2·10⁻⁵ (full-scale samples taken as pascals, as Praat does):
    /// a full-scale sine reads 91 dB; digital silence is floored at 0 dB.
    public var intensityDB: Float
    /// Voice activity decision for this frame (with a 200 ms hangover over short dips).
    public var isSpeech: Bool
    /// Loud enough for speech in this frame alone, without the hangover: pauses are measured on this.
    public var isLoud = false
    /// Fundamental frequency in Hz; 0 when the frame is unvoiced (see `UndertoneDSP.PitchTracker`).
    public var f0Hz: Float
    /// Periodicity in [0, 1]: normalised autocorrelation at the period (Boersma 1993).
    public var voicing: Float
    /// Glottal-cycle statistics of the cycles that end in this frame (for jitter and shimmer).
    public var cycles: CycleStatistics
    /// Energy in the 300–2600 Hz band, in dB on the intensity scale: the envelope syllable nuclei are
    /// found on (see `UndertoneDSP.BandEnvelopeMeter`).
    public var envelopeDB: Float = 0
    /// Prominence in dB of the syllable nucleus at this frame's envelope peak; nil when the frame is no
    /// nucleus (see `UndertoneDSP.SyllableNucleusDetector`).
    public var nucleusProminenceDB: Float?

    public var isNucleus: Bool { nucleusProminenceDB != nil }

    public init(index: Int, intensityDB: Float, isSpeech: Bool, f0Hz: Float = 0, voicing: Float = 0,
                cycles: CycleStatistics = CycleStatistics()) {
        self.index = index
        self.intensityDB = intensityDB
        self.isSpeech = isSpeech
        self.f0Hz = f0Hz
        self.voicing = voicing
        self.cycles = cycles
    }

    public var timeSeconds: Double { Double(index) * AnalysisSettings.hopSeconds }
}
