import UndertoneCore

/// What the two parties did together during one second: overlap, interruptions, shared silence (and
/// how long it has lasted), and how long the agent has been quiet.
public struct TurnTakingSecond: Sendable, Equatable {
    public var timeSeconds: Int
    /// Seconds both parties spoke at once.
    public var overlapSeconds: Double
    /// Seconds neither spoke.
    public var silenceSeconds: Double
    /// Length of the shared silence still running at the end of this second (dead air: nobody speaks,
    /// a hold or a customer left waiting), 0 when someone is speaking.
    public var deadAirSeconds: Double
    /// Times the customer started speaking while the agent was mid-turn, and the other way round.
    public var customerInterruptions: Int
    public var agentInterruptions: Int
    /// Seconds since the agent last spoke, at the end of this second; nil before the agent's first word.
    public var secondsSinceAgentSpoke: Double?
}

/// Follows the voice-activity decisions of the customer and agent channels frame by frame and sums
/// them per second. An interruption is a speech onset (after at least `onsetGapFrames` of silence) while
/// the other party has been speaking for at least `midTurnFrames` (Heldner & Edlund 2010 treat overlaps
/// under ~200 ms as backchannel-like; 300 ms of the other's speech marks "mid-turn" here).
public struct TurnTakingTracker: Sendable {
    public var onsetGapFrames = 20
    public var midTurnFrames = 30

    private var frameIndex = 0
    private var overlapFrames = 0
    private var silentFrames = 0
    private var deadAirFrames = 0
    private var customerInterruptions = 0
    private var agentInterruptions = 0
    private var customerRun = Run()
    private var agentRun = Run()
    private var lastAgentFrame: Int?

    /// Consecutive frames of speech or of silence of one party.
    private struct Run: Sendable {
        var speaking = false
        var length = Int.max / 2
        mutating func push(_ speech: Bool) -> (onset: Bool, gapBefore: Int) {
            if speech == speaking {
                length += 1
                return (false, 0)
            }
            let gap = speaking ? 0 : length
            speaking = speech
            length = 1
            return (speech, gap)
        }
    }

    public init() {}

    /// Adds one 10 ms frame; returns the summary of the second it completes, if any.
    public mutating func push(customerSpeech: Bool, agentSpeech: Bool) -> TurnTakingSecond? {
        let agentWasMidTurn = agentRun.speaking && agentRun.length >= midTurnFrames
        let customerWasMidTurn = customerRun.speaking && customerRun.length >= midTurnFrames
        let customer = customerRun.push(customerSpeech)
        let agent = agentRun.push(agentSpeech)
        if customer.onset, customer.gapBefore >= onsetGapFrames, agentWasMidTurn, agentSpeech { customerInterruptions += 1 }
        if agent.onset, agent.gapBefore >= onsetGapFrames, customerWasMidTurn, customerSpeech { agentInterruptions += 1 }
        if customerSpeech && agentSpeech { overlapFrames += 1 }
        if !customerSpeech && !agentSpeech {
            silentFrames += 1
            deadAirFrames += 1
        } else {
            deadAirFrames = 0
        }
        if agentSpeech { lastAgentFrame = frameIndex }
        frameIndex += 1
        guard frameIndex % AnalysisSettings.framesPerSecond == 0 else { return nil }
        return closeSecond()
    }

    /// The last, partial second, if it holds frames.
    public mutating func flush() -> TurnTakingSecond? {
        frameIndex % AnalysisSettings.framesPerSecond == 0 ? nil : closeSecond()
    }

    private mutating func closeSecond() -> TurnTakingSecond {
        let hop = AnalysisSettings.hopSeconds
        let summary = TurnTakingSecond(
            timeSeconds: (frameIndex - 1) / AnalysisSettings.framesPerSecond,
            overlapSeconds: Double(overlapFrames) * hop,
            silenceSeconds: Double(silentFrames) * hop,
            deadAirSeconds: Double(deadAirFrames) * hop,
            customerInterruptions: customerInterruptions,
            agentInterruptions: agentInterruptions,
            secondsSinceAgentSpoke: lastAgentFrame.map { Double(frameIndex - 1 - $0) * hop })
        overlapFrames = 0
        silentFrames = 0
        customerInterruptions = 0
        agentInterruptions = 0
        return summary
    }
}
