import ArgumentParser
import Foundation
import UndertoneCore
import UndertonePipeline
import UndertoneText

/// `undertone sentiment`: scores one text per line of standard input, one JSON object per line out.
struct Sentiment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score the sentiment of one text per line of standard input.",
        discussion: """
            Prints one JSON object per input line, in order (an empty line scores as neutral). For \
            "Fine, thanks. Third time I'm calling about this.":
              {"valence":-0.4215,"label":"negative","politeness":0.643,"terms":[{"term":"third time","weight":-1.8}],"lang":"en"}
            valence is in [-1, 1]; label is negative at valence <= -0.05, positive at >= 0.55 in English \
            and >= 0.4 in Chinese (set on a tuning split: docs/accuracy.md), else neutral; politeness in \
            [0, 1) is scored apart from valence; terms are the words that drove the score, strongest first \
            (at most 8; a word said twice is listed once, with the weights it added summed); lang is the \
            language the line was scored in: --lang, or with --lang auto (the default) zh when it has at least \
            one Chinese character for every four Latin letters, else en. A line is scored under one language's \
            rules, and the other language's words count too, with their own lexicon's weights (服务很nice, \
            "so rude, 太差了"); in Chinese text an English word written with a capital is read as a name \
            (Joy为您服务, VIP), unless it negates. Traditional Chinese is read in Simplified characters (OpenCC's \
            character table), so terms are listed in Simplified; words the regions choose differently (網路 \
            for 网络) are not converted. Written Cantonese (a line with 唔, 冇, 咗, 嘅, 哋 …) is read in \
            Mandarin words (我唔滿意 as 我不满意, 有冇搞錯 as 有没有搞错), so its terms are listed in Mandarin.

            Examples:
              echo "Fine, thanks. Third time I'm calling about this." | undertone sentiment
              undertone sentiment --lang zh < reviews.txt > scores.jsonl
              undertone sentiment --lexicon my-terms.tsv --lexicon ~/HowNet/ < texts.txt
              echo "I have issued your refund." | undertone sentiment --speaker agent

            --speaker agent reads the lines as an agent says them: the service acts and waits a customer \
            names in complaint ("I want a refund", 我要投诉) are what an agent offers or reports ("I've issued \
            your refund", 您的投诉已受理) and count nothing, and "you" is the customer served, not someone \
            accused (docs/lexicon-format.md, the agent's lexicon). `undertone analyze` reads each transcript \
            segment as its speaker's role: the agent's segments so, the customer's and a mixed channel's as \
            a customer's.

            --lexicon adds a lexicon over the built-in one (later wins); the format is detected from the \
            path, or set it with --lexicon-format. `undertone analyze` takes the same --lang and --lexicon \
            for a call's transcript.
            """)

    @OptionGroup var scoring: TextScoringOptions

    @Option(help: "Whose words the lines are: customer (the default) or agent.")
    var speaker: SpeakerOption = .customer

    func run() throws {
        try reportingErrors {
            let analyzer = try scoring.analyzer(speakers: [speaker.role])
            let writer = RecordWriter(format: .jsonl, output: TextOutput())
            defer { try? writer.flush() }
            var lines = TextLineReader()
            // Scores already made go out before waiting for more input, so a live feed gets each line's
            // score at once and a file still gets full buffers.
            while let line = try lines.next(beforeWaiting: writer.flush) {
                try writer.write(analyzer.score(line, speaker: speaker.role))
            }
            try writer.flush()
        }
    }
}

/// `--speaker` values: the speaking roles a line of text can have.
enum SpeakerOption: String, ExpressibleByArgument, CaseIterable {
    case customer, agent
    var role: ChannelRole { self == .agent ? .agent : .customer }
}
