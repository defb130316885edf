import Foundation
import UndertoneCore
import UndertoneFusion
import UndertonePipeline

/// A file that warning events are written to as JSON Lines (`--events`).
struct EventFile {
    let writer: RecordWriter

    init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(problem: "\(path): cannot create the events file: \(String(cString: strerror(errno)))")
        }
        writer = RecordWriter(format: .jsonl, output: TextOutput(descriptor: descriptor))
    }
}

/// Writes fused records; warning events go inline in JSON Lines, and to the events file when given.
final class FusedRecordWriter: FusedCallSink {
    let records: RecordWriter
    let eventsFile: EventFile?

    init(records: RecordWriter, eventsFile: EventFile?) {
        self.records = records
        self.eventsFile = eventsFile
    }

    func receive(record: CallSecondRecord) throws { try records.write(record) }

    func receive(event: WarningEvent) throws {
        if records.format == .jsonl { try records.write(event) }
        try eventsFile?.writer.write(event)
    }
}
