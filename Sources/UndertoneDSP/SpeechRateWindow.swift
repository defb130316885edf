/// Speech rate and articulation rate over a trailing window of frames.
///
/// Speech rate counts syllable nuclei per second of clock time in the window, so it falls when the
/// speaker pauses or listens; articulation rate counts them per second of the speaker's own voiced
/// activity (voice-activity frames), so it measures tempo while speaking (Goldman-Eisler's distinction,
/// as de Jong & Wempe 2009 report both). The window is `windowFrames` long (400 = 4 s: long enough to
/// hold 10–25 syllables, short enough to follow a change within a few seconds); at the start of a
/// stream it is as long as the frames seen, but never shorter than `minimumSpeechFrames` (0.5 s), so
/// one nucleus in a file of a few frames is no rate of 50 per second.
public struct SpeechRateWindow: Sendable, Equatable {
    public let windowFrames: Int
    /// Articulation rate is reported only over at least this much speech (50 frames = 0.5 s).
    public let minimumSpeechFrames: Int

    private var isNucleus: [Bool]
    private var isSpeech: [Bool]
    private var framesSeen = 0
    private var nucleiInWindow = 0
    private var speechFramesInWindow = 0

    public init(windowFrames: Int = 400, minimumSpeechFrames: Int = 50) {
        self.windowFrames = windowFrames
        self.minimumSpeechFrames = minimumSpeechFrames
        isNucleus = Array(repeating: false, count: windowFrames)
        isSpeech = Array(repeating: false, count: windowFrames)
    }

    public mutating func push(isNucleus nucleus: Bool, isSpeech speech: Bool) {
        let slot = framesSeen % windowFrames
        if framesSeen >= windowFrames {
            nucleiInWindow -= isNucleus[slot] ? 1 : 0
            speechFramesInWindow -= isSpeech[slot] ? 1 : 0
        }
        isNucleus[slot] = nucleus
        isSpeech[slot] = speech
        nucleiInWindow += nucleus ? 1 : 0
        speechFramesInWindow += speech ? 1 : 0
        framesSeen += 1
    }

    /// Nuclei per second over the window, or over `minimumSpeechFrames` while fewer frames have been seen.
    public func speechRatePerSecond(hopSeconds: Double) -> Double {
        let frames = max(min(framesSeen, windowFrames), minimumSpeechFrames, 1)
        return Double(nucleiInWindow) / (Double(frames) * hopSeconds)
    }

    /// Nuclei per second of speech in the window; nil with less than `minimumSpeechFrames` of speech.
    public func articulationRatePerSecond(hopSeconds: Double) -> Double? {
        guard speechFramesInWindow >= minimumSpeechFrames else { return nil }
        return Double(nucleiInWindow) / (Double(speechFramesInWindow) * hopSeconds)
    }
}
