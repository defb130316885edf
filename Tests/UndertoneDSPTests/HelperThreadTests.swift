import Testing
import UndertoneCore

@Suite struct HelperThreadTests {
    /// Both parts run, each job's writes are seen by the caller when `run` returns, and the thread serves
    /// job after job (and ends with its owner, which the test process survives).
    @Test func runsBothPartsOfEveryJob() {
        let helper = HelperThread()
        var halves = [Int](repeating: 0, count: 2)
        halves.withUnsafeMutableBufferPointer { buffer in
            let pointer = buffer.baseAddress!
            for job in 1...200 {
                helper.run({ pointer[1] += job }, alongside: { pointer[0] += job })
            }
        }
        #expect(halves == [20100, 20100])
    }
}
