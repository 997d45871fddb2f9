/// `--format table` (SEMANTICS.md §14.4): a header line of the columns, a dashed line, then
/// one aligned line per row; columns two spaces apart, sized by display width (CJK counts two),
/// numbers right-aligned, control characters escaped, and every line cut to `width` display
/// columns (the terminal's) with `…` when given.
enum TableOutput {
    static func write(_ rows: ResponseRows, width: Int?, whenEmpty: [String]?, to sink: ByteSink) {
        let columns = ColumnSurvey(rows: rows, measuring: true, whenEmpty: whenEmpty)
        guard !columns.names.isEmpty else { return }
        let widths = columns.widths
        func line(_ texts: [String], rightAligned: (Int) -> Bool) {
            var text = ""
            for (position, cell) in texts.enumerated() {
                if position > 0 { text += "  " }
                let padding = String(repeating: " ", count: max(0, widths[position] - DisplayWidth.of(cell)))
                text += rightAligned(position) ? padding + cell : cell + padding
            }
            while text.last == " " { text.removeLast() }
            sink.write(truncated(text, to: width).utf8)
            sink.write(byte: 0x0A)
        }
        line(columns.names.map(TableText.escaped)) { _ in false }
        line(widths.map { String(repeating: "-", count: $0) }) { _ in false }
        forEachRowOfCells(rows, columns) { cells in
            line(cells.map { TableText.escaped($0?.text ?? "") }) { columns.numeric[$0] }
        }
    }

    /// `text` cut to `width` display columns, its last column `…` when cut.
    static func truncated(_ text: String, to width: Int?) -> String {
        guard let width, width > 0, DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let scalarWidth = DisplayWidth.of(scalar)
            if used + scalarWidth > width - 1 { break }
            result.unicodeScalars.append(scalar)
            used += scalarWidth
        }
        return result + "…"
    }
}
