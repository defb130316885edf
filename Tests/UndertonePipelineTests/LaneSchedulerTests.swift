import Foundation
import Synchronization
import Testing
@testable import UndertonePipeline

@Suite struct LaneSchedulerTests {
    /// Runs `taskCount` tasks and returns how often each ran and whether any ran off the calling thread.
    func run(threads: Int, taskCount: Int, samples: Int) -> (runs: [Int], offThread: Bool) {
        let scheduler = LaneScheduler(threads: threads, minimumParallelSamples: 800)
        let runs = Mutex([Int](repeating: 0, count: taskCount))
        let offThread = Mutex(false)
        let caller = pthread_self()
        scheduler.run(taskCount: taskCount, samples: samples) { task in
            runs.withLock { $0[task] += 1 }
            if pthread_equal(pthread_self(), caller) == 0 { offThread.withLock { $0 = true } }
        }
        return (runs.withLock { $0 }, offThread.withLock { $0 })
    }

    @Test(arguments: [1, 2, 3], [1, 2, 4, 5])
    func runsEveryTaskOnce(threads: Int, taskCount: Int) {
        #expect(run(threads: threads, taskCount: taskCount, samples: 8000).runs == Array(repeating: 1, count: taskCount))
    }

    @Test func shortBlocksAndOneThreadStayOnTheCallingThread() {
        #expect(!run(threads: 4, taskCount: 4, samples: 799).offThread)
        #expect(!run(threads: 1, taskCount: 4, samples: 8000).offThread)
    }
}
