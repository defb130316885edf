/// Finds pauses in one channel's frame-by-frame loudness decisions (voice activity without hangover):
/// silent intervals of at least
/// `minimumPauseFrames` (de Jong & Wempe 2009: 0.3 s) between two stretches of the channel's own speech.
///
/// Silence before a channel's first speech is not a pause. A silence longer than `maximumPauseFrames`
/// (3 s) is a turn gap (the other party talking, hold music), not a pause within speech: it is reported
/// apart, so that it counts neither as a pause nor as speaking time. A silence is reported when speech
/// resumes, so it needs no look-ahead.
public struct PauseTracker: Sendable, Equatable {
    /// A silence between two stretches of the channel's own speech, with its length in frames.
    public enum Silence: Sendable, Equatable {
        /// 0.3–3 s: a pause within speech.
        case pause(frames: Int)
        /// Over 3 s: a turn gap.
        case turnGap(frames: Int)
    }

    public var minimumPauseFrames = 30
    public var maximumPauseFrames = 300

    private var heardSpeech = false
    private var silentFrames = 0

    public init() {}

    /// Feeds the next frame's decision; returns the pause or turn gap it ends, if any (silences under
    /// `minimumPauseFrames` are neither).
    public mutating func push(isSpeech: Bool) -> Silence? {
        guard isSpeech else {
            if heardSpeech { silentFrames += 1 }
            return nil
        }
        defer {
            heardSpeech = true
            silentFrames = 0
        }
        if silentFrames > maximumPauseFrames { return .turnGap(frames: silentFrames) }
        return silentFrames >= minimumPauseFrames ? .pause(frames: silentFrames) : nil
    }
}
