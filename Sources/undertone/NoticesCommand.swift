import ArgumentParser
import UndertoneText

/// `undertone notices`: the licence notices of third-party data built into the binary, which a binary
/// distribution must carry (VADER's lexicon is MIT: its notice goes with every copy).
struct Notices: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the licences of third-party data built into this binary.",
        discussion: """
        The English lexicon includes VADER's (Hutto & Gilbert 2014), under the MIT licence printed here. \
        Everything else built in was written by the Undertone team.
        """)

    func run() throws {
        print(Lexicon.builtInNotices, terminator: "")
    }
}
