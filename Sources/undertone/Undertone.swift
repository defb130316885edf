import ArgumentParser
import Foundation
import UndertoneCore
import UndertonePipeline

/// The `undertone` command: thin commands over the Undertone modules.
@main
struct Undertone: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "undertone",
        abstract: "Listen to contact-centre calls: per-second, speaker-relative emotion signals and early warnings.",
        discussion: """
        Undertone reads call audio (WAV, FLAC, Ogg, Opus, MP3, or raw PCM / G.711 on stdin) and, optionally, \
        its transcript; measures each speaker's voice every 10 ms against that speaker's own baseline; and \
        prints one record per second per channel as JSON Lines, with warning events (blue, yellow, red = \
        take over) when the customer sounds dissatisfied, even behind polite words.

        Start with:
          undertone analyze call.wav --transcript call.vtt \\
              --speakers spk_0=agent,spk_1=customer

        Exit codes: 0 success, 64 usage error, 65 invalid input data, 66 input missing or unreadable, \
        70 internal error, 74 output could not be written.
        """,
        version: version,
        subcommands: [Analyze.self, Features.self, Pitch.self, Syllables.self, Sentiment.self, Notices.self])

    /// ArgumentParser's `main`, except that help and `--version` written to a closed or full stdout
    /// (`--help > /dev/full`) exit 74 like every other lost output, not 0.
    static func main() {
        do {
            try checkHelpTopics(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .success else { exit(withError: error) }
            do {
                let output = TextOutput()
                try output.writeLine(fullMessage(for: error))
                try output.flush()
            } catch {
                writeToStderr("undertone: \(error)\n")
                Foundation.exit(ExitStatus.outputError.rawValue)
            }
            Foundation.exit(0)
        }
    }

    /// `undertone help bogus` is a usage error (64) naming the unknown topic. ArgumentParser prints the
    /// main help and exits 0 for it, so a script with a typo in `help anlyze` would look as if it worked.
    static func checkHelpTopics(_ arguments: [String]) throws {
        guard arguments.first == "help" else { return }
        let topics = arguments.dropFirst().filter { !$0.hasPrefix("-") }
        if topics.first == "help" { return } // ArgumentParser's own `help help`
        var known: [ParsableCommand.Type] = configuration.subcommands
        var path = ["undertone"]
        for topic in topics {
            let names = known.map { $0._commandName }
            guard let index = names.firstIndex(of: topic) else {
                let listed = names.isEmpty ? "'\(path.joined(separator: " "))' has no subcommands"
                    : "topics: \(names.joined(separator: ", "))"
                throw ValidationError("no help topic '\(topic)' (\(listed))")
            }
            path.append(topic)
            known = known[index].configuration.subcommands
        }
    }

    /// ArgumentParser's usage errors start like every other error of ours (`undertone: …`), so a batch
    /// job can find them in a log by one prefix. (`_errorPrefix` is ArgumentParser's experimental hook.)
    static var _errorPrefix: String { "undertone: " }
}
