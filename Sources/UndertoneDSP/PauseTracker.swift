/// Finds pauses in one channel's frame-by-frame loudness decisions (voice activity without hangover):
/// silent intervals of at least
/// `minimumPauseFrames` (de Jong & Wempe 2009: 0.3 s) between two stretches of the channel's own speech.
///
/// Silence before a channel's first speech is not a pause. A silence longer than `maximumPauseFrames`
/// (3 s) is a turn gap (the other party talking, hold music), not a pause within speech: it is not
/// counted. A pause is reported when speech resumes, so it needs no look-ahead.
public struct PauseTracker: Sendable, Equatable {
    public var minimumPauseFrames = 30
    public var maximumPauseFrames = 300

    private var heardSpeech = false
    private var silentFrames = 0

    public init() {}

    /// Feeds the next frame's decision; returns the length in frames of the pause it ends, if any.
    public mutating func push(isSpeech: Bool) -> Int? {
        guard isSpeech else {
            if heardSpeech { silentFrames += 1 }
            return nil
        }
        defer {
            heardSpeech = true
            silentFrames = 0
        }
        return (minimumPauseFrames...maximumPauseFrames).contains(silentFrames) ? silentFrames : nil
    }
}
