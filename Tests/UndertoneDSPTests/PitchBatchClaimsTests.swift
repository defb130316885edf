import Foundation
import Testing
import UndertoneCore
@testable import UndertoneDSP

@Suite struct PitchBatchClaimsTests {
    /// Over many batches of random sizes, an owner claiming from the front and two threads offering help
    /// at once take every slot exactly once, the owner's a prefix: one helper at a time is let in, and
    /// after `waitForHelper` the owner sees every write the helpers made. A thread that offers help after
    /// the ends have met gets nothing.
    @Test func ownerAndHelpersTakeEverySlotOnce() {
        let claims = PitchBatchClaims()
        let (firstHelper, secondHelper) = (HelperThread(), HelperThread())
        var generator = SplitMix(seed: 59)
        let capacity = 300
        let takenBy = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        defer { takenBy.deallocate() }
        var helpedSlots = 0
        for batch in 0..<2000 {
            let count = Int(generator.next() % UInt64(capacity))
            takenBy.initialize(repeating: 0, count: capacity)
            claims.open(count: count)
            var ownerSlots = 0
            // Each slot takes a few microseconds, as an autocorrelation does, so that the threads overlap.
            let help = { claims.help { slot in takenBy[slot] += Self.work(slot) > -1 ? 2 : 0 } }
            firstHelper.run(help, alongside: {
                secondHelper.run(help, alongside: {
                    while ownerSlots < count, claims.claimFront() {
                        takenBy[ownerSlots] += Self.work(ownerSlots) > -1 ? 1 : 0
                        ownerSlots += 1
                    }
                    if ownerSlots < count { claims.waitForHelper(downTo: ownerSlots) }
                })
            })
            let expected = (0..<count).map { $0 < ownerSlots ? 1 : 2 }
            let seen = (0..<count).map { takenBy[$0] }
            #expect(seen == expected, "batch \(batch) of \(count): owner took \(ownerSlots)")
            claims.help { _ in Issue.record("batch \(batch): a slot left to claim") }
            helpedSlots += count - ownerSlots
        }
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
