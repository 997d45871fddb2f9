/// `--rows PATH`: the dotted path, from `data`, of the rows of a tabular format (PRODUCT.md
/// §7), e.g. `orders.nodes`; a leading `data.` is allowed and a number indexes a list.
public struct RowPath: Sendable, Equatable, CustomStringConvertible {
    public let components: [String]

    public init(_ text: String) {
        var components = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if components.first == "data" { components.removeFirst() }
        self.components = components
    }

    public var description: String { components.joined(separator: ".") }
}

/// A `--rows` path that names nothing in the response.
public struct RowPathError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: RowPath
    /// The component that was not found.
    public let missing: String

    public var description: String { "--rows \(path): the response data has no \"\(missing)\" there." }
}

/// The rows of a response for the tabular formats (SEMANTICS.md §14.4): the first list of
/// objects in `data` depth first, or the value at a `RowPath`, else `data` as one row. Found by
/// scanning the response's bytes; each row is a byte range, read only when it is written.
struct ResponseRows {
    enum Location {
        /// The position of the `[` of the row list, and its path from `data`.
        case list(Int, path: [String])
        /// One value as the only row.
        case single(Range<Int>)
        /// No data: no rows.
        case none
    }

    let bytes: [UInt8]
    let location: Location
    /// The column of a row that is not an object (a list of scalars given by `--rows`).
    let scalarColumn: String

    init(_ bytes: [UInt8], path: RowPath?) throws(RowPathError) {
        self.bytes = bytes
        var scanner = JSONScanner(bytes)
        var dataStart: Int?
        scanner.forEachEntry { scanner, key in
            guard key == "data" else { return true }
            _ = scanner.peek()
            dataStart = scanner.position
            return false
        }
        scalarColumn = path?.components.last ?? "value"
        guard let dataStart else {
            location = .none
            return
        }
        if let path {
            location = try Self.follow(path, in: bytes, from: dataStart)
        } else {
            location = Self.firstObjectList(in: bytes, from: dataStart)
        }
    }

    /// Calls `body` with the byte range of each row, null rows included.
    func forEachRow(_ body: (Range<Int>) -> Void) {
        switch location {
        case .none: return
        case .single(let range): body(range)
        case .list(let start, _):
            var scanner = JSONScanner(bytes, position: start)
            scanner.forEachElement { scanner in
                body(scanner.skipValue())
                return true
            }
        }
    }

    private static func classify(_ scanner: inout JSONScanner, path: [String]) -> Location {
        switch scanner.peek() {
        case UInt8(ascii: "["): .list(scanner.position, path: path)
        case UInt8(ascii: "n"), nil: .none
        default: .single(scanner.skipValue())
        }
    }

    private static func follow(_ path: RowPath, in bytes: [UInt8], from start: Int) throws(RowPathError) -> Location {
        var scanner = JSONScanner(bytes, position: start)
        for component in path.components {
            var found = false
            switch scanner.peek() {
            case UInt8(ascii: "n"):
                return .none
            case UInt8(ascii: "{"):
                scanner.forEachEntry { _, key in
                    guard key == component else { return true }
                    found = true
                    return false
                }
            case UInt8(ascii: "["):
                if let index = Int(component), index >= 0 {
                    var position = 0
                    scanner.forEachElement { _ in
                        if position == index {
                            found = true
                            return false
                        }
                        position += 1
                        return true
                    }
                }
            default:
                break
            }
            if !found { throw RowPathError(path: path, missing: component) }
        }
        return classify(&scanner, path: path.components)
    }

    /// Depth first: the first list whose first non-null element is an object; failing that the
    /// first empty list (no rows); failing that `data` itself as one row.
    private static func firstObjectList(in bytes: [UInt8], from start: Int) -> Location {
        var scanner = JSONScanner(bytes, position: start)
        if scanner.peek() != UInt8(ascii: "{") { return classify(&scanner, path: []) }
        var firstEmpty: Location?
        if let list = search(&scanner, path: [], firstEmpty: &firstEmpty) { return list }
        if let firstEmpty { return firstEmpty }
        scanner.position = start
        return .single(scanner.skipValue())
    }

    private static func search(_ scanner: inout JSONScanner, path: [String], firstEmpty: inout Location?) -> Location? {
        switch scanner.peek() {
        case UInt8(ascii: "{"):
            var found: Location?
            scanner.forEachEntry { inner, key in
                found = search(&inner, path: path + [key], firstEmpty: &firstEmpty)
                return found == nil
            }
            return found
        case UInt8(ascii: "["):
            let start = scanner.position
            var probe = JSONScanner(scanner.bytes, position: start + 1)
            while probe.peek() == UInt8(ascii: "n") {
                probe.skipValue()
                _ = probe.consume(UInt8(ascii: ","))
            }
            switch probe.peek() {
            case UInt8(ascii: "{"): return .list(start, path: path)
            case UInt8(ascii: "]"): if firstEmpty == nil { firstEmpty = .list(start, path: path) }
            default: break
            }
            scanner.skipValue()
            return nil
        default:
            scanner.skipValue()
            return nil
        }
    }

    /// The columns the query gives the rows, for a list that has no rows to show them.
    func columnsWhenEmpty(_ columns: SelectionColumns?) -> [String]? {
        guard let columns, case .list(_, let path) = location else { return nil }
        return columns.columns(at: path)
    }
}
