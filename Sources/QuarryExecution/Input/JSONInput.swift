import QuarryStore

extension JSONValue {
    /// Parses JSON text (variables, request bodies) with the store's strict JSON reader.
    public static func parse(_ bytes: [UInt8]) throws(ReadError) -> JSONValue {
        let tape = try JSONReader.read(bytes)
        guard let root = tape.documents.first else { return .null }
        return JSONValue(tape, root)
    }

    private init(_ tape: DataTape, _ node: DataTape.Node) {
        switch tape.kind(node) {
        case .null: self = .null
        case .sequence: self = .array(tape.elements(node).map { JSONValue(tape, $0) })
        case .mapping: self = .object(tape.entries(node).map { (key: tape.text($0.key), value: JSONValue(tape, $0.value)) })
        case .scalar:
            switch tape.style(node) {
            case .trueLiteral: self = .bool(true)
            case .falseLiteral: self = .bool(false)
            case .number: self = .number(tape.text(node))
            default: self = .string(tape.text(node))
            }
        }
    }
}
