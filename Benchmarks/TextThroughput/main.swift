// Sentiment scoring throughput: texts per second on one core, release build.
//
//   swift build -c release --product undertone-text-bench
//   .build/release/undertone-text-bench [--data ../shared/data] [--out Benchmarks/results/sentiment_speed.json]
//
// Scores the airline tweets (English) and waimai reviews (Chinese) from the shared evaluation data,
// each set `repeats` times on one thread, and writes texts/s to a JSON results file.
import Foundation
import UndertoneText

func argument(_ name: String, default fallback: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}

/// The values of one column of an RFC 4180 CSV file (quoted fields may hold commas, quotes, newlines).
func texts(csv path: String, column: Int) throws -> [String] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var previousWasQuote = false
    for character in try String(contentsOfFile: path, encoding: .utf8) {
        if quoted {
            if character == "\"" { quoted = false; previousWasQuote = true } else { field.append(character) }
            continue
        }
        switch character {
        case "\"":
            if previousWasQuote { field.append("\"") }
            quoted = true
        case ",": row.append(field); field = ""
        case "\n", "\r\n": row.append(field); field = ""; rows.append(row); row = []
        default: field.append(character)
        }
        previousWasQuote = false
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows.dropFirst().compactMap { $0.count > column ? $0[column] : nil }
}

/// The texts of one column of `path`; exits with a message naming the file when it cannot be read.
func textsOrExit(csv path: String, column: Int) -> [String] {
    do {
        return try texts(csv: path, column: column)
    } catch {
        FileHandle.standardError.write(Data("undertone-text-bench: cannot read \(path): \(error.localizedDescription) (--data names the shared evaluation data folder)\n".utf8))
        exit(1)
    }
}

if CommandLine.arguments.contains("--help") || CommandLine.arguments.contains("-h") {
    print("usage: undertone-text-bench [--data ../shared/data] [--out Benchmarks/results/sentiment_speed.json]")
    print("Scores the airline tweets and waimai reviews of --data 5 times each on one thread; prints texts/s, writes --out.")
    exit(0)
}
let data = argument("--data", default: "../shared/data")
let out = argument("--out", default: "Benchmarks/results/sentiment_speed.json")
let repeats = 5
let sets: [(name: String, language: TextLanguage, texts: [String])] = [
    ("airline_tweets_en", .english, textsOrExit(csv: data + "/text/airline_tweets_dev.csv", column: 10)),
    ("waimai_reviews_zh", .chinese, textsOrExit(csv: data + "/text/waimai_10k.csv", column: 1)),
]
var results: [[String: Any]] = []
for set in sets {
    let analyzer = try SentimentAnalyzer(language: set.language)
    var checksum = 0.0
    for text in set.texts.prefix(500) { checksum += analyzer.score(text).valence }   // warm-up
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for _ in 0..<repeats {
            for text in set.texts { checksum += analyzer.score(text).valence }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let scored = set.texts.count * repeats
    let meanBytes = Double(set.texts.reduce(0) { $0 + $1.utf8.count }) / Double(set.texts.count)
    let perSecond = Double(scored) / seconds
    print("\(set.name): \(scored) texts (mean \(Int(meanBytes)) bytes) in \(String(format: "%.3f", seconds)) s = \(Int(perSecond)) texts/s (checksum \(checksum))")
    results.append(["set": set.name, "texts": scored, "mean_bytes": meanBytes, "seconds": seconds,
                    "texts_per_second": perSecond.rounded()])
}
let report: [String: Any] = [
    "benchmark": "undertone-text-bench: SentimentAnalyzer.score, one thread, release build",
    "goal_texts_per_second": 50_000,
    "date": ISO8601DateFormatter().string(from: Date()),
    "results": results,
]
let json = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
try json.write(to: URL(fileURLWithPath: out))
print("wrote \(out)")
