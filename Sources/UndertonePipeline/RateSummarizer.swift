import UndertoneCore
import UndertoneDSP

/// Per-second speech-rate measures of one channel: nuclei counted in the second, rates over the trailing
/// window (`SpeechRateWindow`), and pauses that ended in the second (`PauseTracker`). The window and
/// the pause tracker run across seconds; `reset()` starts a new second's counts.
struct RateSummarizer {
    private var window = SpeechRateWindow()
    private var pauseTracker = PauseTracker()
    private var measures = RateMeasures()
    private var pauseFrames = 0

    mutating func add(_ frame: FrameFeatures) {
        window.push(isNucleus: frame.isNucleus, isSpeech: frame.isSpeech)
        if frame.isNucleus { measures.syllables += 1 }
        if case .pause(let frames) = pauseTracker.push(isSpeech: frame.isLoud) {
            measures.pauses += 1
            pauseFrames += frames
        }
    }

    func measuresOfSecond() -> RateMeasures {
        var result = measures
        result.speechRateSPS = window.speechRatePerSecond(hopSeconds: AnalysisSettings.hopSeconds)
        result.articulationRateSPS = window.articulationRatePerSecond(hopSeconds: AnalysisSettings.hopSeconds)
        result.pauseSeconds = Double(pauseFrames) * AnalysisSettings.hopSeconds
        return result
    }

    mutating func reset() {
        measures = RateMeasures()
        pauseFrames = 0
    }
}
