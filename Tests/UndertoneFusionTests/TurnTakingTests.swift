import Testing
@testable import UndertoneFusion

@Suite struct TurnTakingTests {
    /// Pushes `frames` 10 ms frames of the given activity; returns the seconds completed.
    static func push(_ tracker: inout TurnTakingTracker, frames: Int, customer: Bool, agent: Bool) -> [TurnTakingSecond] {
        (0..<frames).compactMap { _ in tracker.push(customerSpeech: customer, agentSpeech: agent) }
    }

    @Test func overlapSilenceAndDeadAirAreSummedPerSecond() throws {
        var tracker = TurnTakingTracker()
        var seconds = Self.push(&tracker, frames: 50, customer: true, agent: false)
        seconds += Self.push(&tracker, frames: 20, customer: true, agent: true)
        seconds += Self.push(&tracker, frames: 30, customer: false, agent: false)
        let first = try #require(seconds.first)
        #expect(seconds.count == 1 && first.timeSeconds == 0)
        #expect(abs(first.overlapSeconds - 0.2) < 1e-9)
        #expect(abs(first.silenceSeconds - 0.3) < 1e-9)
        #expect(abs(first.deadAirSeconds - 0.3) < 1e-9)
        // Dead air keeps growing across seconds until someone speaks.
        let quiet = Self.push(&tracker, frames: 200, customer: false, agent: false)
        #expect(quiet.map(\.deadAirSeconds).map { ($0 * 100).rounded() / 100 } == [1.3, 2.3])
        let spoken = Self.push(&tracker, frames: 100, customer: false, agent: true)
        #expect(spoken.last?.deadAirSeconds == 0)
        #expect(spoken.last?.secondsSinceAgentSpoke == 0)
    }

    @Test func anOnsetDuringTheOthersTurnIsAnInterruption() throws {
        var tracker = TurnTakingTracker()
        // The agent talks for 0.5 s; the customer, silent ≥ 200 ms before, starts while the agent goes on.
        var seconds = Self.push(&tracker, frames: 50, customer: false, agent: true)
        seconds += Self.push(&tracker, frames: 50, customer: true, agent: true)
        let second = try #require(seconds.first)
        #expect(second.customerInterruptions == 1 && second.agentInterruptions == 0)
        // A reply after the agent has stopped is a turn, not an interruption.
        var polite = TurnTakingTracker()
        seconds = Self.push(&polite, frames: 50, customer: false, agent: true)
        seconds += Self.push(&polite, frames: 10, customer: false, agent: false)
        seconds += Self.push(&polite, frames: 40, customer: true, agent: false)
        #expect(seconds.first?.customerInterruptions == 0)
    }
}
