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
    FileHandle.standardError.write(Data("undertone: \(message)\n".utf8))
    Foundation.exit(status.rawValue)
}

/// A tolerated problem in the input, as one line on stderr ("undertone: warning: ..."); the run goes on.
func warnOnStderr(_ warning: String) {
    FileHandle.standardError.write(Data("undertone: warning: \(warning)\n".utf8))
}
