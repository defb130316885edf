import ArgumentParser
import Foundation
import UndertoneCore
import UndertonePipeline

/// Runs a command body and turns the errors a user can act on into one line on stderr and the
/// documented exit code (see `ExitStatus`).
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as InputError {
        fail(error.description, status: error.kind == .cannotOpen ? .cannotOpen : .badInput)
    } catch let error as UsageError {
        fail(error.description, status: .usage)
    } catch let error as OutputError {
        fail(error.description, status: .outputError)
    } catch let error as ExitCode {
        throw error
    } catch {
        fail("internal error, please report it: \(error)", status: .internalError)
    }
}

private func fail(_ message: String, status: ExitStatus) -> Never {
    writeToStderr("undertone: \(message)\n")
    Foundation.exit(status.rawValue)
}

/// A tolerated problem in the input, as one line on stderr ("undertone: warning: ..."); the run goes on.
func warnOnStderr(_ warning: String) {
    writeToStderr("undertone: warning: \(warning)\n")
}

/// Writes to stderr, ignoring a failure: a closed or full stderr (`2>&-`, `2>/dev/full`) must cost the
/// diagnostic only, never the records on stdout or the exit code (`FileHandle.write(_: Data)` traps there).
func writeToStderr(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
}
