import Foundation
import UndertoneAudio

/// Shows how far a long file has got, on stderr, when stderr is a terminal; silent in pipes and CI.
final class ProgressReporter {
    private let source: AudioSource
    private let enabled: Bool
    private var lastShown = Date.distantPast

    init(source: AudioSource) {
        self.source = source
        enabled = isatty(STDERR_FILENO) != 0
    }

    func update(framesRead: Int) {
        guard enabled, Date().timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = Date()
        let rate = Double(source.format.sampleRateHz)
        var line = "\r\(source.name): \(clock(Double(framesRead) / rate))"
        if let total = source.format.declaredFrames, total > 0 {
            line += " of \(clock(Double(total) / rate)) (\(100 * framesRead / total)%)"
        }
        writeToStderr(line)
    }

    func finish() {
        guard enabled, lastShown != .distantPast else { return }
        writeToStderr("\r\u{1B}[K")
    }

    private func clock(_ seconds: Double) -> String {
        let whole = Int(seconds)
        return String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
    }
}
