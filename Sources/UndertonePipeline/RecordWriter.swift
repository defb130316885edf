import UndertoneCore

/// Output formats of record streams.
public enum RecordFormat: String, Sendable, CaseIterable {
    /// One JSON object per line (the default: pipe-friendly, one `type` per record kind).
    case jsonl
    /// Comma-separated values with a header row; one file holds one record kind.
    case csv
}

/// Writes records in one `RecordFormat`. In CSV, the first record's field names make the header and
/// the `type` field is left out (a CSV file holds one kind of record).
public final class RecordWriter {
    public let format: RecordFormat
    private let output: TextOutput
    private var wroteHeader = false

    public init(format: RecordFormat, output: TextOutput) {
        self.format = format
        self.output = output
    }

    public func write(_ record: FieldRecord) throws {
        let fields = record.fields
        switch format {
        case .jsonl:
            try output.writeLine { FieldRendering.appendJSONObject(fields, to: &$0) }
        case .csv:
            if !wroteHeader {
                try output.writeLine { FieldRendering.appendCSVHeader(fields, omitting: "type", to: &$0) }
                wroteHeader = true
            }
            try output.writeLine { FieldRendering.appendCSVRow(fields, omitting: "type", to: &$0) }
        }
    }

    /// In CSV, writes the header of `prototype`'s fields now if no row has been written yet, so that an
    /// empty listing still has its header.
    public func writeHeaderIfNeeded(_ prototype: FieldRecord) throws {
        guard format == .csv, !wroteHeader else { return }
        try output.writeLine(FieldRendering.csvHeader(prototype.fields.filter { $0.name != "type" }))
        wroteHeader = true
    }

    /// A summary: as a `# …` comment line in CSV, as a record in JSON Lines.
    public func writeSummary(_ record: FieldRecord, csvComment: String) throws {
        switch format {
        case .jsonl: try output.writeLine(FieldRendering.jsonObject(record.fields))
        case .csv: try output.writeLine(csvComment)
        }
    }

    public func flush() throws { try output.flush() }
}
