import UndertoneCore

/// The checks every transcript goes through, and the tolerances (docs/transcripts.md, "Bad transcripts").
///
/// Errors: a time (a segment's or a word's) that is negative or not finite; an end before its start; no
/// segment with text; a segment starting at or after the audio's end (wrong transcript for this call?).
/// Tolerated with a warning: segments with empty text (dropped); a segment of one speaker overlapping
/// that speaker's previous one (kept; recognisers do this at segment joins); a segment running past the
/// audio's end (clipped to it). Segments are sorted by start time (stable), silently.
enum TranscriptValidation {
    static func checkTimes(_ located: LocatedSegment, source: String) throws {
        let segment = located.segment
        try checkSpan(segment.startSeconds, segment.endSeconds, of: "the segment", source: source, position: located.position)
        // A word's own times, so a bad one in the middle of a sentence is named, not its sentence's first.
        for (index, word) in (segment.words ?? []).enumerated() {
            try checkSpan(word.startSeconds, word.endSeconds, of: "the word '\(word.text)'", source: source,
                          position: "\(located.position), word \(index + 1)")
        }
    }

    private static func checkSpan(_ startSeconds: Double, _ endSeconds: Double, of what: String,
                                  source: String, position: String) throws {
        guard startSeconds.isFinite, endSeconds.isFinite, startSeconds >= 0 else {
            throw InputError(source: source, position: position,
                             problem: "times must be finite seconds ≥ 0, got \(startSeconds) → \(endSeconds)")
        }
        guard endSeconds >= startSeconds else {
            throw InputError(source: source, position: position,
                             problem: "\(what) ends (\(endSeconds) s) before it starts (\(startSeconds) s)")
        }
    }

    /// Checks, drops empty segments, sorts; reports tolerated problems to `warn`.
    static func validate(_ located: [LocatedSegment], source: String,
                         warn: (TranscriptWarning) -> Void) throws -> [LocatedSegment] {
        for segment in located { try checkTimes(segment, source: source) }
        let withText = located.filter { !$0.segment.text.allSatisfy(\.isWhitespace) }
        if withText.count < located.count {
            warn(TranscriptWarning(source: source, position: nil,
                                   message: "skipped \(located.count - withText.count) segment(s) with no text"))
        }
        guard !withText.isEmpty else {
            throw InputError(source: source, problem: "the transcript has no segment with text")
        }
        let sorted = withText.enumerated().sorted {
            ($0.element.segment.startSeconds, $0.offset) < ($1.element.segment.startSeconds, $1.offset)
        }.map(\.element)
        var lastEnd: [String: Double] = [:]
        var overlaps = 0
        var firstOverlap: String?
        // A partial result is replaced by the next one (`SecondValenceAligner`): it neither overlaps nor is overlapped.
        for located in sorted where located.segment.isFinal {
            let speaker = located.segment.speaker
            if let end = lastEnd[speaker], located.segment.startSeconds < end - 0.001 {
                overlaps += 1
                firstOverlap = firstOverlap ?? located.position
            }
            lastEnd[speaker] = max(lastEnd[speaker] ?? 0, located.segment.endSeconds)
        }
        if overlaps > 0 {
            warn(TranscriptWarning(source: source, position: firstOverlap,
                                   message: "\(overlaps) segment(s) overlap the same speaker's previous segment; kept as they are"))
        }
        return sorted
    }

    /// Clips to an audio of `durationSeconds`. - Throws: `InputError` if a segment starts at or past the end.
    static func clip(_ segments: [TranscriptSegment], toDurationSeconds duration: Double, source: String,
                     warn: (TranscriptWarning) -> Void) throws -> [TranscriptSegment] {
        var clipped = 0
        let result = try segments.map { segment -> TranscriptSegment in
            guard segment.startSeconds < duration else {
                throw InputError(source: source, position: "at \(segment.startSeconds) s",
                                 problem: "a segment starts after the audio ends (\(duration) s); is this the transcript of another call?")
            }
            guard segment.endSeconds > duration else { return segment }
            clipped += 1
            var copy = segment
            copy.endSeconds = duration
            return copy
        }
        if clipped > 0 {
            warn(TranscriptWarning(source: source, position: nil,
                                   message: "\(clipped) segment(s) ran past the audio's end (\(duration) s) and were clipped"))
        }
        return result
    }
}
