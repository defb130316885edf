import Foundation

/// One thread of its own that runs part of a job while the caller runs the rest, for work split
/// inside a task that may already be running on a Dispatch worker: a `DispatchQueue.concurrentPerform`
/// nested in another (a call's lanes, `LaneScheduler`) runs its iterations one after the other on the
/// calling thread, so it cannot be used there. The thread waits on a semaphore between jobs and ends
/// when its owner is deinitialised. A hand-over costs two semaphore signals (tens of microseconds), so
/// give it jobs of a millisecond or more.
public final class HelperThread {
    /// What the thread reads: the job to run, nil to end. Written by the owner only while the thread waits
    /// on `start`; the semaphores order the accesses.
    private final class Mailbox: @unchecked Sendable {
        let start = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        var job: (() -> Void)?

        /// Runs the job, if there is one; its reference is dropped on return, before `done` is signalled
        /// (`withoutActuallyEscaping` checks that the job did not outlive `run`).
        func runJob() -> Bool {
            guard let job else { return false }
            job()
            return true
        }
    }

    private let mailbox = Mailbox()

    public init() {
        let mailbox = self.mailbox
        let thread = Thread {
            while true {
                mailbox.start.wait()
                guard mailbox.runJob() else { return }
                mailbox.done.signal()
            }
        }
        thread.name = "undertone-helper"
        thread.start()
    }

    deinit {
        mailbox.job = nil
        mailbox.start.signal()
    }

    /// Runs `helperPart` on the helper thread while `callerPart` runs on the calling thread; returns when
    /// both have finished. The two parts must not write the same memory unless they synchronise (as
    /// `PitchTracker`'s do through atomic claims).
    public func run(_ helperPart: () -> Void, alongside callerPart: () -> Void) {
        withoutActuallyEscaping(helperPart) { job in
            mailbox.job = job
            mailbox.start.signal()
            callerPart()
            mailbox.done.wait()
            mailbox.job = nil
        }
    }
}
