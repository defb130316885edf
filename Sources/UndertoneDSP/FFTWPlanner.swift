import CFFTW
import Foundation

/// The process-wide lock around FFTW's planner.
///
/// FFTW's planner (plan creation and destruction) is not thread-safe; executing a finished plan is
/// (FFTW manual §5.4, "Thread safety"). Every type that creates or destroys a plan does so inside
/// `FFTWPlanner.withLock`; `fftwf_execute*` runs without it.
enum FFTWPlanner {
    private static let lock = NSLock()

    static func withLock<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
