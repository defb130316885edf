/// What the DSP stages measured on one 10 ms frame of one channel.
///
/// Frame `index` is centred on `index × 10 ms` (see `AnalysisSettings`).
public struct FrameFeatures: Sendable, Equatable {
    public var index: Int
    /// Intensity in dB re 2·10⁻⁵ (full-scale samples taken as pascals, as Praat does):
    /// a full-scale sine reads 91 dB; digital silence is floored at 0 dB.
    public var intensityDB: Float
    /// Voice activity decision for this frame.
    public var isSpeech: Bool

    public init(index: Int, intensityDB: Float, isSpeech: Bool) {
        self.index = index
        self.intensityDB = intensityDB
        self.isSpeech = isSpeech
    }

    public var timeSeconds: Double { Double(index) * AnalysisSettings.hopSeconds }
}
