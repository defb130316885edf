import UndertoneCore
import UndertoneText

/// Puts a transcript's segments on the call's analysed channels (`roles`), and says on stderr what it
/// leaves out that the user may not expect (docs/transcripts.md, "Bad transcripts"):
/// - speakers mapped to `-`, and speakers whose role's channel was skipped, are left out as asked;
/// - on a one-channel call the customer's words score the `mixed` channel and the agent's are left out,
///   with a warning if that leaves nothing;
/// - a speaker that fits no channel (a stereo call's lone `mixed` speaker, an unknown channel label, no
///   label at all) is left out with a warning naming the `--speakers` mappings the call allows.
func placeSegments(_ segments: [TranscriptSegment], onto roles: [ChannelRole], into aligner: inout SecondValenceAligner,
                   transcript: String) {
    var unplacedSegmentsBySpeaker: [String: Int] = [:]
    var usedSegments = 0
    for var segment in segments where segment.role != .ignored {
        if roles == [.mixed] {
            if segment.role == .agent { continue }
            segment.role = .mixed
        }
        if let role = segment.role, roles.contains(role) {
            aligner.add(segment)
            usedSegments += 1
        } else if segment.role == nil || segment.role == .mixed {
            unplacedSegmentsBySpeaker[segment.speaker, default: 0] += 1
        }
    }
    let channels = roles.map(\.rawValue).joined(separator: ", ")
    for (speaker, count) in unplacedSegmentsBySpeaker.sorted(by: { $0.key < $1.key }) {
        let fix = speaker.isEmpty ? "map them, e.g. " + roles.map { "--speakers =\($0.rawValue)" }.joined(separator: " or ")
            : "map the speaker, e.g. " + roles.map { "--speakers \(speaker)=\($0.rawValue)" }.joined(separator: " or ")
        warnOnStderr("\(transcript): \(count) segment(s) of \(speaker.isEmpty ? "no speaker label" : "speaker '\(speaker)'") fit no "
                     + "channel of this call (\(channels)); their words are not used: \(fix)")
    }
    if usedSegments == 0, segments.contains(where: { $0.role != .ignored }), unplacedSegmentsBySpeaker.isEmpty {
        warnOnStderr("\(transcript): none of its segments belongs to an analysed channel (\(channels))"
                     + (roles == [.mixed] ? "; a one-channel call scores the customer's words, and these are all the agent's" : ""))
    }
}
