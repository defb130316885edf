import Foundation
import Synchronization
import Testing
import UndertoneCore
@testable import UndertoneDSP

@Suite struct PitchBatchClaimsTests {
    /// Over many batches of random sizes, an owner claiming from the front and two threads offering help
    /// at once take every slot exactly once, the owner's a prefix; one helper at a time is let in; and as
    /// soon as `waitForHelper` returns, before the helpers are joined, the owner sees every write the
    /// helpers made. A thread that offers help after the ends have met gets nothing. A broken protocol
    /// fails here rather than hanging: the owner's wait gives up after two seconds.
    @Test func ownerAndHelpersTakeEverySlotOnce() {
        let claims = PitchBatchClaims()
        let (firstHelper, secondHelper) = (HelperThread(), HelperThread())
        var generator = SplitMix(seed: 59)
        let capacity = 300
        let takenBy = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        defer { takenBy.deallocate() }
        let helpersInside = Atomic(0), mostHelpersInside = Atomic(0)
        var helpedSlots = 0
        for batch in 0..<2000 {
            let count = Int(generator.next() % UInt64(capacity))
            takenBy.initialize(repeating: 0, count: capacity)
            claims.open(count: count)
            var ownerSlots = 0
            var seenByOwner: [Int] = []
            var waited = true
            // Each slot takes a few microseconds, as an autocorrelation does, so that the threads overlap.
            let help = {
                claims.help { slot in
                    let inside = helpersInside.wrappingAdd(1, ordering: .relaxed).newValue
                    mostHelpersInside.max(inside, ordering: .relaxed)
                    takenBy[slot] += Self.work(slot) > -1 ? 2 : 0
                    helpersInside.wrappingSubtract(1, ordering: .relaxed)
                }
            }
            firstHelper.run(help, alongside: {
                secondHelper.run(help, alongside: {
                    while ownerSlots < count, claims.claimFront() {
                        takenBy[ownerSlots] += Self.work(ownerSlots) > -1 ? 1 : 0
                        ownerSlots += 1
                    }
                    if ownerSlots < count { waited = claims.waitForHelper(downTo: ownerSlots, giveUpAfter: .seconds(2)) }
                    seenByOwner = (0..<count).map { takenBy[$0] }
                })
            })
            let expected = (0..<count).map { $0 < ownerSlots ? 1 : 2 }
            #expect(waited, "batch \(batch) of \(count): the owner's wait gave up")
            #expect(seenByOwner == expected, "batch \(batch) of \(count): owner took \(ownerSlots)")
            claims.help { _ in Issue.record("batch \(batch): a slot left to claim") }
            helpedSlots += count - ownerSlots
            if !waited || seenByOwner != expected { break }
        }
        #expect(mostHelpersInside.load(ordering: .relaxed) == 1, "helpers let in at once")
        // Not a guarantee, but over 2,000 batches the helpers win some slots on any machine; if they never
        // did, the helpers' side would not have been tested.
        #expect(helpedSlots > 0)
    }

    /// A few microseconds of arithmetic whose result the caller uses (it is never below -1).
    static func work(_ seed: Int) -> Double {
        var sum = 0.0
        for step in 0..<200 { sum += sin(Double(seed + step)) }
        return sum.magnitude
    }
}
