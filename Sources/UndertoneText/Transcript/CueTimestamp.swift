import Foundation

/// Parses the timestamps of WebVTT (`hh:mm:ss.ttt` or `mm:ss.ttt`) and SRT (`hh:mm:ss,ttt`) cues: hours
/// any count of digits, minutes and seconds below 60.
enum CueTimestamp {
    /// Seconds, or nil if `text` is not a timestamp.
    static func seconds(_ text: Substring) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let secondsPart = parts.last!.replacingOccurrences(of: ",", with: ".")
        guard let seconds = Double(secondsPart), seconds >= 0, seconds < 60,
              secondsPart.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        let wholeFields = parts.dropLast().map { field in
            field.allSatisfy { $0.isASCII && $0.isNumber } ? Int(field) : nil
        }
        // Minutes, the field before the seconds, are 00–59 in both formats (W3C WebVTT §4.2.1, SRT);
        // "00:99:06.000" is a typo, not 1 h 39 min.
        guard let minutes = wholeFields.last ?? nil, minutes < 60,
              let hours = wholeFields.count == 2 ? wholeFields[0] : 0 else { return nil }
        return Double(hours) * 3600 + Double(minutes) * 60 + seconds
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
