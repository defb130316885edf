/// A high-pass on a channel's samples before analysis (`UndertoneDSP.HighPassFilter`), on the pitch lane,
/// the level lane (intensity, voice activity, envelope, glottal cycles) or both. Since speech-rate round 13
/// (docs/speech-rate.md), 175 Hz, order 2, on both lanes, chosen on the tuning split: on wideband audio
/// the energy under it (the first harmonic, nasal and voiced-consonant murmur) made consonants look voiced
/// and overcounted syllables; telephone audio has little there. `cutoffHz = 0` restores the analysis
/// before round 13.
public struct InputHighPassSettings: Sendable, Equatable {
    /// The lanes of `UndertonePipeline.ChannelAnalyzer` the filter runs on.
    public enum Lanes: String, Sendable, CaseIterable { case both, pitch, levels }

    /// The −3 dB cut-off in Hz; 0: no filter.
    public var cutoffHz = 175.0
    /// Poles of the Butterworth filter (even).
    public var order = 2
    /// Which lanes read the filtered samples.
    public var lanes = Lanes.both

    public init() {}

    public var filtersPitchLane: Bool { cutoffHz > 0 && lanes != .levels }
    public var filtersLevelLane: Bool { cutoffHz > 0 && lanes != .pitch }
}
