/// The output formats of `quarry query`, `quarry run` and `/queries/NAME?format=` (PRODUCT.md
/// §7, SEMANTICS.md §14.4, §15.5).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// The whole response.
    case json
    /// The rows as an aligned text table.
    case table
    /// The rows as RFC 4180 CSV with a header row.
    case csv
    /// The rows as one JSON object per line.
    case ndjson

    /// Whether the format shows rows rather than the response (its errors then go elsewhere:
    /// stderr, §15.4).
    public var isTabular: Bool { self != .json }

    /// The media type the server answers with.
    public var contentType: String {
        switch self {
        case .json: "application/json"
        case .table: "text/plain; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .ndjson: "application/x-ndjson"
        }
    }
}

/// How a response is written.
public struct OutputOptions: Sendable {
    /// JSON indented (a terminal) or compact (piped).
    public var prettyJSON: Bool
    /// Cut table lines to this many display columns (a terminal's width); nil: never.
    public var width: Int?
    /// Where the rows are (`--rows`); nil: the first list of objects in `data`.
    public var rows: RowPath?
    /// The query's columns, so that CSV and tables print a header for an empty list.
    public var columns: SelectionColumns?

    public init(prettyJSON: Bool = false, width: Int? = nil, rows: RowPath? = nil, columns: SelectionColumns? = nil) {
        self.prettyJSON = prettyJSON
        self.width = width
        self.rows = rows
        self.columns = columns
    }
}

/// Writes a response (its JSON bytes) in a format, row by row, without building its tree.
public enum ResponseOutput {
    /// Throws when `options.rows` names nothing in the response.
    public static func write(_ json: [UInt8], as format: OutputFormat, options: OutputOptions = OutputOptions(),
                             to sink: ByteSink) throws(RowPathError) {
        if format == .json {
            if options.prettyJSON { PrettyJSON.write(json, to: sink) } else { sink.write(json) }
            sink.write(byte: 0x0A)
            return
        }
        let rows = try ResponseRows(json, path: options.rows)
        switch format {
        case .json: break
        case .csv: CSVOutput.write(rows, whenEmpty: rows.columnsWhenEmpty(options.columns), to: sink)
        case .table: TableOutput.write(rows, width: options.width, whenEmpty: rows.columnsWhenEmpty(options.columns), to: sink)
        case .ndjson:
            rows.forEachRow { row in
                sink.write(json[row])
                sink.write(byte: 0x0A)
            }
        }
    }

    /// The formatted bytes, for callers that answer in one piece (the server).
    public static func bytes(_ json: [UInt8], as format: OutputFormat, options: OutputOptions = OutputOptions())
        throws(RowPathError) -> [UInt8] {
        try ByteSink.collect { sink throws(RowPathError) in try write(json, as: format, options: options, to: sink) }
    }
}
