/// `--format csv` (SEMANTICS.md §14.4): RFC 4180, a header row of the columns then one record
/// per row, CRLF line ends; a field with a comma, a quote, CR or LF is quoted with quotes
/// doubled; null is an empty field and an empty string `""`, so the two stay distinct.
enum CSVOutput {
    static func write(_ rows: ResponseRows, whenEmpty: [String]?, to sink: ByteSink) {
        let columns = ColumnSurvey(rows: rows, measuring: false, whenEmpty: whenEmpty)
        guard !columns.names.isEmpty else { return }
        for (position, name) in columns.names.enumerated() {
            if position > 0 { sink.write(byte: UInt8(ascii: ",")) }
            field(name, to: sink)
        }
        sink.write("\r\n".utf8)
        forEachRowOfCells(rows, columns) { cells in
            for (position, cell) in cells.enumerated() {
                if position > 0 { sink.write(byte: UInt8(ascii: ",")) }
                switch cell {
                case .none, .null?: break
                case .string(let text)?: text.isEmpty ? sink.write("\"\"".utf8) : field(text, to: sink)
                case .literal(let bytes)?: sink.write(bytes)
                case .list(let bytes)?: field(String(decoding: bytes, as: UTF8.self), to: sink)
                }
            }
            sink.write("\r\n".utf8)
        }
    }

    private static func field(_ text: String, to sink: ByteSink) {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return sink.write(text.utf8) }
        sink.write(byte: UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { sink.write(byte: byte) }
            sink.write(byte: byte)
        }
        sink.write(byte: UInt8(ascii: "\""))
    }
}
