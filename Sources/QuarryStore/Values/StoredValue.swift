import QuarrySchema

/// A value of a document, typed by the schema (PRODUCT.md §3, SEMANTICS.md §1.2): one compact
/// enum, no `Any`, no class per value. A bad or missing value is `.null`.
public enum StoredValue: Sendable, Hashable {
    case null
    case boolean(Bool)
    case int(Int32)
    case float(Double)
    /// `String`, `ID` and custom scalars: the text as written.
    case string(String)
    case decimal(DecimalValue)
    case date(DateValue)
    case dateTime(DateTimeValue)
    /// The index of the value in its enum type's `enumValues` (declaration order, which is also
    /// the sort order, SEMANTICS.md §4.2).
    case enumValue(Int32)
    /// A `@ref`: the id of the referenced document, resolved through the target collection's
    /// index when read, so a reload of the target never touches this document.
    case reference(String)
    case list([StoredValue])
    /// An embedded object: its stored fields in the order of its type's `FieldLayout`.
    case object([StoredValue])

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// One document of a collection.
public struct StoredDocument: Sendable {
    /// The document's id: its `id` value, or its path without extension (PRODUCT.md §3).
    public var id: String
    /// The stored fields in the order of the type's `FieldLayout`.
    public var values: [StoredValue]
    /// The file it was read from, relative to the root, and the line where it starts.
    public var file: String
    public var line: Int32

    public init(id: String, values: [StoredValue], file: String, line: Int32) {
        self.id = id
        self.values = values
        self.file = file
        self.line = line
    }
}
