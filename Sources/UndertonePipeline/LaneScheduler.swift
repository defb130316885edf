import Dispatch
import Synchronization

/// Runs the lanes of a call's channels (`ChannelAnalyzer.Lane`) on one block of samples: one after the
/// other, or at once on up to `threads` threads.
///
/// Lanes share nothing until `ChannelAnalyzer.mergeLanes` but the pitch autocorrelations a level lane
/// computes for its channel's pitch lane through lock-free claims (`PitchBatchClaims`), which give the
/// same bits on any thread, so the output is the same either way; only the wall time changes. A block
/// shorter than `minimumParallelSamples` runs on the calling thread: handing a few milliseconds of
/// audio to another thread costs more than it saves, so a live stream pushed in 20 ms packets runs
/// serially and a file read in large blocks runs in parallel.
public struct LaneScheduler: Sendable {
    /// Threads to use at most; 1 runs every lane on the calling thread.
    public let threads: Int
    /// Blocks shorter than this run serially.
    public let minimumParallelSamples: Int

    public init(threads: Int, minimumParallelSamples: Int) {
        precondition(threads >= 1, "at least one thread")
        self.threads = threads
        self.minimumParallelSamples = minimumParallelSamples
    }

    /// Calls `body(task)` once for every task in `0..<taskCount`, serially or spread over the threads;
    /// each thread takes the next task not yet taken, so put the longest tasks first.
    func run(taskCount: Int, samples: Int, _ body: (Int) -> Void) {
        let width = min(threads, taskCount)
        guard width > 1, samples >= minimumParallelSamples else {
            for task in 0..<taskCount { body(task) }
            return
        }
        withoutActuallyEscaping(body) { body in
            // Each task touches only its own lane's state (see `ChannelAnalyzer.run(_:on:)`) and pitch
            // autocorrelations through `PitchBatchClaims`; the callers' shared inputs are read, not
            // written, while the tasks run.
            nonisolated(unsafe) let task = body
            let next = Atomic(0)
            DispatchQueue.concurrentPerform(iterations: width) { _ in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < taskCount else { return }
                    task(index)
                }
            }
        }
    }
}
