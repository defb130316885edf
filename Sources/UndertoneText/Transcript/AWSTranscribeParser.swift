import Foundation
import UndertoneCore

/// Reads Amazon Transcribe batch output JSON (`results.items`, `results.speaker_labels`,
/// `results.channel_labels`, `results.audio_segments`; times are strings of seconds).
///
/// When `audio_segments` is present it gives the segments. Otherwise the items are grouped: consecutive
/// words with the same label (an item's `speaker_label`, its speaker from `speaker_labels.segments`, or
/// its channel `ch_N` from `channel_labels`) form a segment, split after `.`, `?`, `!` and at pauses
/// longer than `maxPauseSeconds`. Punctuation items attach to the word before.
enum AWSTranscribeParser {
    static let maxPauseSeconds = 1.5

    private struct Document: Decodable {
        var results: Results
    }

    private struct Results: Decodable {
        var items: [Item]
        var speaker_labels: SpeakerLabels?
        var channel_labels: ChannelLabels?
        var audio_segments: [AudioSegment]?
    }

    private struct Item: Decodable {
        var id: Int?
        var type: String
        var start_time: FlexibleSeconds?
        var end_time: FlexibleSeconds?
        var alternatives: [Alternative]
        var speaker_label: String?
        var channel_label: String?
        var content: String { alternatives.first?.content ?? "" }
    }

    private struct Alternative: Decodable {
        var content: String
    }

    private struct SpeakerLabels: Decodable {
        var segments: [SpeakerSegment]
    }

    private struct SpeakerSegment: Decodable {
        var speaker_label: String
        var items: [LabelledItem]
    }

    private struct LabelledItem: Decodable {
        var start_time: FlexibleSeconds
    }

    private struct ChannelLabels: Decodable {
        var channels: [Channel]
    }

    private struct Channel: Decodable {
        var channel_label: String
        var items: [Item]
    }

    private struct AudioSegment: Decodable {
        var id: Int?
        var transcript: String
        var start_time: FlexibleSeconds
        var end_time: FlexibleSeconds
        var speaker_label: String?
        var channel_label: String?
        var items: [Int]?
    }

    static func parse(_ text: String, source: String) throws -> [LocatedSegment] {
        let results = try JSONTranscriptDecoding.decode(Document.self, from: text, source: source).results
        if let audioSegments = results.audio_segments, !audioSegments.isEmpty {
            return fromAudioSegments(audioSegments, items: results.items)
        }
        if let channels = results.channel_labels?.channels {
            return channels.flatMap { channel in
                group(channel.items.map { ($0, channel.channel_label) }, positionPrefix: "channel \(channel.channel_label) item")
            }
        }
        var speakerAt: [Double: String] = [:]
        for segment in results.speaker_labels?.segments ?? [] {
            for item in segment.items { speakerAt[item.start_time.value] = segment.speaker_label }
        }
        return group(results.items.map { item in
            (item, item.speaker_label ?? item.start_time.flatMap { speakerAt[$0.value] } ?? "")
        }, positionPrefix: "results.items")
    }

    private static func fromAudioSegments(_ segments: [AudioSegment], items: [Item]) -> [LocatedSegment] {
        var byID: [Int: Item] = [:]
        for item in items { if let id = item.id { byID[id] = item } }
        return segments.enumerated().map { index, segment in
            var words: [TranscriptWord]?
            if let ids = segment.items {
                var timed: [TranscriptWord] = []
                for id in ids {
                    guard let item = byID[id] else { continue }
                    if item.type == "punctuation" {
                        if !timed.isEmpty { timed[timed.count - 1].text += item.content } // AWS: punctuation follows its word
                    } else if let start = item.start_time, let end = item.end_time {
                        timed.append(TranscriptWord(text: item.content, startSeconds: start.value, endSeconds: end.value))
                    }
                }
                words = timed
            }
            return LocatedSegment(
                segment: TranscriptSegment(startSeconds: segment.start_time.value, endSeconds: segment.end_time.value,
                                           speaker: segment.speaker_label ?? segment.channel_label ?? "",
                                           text: segment.transcript, words: words),
                position: "results.audio_segments[\(index)]")
        }
    }

    /// Consecutive same-label words → segments (see the type's comment).
    private static func group(_ labelled: [(Item, String)], positionPrefix: String) -> [LocatedSegment] {
        var segments: [LocatedSegment] = []
        var current: (segment: TranscriptSegment, position: String)?
        func close() {
            if let done = current { segments.append(LocatedSegment(segment: done.segment, position: done.position)) }
            current = nil
        }
        for (index, (item, label)) in labelled.enumerated() {
            if item.type == "punctuation" {
                guard current != nil else { continue }
                current!.segment.text += item.content
                if let last = current!.segment.words?.indices.last { current!.segment.words![last].text += item.content }
                if [".", "?", "!"].contains(item.content) { close() }
                continue
            }
            guard let start = item.start_time?.value, let end = item.end_time?.value else { continue }
            if let open = current, open.segment.speaker != label || start - open.segment.endSeconds > maxPauseSeconds { close() }
            let word = TranscriptWord(text: item.content, startSeconds: start, endSeconds: end)
            if current == nil {
                current = (TranscriptSegment(startSeconds: start, endSeconds: end, speaker: label, text: item.content, words: [word]),
                           "\(positionPrefix)[\(index)]")
            } else {
                current!.segment.text += " " + item.content
                current!.segment.endSeconds = end
                current!.segment.words!.append(word)
            }
        }
        close()
        return segments
    }
}
