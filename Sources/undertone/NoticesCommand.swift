import ArgumentParser
import UndertonePipeline
import UndertoneText

/// `undertone notices`: the licence notices of third-party data and code built into the binary, which
/// a binary distribution must carry (VADER's lexicon, Yams and LibYAML are MIT, OpenCC's character table
/// Apache-2.0: their notices go with every copy). The files and why each is there: `Sources/undertone/Resources/Notices/README.md`.
struct Notices: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the licences of third-party data and code built into this binary.",
        discussion: """
        VADER's lexicon (Hutto & Gilbert 2014) in the English sentiment lexicon, and Yams with LibYAML, \
        which read YAML, are under the MIT licence printed here; the table that reads Traditional Chinese \
        as Simplified is derived from OpenCC's dictionaries, under the Apache License 2.0 printed here. The \
        Swift runtime and \
        swift-argument-parser (Apache-2.0 with the Runtime Library Exception) need no notice. libsndfile, \
        libsoxr and FFTW are not built in: they are the system's shared libraries, under their own licences.
        """)

    func run() throws {
        try reportingErrors {
            let notices = Lexicon.builtInNotices + EmbeddedResources.licenceNotices
            let text = notices.map { "== \($0.path)\n\($0.text)" }.joined(separator: "\n")
            let output = TextOutput()   // a full disk or a closed pipe exits 74, as for the records
            try output.writeLine(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            try output.flush()
        }
    }
}
