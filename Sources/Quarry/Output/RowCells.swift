/// One cell of a tabular row (SEMANTICS.md §14.4): a leaf of the row's JSON.
enum Cell {
    case null
    case string(String)
    /// A number, `true` or `false`: its JSON text.
    case literal(ArraySlice<UInt8>)
    /// A list, written as its JSON text.
    case list(ArraySlice<UInt8>)

    /// The text a table or CSV shows: strings as they are, null as nothing.
    var text: String {
        switch self {
        case .null: ""
        case .string(let text): text
        case .literal(let bytes), .list(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    var isNumber: Bool {
        guard case .literal(let bytes) = self, let first = bytes.first else { return false }
        return first != UInt8(ascii: "t") && first != UInt8(ascii: "f")
    }
}

/// The leaves of a row, depth first, with dotted paths for nested objects (`customer.name`);
/// lists are single cells. A row that is not an object is one cell named `scalarColumn`.
struct RowCells {
    let bytes: [UInt8]
    let scalarColumn: String

    func forEachCell(of row: Range<Int>, _ body: (String, Cell) -> Void) {
        var scanner = JSONScanner(bytes, position: row.lowerBound)
        if scanner.peek() == UInt8(ascii: "{") {
            object(&scanner, prefix: "", body)
        } else if scanner.peek() != UInt8(ascii: "n") {
            body(scalarColumn, leaf(&scanner))
        }
    }

    private func object(_ scanner: inout JSONScanner, prefix: String, _ body: (String, Cell) -> Void) {
        scanner.forEachEntry { scanner, key in
            let path = prefix.isEmpty ? key : prefix + "." + key
            if scanner.peek() == UInt8(ascii: "{") {
                object(&scanner, prefix: path, body)
            } else {
                body(path, leaf(&scanner))
            }
            return true
        }
    }

    private func leaf(_ scanner: inout JSONScanner) -> Cell {
        switch scanner.peek() {
        case UInt8(ascii: "\""): return .string(scanner.readString())
        case UInt8(ascii: "["): return .list(bytes[scanner.skipValue()])
        case UInt8(ascii: "n"), nil:
            scanner.skipValue()
            return .null
        default: return .literal(bytes[scanner.skipValue()])
        }
    }
}

/// The columns of all rows in first-seen order (SEMANTICS.md §14.4), found in a first pass so
/// that the header is complete before any row is written. A column that is always null and is
/// the prefix of others (`customer` null in one row, `customer.name` in another) is left out:
/// its nulls already show as empty `customer.*` cells.
struct ColumnSurvey {
    private(set) var names: [String] = []
    private var index: [String: Int] = [:]
    private var everNonNull: [Bool] = []
    /// The widest display width of each column, header included (only when `measuring`).
    private(set) var widths: [Int] = []
    /// Whether every non-null value of each column is a number (tables right-align those).
    private(set) var numeric: [Bool] = []
    let measuring: Bool

    /// `whenEmpty`: the columns to show when the rows give none (an empty list).
    init(rows: ResponseRows, measuring: Bool, whenEmpty: [String]? = nil) {
        self.measuring = measuring
        let cells = RowCells(bytes: rows.bytes, scalarColumn: rows.scalarColumn)
        rows.forEachRow { row in
            cells.forEachCell(of: row) { name, cell in add(name, cell) }
        }
        if names.isEmpty {
            for name in whenEmpty ?? [] { add(name, .null) }
        }
        dropNullPrefixes()
    }

    /// The position of each column by name, for the second pass.
    var positions: [String: Int] { index }

    private mutating func add(_ name: String, _ cell: Cell) {
        let position: Int
        if let known = index[name] {
            position = known
        } else {
            position = names.count
            index[name] = position
            names.append(name)
            everNonNull.append(false)
            numeric.append(true)
            widths.append(measuring ? DisplayWidth.of(TableText.escaped(name)) : 0)
        }
        if case .null = cell { return }
        everNonNull[position] = true
        if !cell.isNumber { numeric[position] = false }
        if measuring { widths[position] = max(widths[position], DisplayWidth.of(TableText.escaped(cell.text))) }
    }

    /// Drops the always-null prefix columns, putting the columns under each where it stood
    /// (`id, customer, total` then `customer.name` gives `id, customer.name, total`).
    private mutating func dropNullPrefixes() {
        let dropped = names.indices.filter { position in
            !everNonNull[position] && names.contains { $0.hasPrefix(names[position] + ".") }
        }
        guard !dropped.isEmpty else { return }
        var order: [Int] = []
        var placed = Set(dropped)
        for position in names.indices where !placed.contains(position) || dropped.contains(position) {
            if dropped.contains(position) {
                let prefix = names[position] + "."
                let under = names.indices.filter { !placed.contains($0) && names[$0].hasPrefix(prefix) }
                order += under
                placed.formUnion(under)
            } else {
                order.append(position)
                placed.insert(position)
            }
        }
        names = order.map { names[$0] }
        widths = order.map { widths[$0] }
        numeric = order.map { numeric[$0] }
        everNonNull = order.map { everNonNull[$0] }
        index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }
}

/// Runs the second pass: each row's cells in column order (nil for an absent column).
func forEachRowOfCells(_ rows: ResponseRows, _ columns: ColumnSurvey, _ body: ([Cell?]) -> Void) {
    let cells = RowCells(bytes: rows.bytes, scalarColumn: rows.scalarColumn)
    let positions = columns.positions
    var values = [Cell?](repeating: nil, count: columns.names.count)
    rows.forEachRow { row in
        for position in values.indices { values[position] = nil }
        cells.forEachCell(of: row) { name, cell in
            if let position = positions[name] { values[position] = cell }
        }
        body(values)
    }
}
