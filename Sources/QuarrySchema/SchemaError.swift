import QuarryLanguage

/// A problem in the schema files: which file, where, and what. Errors are data first (for
/// `/healthz` and `quarry check`) and text second.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the root (`schema/orders.graphql`).
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
