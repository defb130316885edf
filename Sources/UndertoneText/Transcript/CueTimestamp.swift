import Foundation

/// Parses the timestamps of WebVTT (`hh:mm:ss.ttt` or `mm:ss.ttt`) and SRT (`hh:mm:ss,ttt`) cues.
enum CueTimestamp {
    /// Seconds, or nil if `text` is not a timestamp.
    static func seconds(_ text: Substring) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let secondsPart = parts.last!.replacingOccurrences(of: ",", with: ".")
        guard let seconds = Double(secondsPart), seconds >= 0, seconds < 60,
              secondsPart.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        var total = seconds
        var scale = 60.0
        for part in parts.dropLast().reversed() {
            guard let value = Int(part), value >= 0 else { return nil }
            total += Double(value) * scale
            scale *= 60
        }
        return total
    }

    /// `start --> end [settings]` → (start, end), or nil.
    static func range(_ line: Substring) -> (Double, Double)? {
        guard let arrow = line.range(of: "-->") else { return nil }
        let start = line[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
        let rest = line[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
        let end = rest.prefix(while: { !$0.isWhitespace })
        guard let startSeconds = seconds(Substring(start)), let endSeconds = seconds(end) else { return nil }
        return (startSeconds, endSeconds)
    }
}
