import Foundation
import UndertoneCore
import UndertoneFusion
import UndertonePipeline

/// A file that warning events are written to as JSON Lines (`--events`), each as soon as it is raised
/// (a supervisor may be following the file).
struct EventFile {
    let writer: RecordWriter

    init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(problem: "\(path): cannot create the events file: \(String(cString: strerror(errno)))")
        }
        writer = RecordWriter(format: .jsonl, output: TextOutput(descriptor: descriptor, name: path, flushesEachLine: true))
    }
}

/// Writes fused records; warning events go inline in JSON Lines, and to the events file when given. A
/// CSV has no place for events: without an events file the first one is announced on stderr, so a red
/// warning is not lost without a word.
final class FusedRecordWriter: FusedCallSink {
    let records: RecordWriter
    let eventsFile: EventFile?
    private var announcedDroppedEvents = false

    init(records: RecordWriter, eventsFile: EventFile?) {
        self.records = records
        self.eventsFile = eventsFile
    }

    func receive(record: CallSecondRecord) throws { try records.write(record) }

    func receive(event: WarningEvent) throws {
        if records.format == .jsonl { try records.write(event) }
        try eventsFile?.writer.write(event)
        if records.format != .jsonl, eventsFile == nil, !announcedDroppedEvents {
            announcedDroppedEvents = true
            warnOnStderr("warning events are raised (first: \(event.level.name) at \(event.timeSeconds) s, \(event.role.rawValue), "
                         + "\(event.reason.rawValue)) but a CSV holds records only; add --events FILE to keep them")
        }
    }
}
