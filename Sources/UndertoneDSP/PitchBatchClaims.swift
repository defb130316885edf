import Foundation
import Synchronization

/// Who computes which frame's autocorrelation in a `PitchTracker` batch when a second thread helps.
///
/// The owner (the thread that decides the frames, in order) claims slots from the front, one at a time,
/// just before it decides each; a helper claims them from the back. Neither waits for the other until
/// the two ends meet, wherever the threads' speeds put that point, so the split balances itself: a helper
/// that arrives late (a lane that finished its own work first) takes fewer frames, one that is idle takes
/// more. When the owner finds its next slot taken, every slot from there on is the helper's, and the
/// helper finishes them in descending order, so the owner waits once, for the helper to finish that slot.
///
/// The claims are lock-free: one atomic word holds the batch's generation and both ends, another the
/// generation and the lowest slot the helper has finished (the generation tells the owner's wait a mark
/// of this batch from one of an earlier batch). The owner's one wait spins, yielding, then sleeping in
/// short naps if the helper was preempted. One owner; any number of threads may offer help (`help`),
/// one at a time is let in.
final class PitchBatchClaims: Sendable {
    /// Generation (bits 40–63), back end (exclusive, bits 20–39) and front end (bits 0–19).
    private let ends = Atomic<UInt64>(0)
    /// Generation (bits 40–63) and the lowest slot the helper has finished (bits 0–39).
    private let helperFinished = Atomic<UInt64>(0)
    /// Whether a thread is in `help`.
    private let helping = Atomic(false)

    /// A batch holds fewer slots than this (20 bits).
    static let slotLimit = 1 << 20
    private static let slotMask: UInt64 = (1 << 20) - 1
    private static let generationShift: UInt64 = 40

    /// Owner: opens a batch of `count` slots (every earlier batch must be finished, see `waitForHelper`).
    func open(count: Int) {
        precondition(count >= 0 && count < Self.slotLimit, "batch too large to claim")
        // Only `open` changes the generation in `ends`, so the owner reads its batch's there (the shift
        // drops the bits past 24: the generation wraps).
        let generation = (ends.load(ordering: .relaxed) >> Self.generationShift) &+ 1
        helperFinished.store(generation << Self.generationShift | UInt64(count), ordering: .relaxed)
        // Release: a helper that sees these ends sees the frames measured before.
        ends.store(generation << Self.generationShift | UInt64(count) << 20, ordering: .releasing)
    }

    /// Owner: claims the front slot (the owner knows its number: it claims them in order); false when
    /// the helper has it, and with it every slot after it.
    func claimFront() -> Bool {
        var current = ends.load(ordering: .relaxed)
        while true {
            let (front, back) = Self.frontAndBack(current)
            guard front < back else { return false }
            let (exchanged, original) = ends.compareExchange(expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
    }

    /// Owner: waits until the helper has finished `slot`, the first slot `claimFront` refused, and so
    /// every slot after it; returns true. It spins, yielding now and then, and sleeps in short naps once
    /// the wait has lasted long enough to mean the helper was preempted. `limit` is for tests: the wait
    /// gives up after it, returning false, so that a broken protocol fails a test instead of hanging it.
    @discardableResult
    func waitForHelper(downTo slot: Int, giveUpAfter limit: Duration? = nil) -> Bool {
        let generation = ends.load(ordering: .relaxed) >> Self.generationShift
        let awaited = generation << Self.generationShift | UInt64(slot)
        let clock = ContinuousClock()
        let start = limit == nil ? nil : clock.now
        var spins = 0
        // Acquire: the helper's autocorrelations are visible once its mark is.
        while helperFinished.load(ordering: .acquiring) > awaited {
            spins += 1
            guard spins % 64 == 0 else { continue }
            if spins < 4096 { sched_yield() } else { usleep(20) }
            if let limit, let start, clock.now - start > limit { return false }
        }
        return true
    }

    /// Helper: runs `body` on slots claimed from the back of the open batch, one after the other, until
    /// the owner's front reaches them; returns at once when no batch is open or another thread is helping.
    /// `body` must finish its slot's work: the owner reads the slot once `body` returns.
    func help(_ body: (Int) -> Void) {
        guard helping.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return }
        defer { helping.store(false, ordering: .releasing) }
        while let (generation, slot) = claimBack() {
            body(slot)
            // Release: the owner sees the slot's results once it sees this mark.
            helperFinished.store(generation << Self.generationShift | UInt64(slot), ordering: .releasing)
        }
    }

    /// The back slot of the open batch and the batch's generation; nil when the owner has reached it
    /// (or no batch is open).
    private func claimBack() -> (generation: UInt64, slot: Int)? {
        // Acquire: the frames measured before `open` are visible to the helper.
        var current = ends.load(ordering: .acquiring)
        while true {
            let (front, back) = Self.frontAndBack(current)
            guard back > front else { return nil }
            let (exchanged, original) = ends.compareExchange(expected: current, desired: current - (1 << 20),
                                                             ordering: .acquiring)
            if exchanged { return (current >> Self.generationShift, Int(back - 1)) }
            current = original
        }
    }

    /// The front and back ends packed in a word of `ends`.
    private static func frontAndBack(_ word: UInt64) -> (front: UInt64, back: UInt64) {
        (word & slotMask, word >> 20 & slotMask)
    }
}
