import UndertoneCore

/// Text sentiment of one role over one second of the call: the `valence` the fusion stage reads.
public struct SecondValence: Sendable, Equatable, FieldRecord {
    /// Where the second's value came from.
    public enum Source: String, Sendable {
        /// A segment of this role overlaps the second.
        case speech
        /// No segment overlaps; an earlier segment's value, decayed (see `SecondValenceAligner`).
        case carryOver = "carry_over"
        /// Nothing reaches this second: valence and politeness are nil.
        case none
    }

    /// Start of the second, in seconds from the start of the call.
    public var timeSeconds: Int
    public var role: ChannelRole
    /// In [−1, 1]; nil when `source == .none`.
    public var valence: Double?
    /// In [0, 1); nil when `source == .none`.
    public var politeness: Double?
    public var source: Source
    /// The terms that drove the segment(s) behind this value, strongest first.
    public var terms: [String]

    public init(timeSeconds: Int, role: ChannelRole, valence: Double?, politeness: Double?, source: Source, terms: [String]) {
        self.timeSeconds = timeSeconds
        self.role = role
        self.valence = valence
        self.politeness = politeness
        self.source = source
        self.terms = terms
    }

    public var fields: [Field] {
        [
            Field("type", .string("text_valence")),
            Field("time_s", .integer(timeSeconds)),
            Field("channel", .string(role.rawValue)),
            Field("valence", .optionalNumber(valence, decimals: 3)),
            Field("politeness", .optionalNumber(politeness, decimals: 3)),
            Field("source", .string(source.rawValue)),
            Field("terms", .array(terms.map { .string($0) })),
        ]
    }
}

/// Turns transcript segments, as they arrive, into per-second, per-role valence.
///
/// Each segment is read as its role speaks it (`SentimentAnalyzer.score(_:speaker:)`): an agent's with the agent's
/// lexicon, in which a refund or an escalation offered is no complaint (text round 52).
///
/// A segment with word timings is scored sentence by sentence, each sentence placed on the time its
/// words span (`TimedSentences`); the rules below then apply to those sentences.
///
/// Carry-over (docs/transcripts.md): a second overlapped by segments of a role gets the mean of their
/// valences (and politeness) weighted by overlap; a zero-length segment counts in the second it falls
/// in. A second with no segment of that role takes the latest segment that ended before it, decayed
/// linearly to zero over `carryOverSeconds` (measured from the segment's end to the second's centre),
/// because a complaint colours the silence after it; after that the second has no value.
///
/// Incremental: `add` segments in any order; `advance(toSeconds:)` promises that every segment starting
/// before that time has been added, and returns the seconds that are now complete, once, in time order,
/// all `roles` per second. Emitted seconds are never revised. A partial result (`isFinal == false`)
/// counts until the next result of the same speaker replaces it. `finish(atSeconds:)` ends the call.
/// Batch (all segments, then `finish`) and live (interleaved) give the same records.
public struct SecondValenceAligner: Sendable {
    public let roles: [ChannelRole]
    public let carryOverSeconds: Double
    private let analyzer: SentimentAnalyzer
    private var segments: [Scored] = []
    private var partialIndexBySpeaker: [String: Int] = [:]
    private(set) public var nextSecond = 0
    /// Segments added after the seconds they start in had been emitted (their earlier part was lost).
    private(set) public var lateSegments = 0

    /// One added segment: its role and its scored pieces (its sentences when it has word timings,
    /// else the whole segment; see `TimedSentences`).
    private struct Scored: Sendable {
        var role: ChannelRole
        var pieces: [Piece]
        /// The latest end of its pieces.
        var endSeconds: Double

        init(role: ChannelRole, pieces: [Piece]) {
            self.role = role
            self.pieces = pieces
            endSeconds = pieces.map(\.endSeconds).max() ?? -.infinity
        }
    }

    private struct Piece: Sendable {
        var startSeconds: Double
        var endSeconds: Double
        var score: SentimentScore
    }

    /// - Parameters:
    ///   - roles: the call's speaking roles, in output order (e.g. `[.customer, .agent]`).
    ///   - carryOverSeconds: how long a segment's value fades after it ends (default 5 s).
    public init(analyzer: SentimentAnalyzer, roles: [ChannelRole], carryOverSeconds: Double = 5) {
        precondition(carryOverSeconds >= 0, "carryOverSeconds must be ≥ 0")
        self.analyzer = analyzer
        self.roles = roles.filter { $0 != .ignored }
        self.carryOverSeconds = carryOverSeconds
    }

    /// Scores and keeps a segment; segments of roles not in `roles` (or without a role) are ignored.
    public mutating func add(_ segment: TranscriptSegment) {
        guard let role = segment.role, roles.contains(role) else { return }
        if segment.startSeconds < Double(nextSecond) { lateSegments += 1 }
        let scored = Scored(role: role, pieces: TimedSentences.split(segment).map {
            Piece(startSeconds: $0.startSeconds, endSeconds: $0.endSeconds, score: analyzer.score($0.text, speaker: role))
        })
        if let pending = partialIndexBySpeaker.removeValue(forKey: segment.speaker) {
            segments[pending] = scored
            if !segment.isFinal { partialIndexBySpeaker[segment.speaker] = pending }
        } else {
            segments.append(scored)
            if !segment.isFinal { partialIndexBySpeaker[segment.speaker] = segments.count - 1 }
        }
    }

    /// Emits every second `s` with `s + 1 ≤ watermarkSeconds` not emitted yet.
    public mutating func advance(toSeconds watermarkSeconds: Double) -> [SecondValence] {
        let end = Int((watermarkSeconds + 1e-9).rounded(.down))
        var output: [SecondValence] = []
        while nextSecond < end {
            for role in roles { output.append(value(second: nextSecond, role: role)) }
            nextSecond += 1
        }
        prune()
        return output
    }

    /// Emits the remaining seconds up to `atSeconds` (the call's length; a last partial second counts).
    public mutating func finish(atSeconds endSeconds: Double) -> [SecondValence] {
        advance(toSeconds: endSeconds.rounded(.up))
    }

    private func value(second: Int, role: ChannelRole) -> SecondValence {
        let from = Double(second)
        let to = from + 1
        var weight = 0.0
        var valence = 0.0
        var politeness = 0.0
        var terms: [DrivingTerm] = []
        var latestEnded: Piece?
        for piece in segments.lazy.filter({ $0.role == role }).flatMap(\.pieces) {
            let overlap = piece.endSeconds > piece.startSeconds
                ? min(to, piece.endSeconds) - max(from, piece.startSeconds)
                : (piece.startSeconds >= from && piece.startSeconds < to ? 1 : 0)
            if overlap > 0 {
                weight += overlap
                valence += overlap * piece.score.valence
                politeness += overlap * piece.score.politeness
                terms += piece.score.terms
            } else if piece.endSeconds <= from, piece.endSeconds >= (latestEnded?.endSeconds ?? -.infinity) {
                latestEnded = piece
            }
        }
        if weight > 0 {
            return SecondValence(timeSeconds: second, role: role, valence: valence / weight, politeness: politeness / weight,
                                 source: .speech, terms: Self.strongest(terms))
        }
        if let latestEnded, carryOverSeconds > 0 {
            let age = from + 0.5 - latestEnded.endSeconds
            if age < carryOverSeconds {
                let fade = 1 - age / carryOverSeconds
                return SecondValence(timeSeconds: second, role: role, valence: latestEnded.score.valence * fade,
                                     politeness: latestEnded.score.politeness * fade, source: .carryOver,
                                     terms: Self.strongest(latestEnded.score.terms))
            }
        }
        return SecondValence(timeSeconds: second, role: role, valence: nil, politeness: nil, source: .none, terms: [])
    }

    private static func strongest(_ terms: [DrivingTerm]) -> [String] {
        var seen: [String] = []
        for term in terms.sorted(by: { abs($0.weight) > abs($1.weight) }) where !seen.contains(term.term) {
            seen.append(term.term)
            if seen.count == LexiconScorer.maxTerms { break }
        }
        return seen
    }

    /// Drops segments that can no longer reach an unemitted second, neither by overlap nor by carry-over
    /// (pending partials stay: they will be replaced).
    private mutating func prune() {
        let horizon = Double(nextSecond) - carryOverSeconds - 1
        guard segments.contains(where: { $0.endSeconds < horizon }) else { return }
        let pending = Set(partialIndexBySpeaker.values)
        var remap: [Int: Int] = [:]
        var kept: [Scored] = []
        for (index, segment) in segments.enumerated() where segment.endSeconds >= horizon || pending.contains(index) {
            remap[index] = kept.count
            kept.append(segment)
        }
        segments = kept
        partialIndexBySpeaker = partialIndexBySpeaker.compactMapValues { remap[$0] }
    }
}
