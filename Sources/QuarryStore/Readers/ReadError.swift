/// A file that the YAML or JSON reader cannot turn into a tape: what is wrong and where.
///
/// The message is plain text without a prefix (`mapping values are not allowed in this context`,
/// `trailing comma before ']'`); the store adds the file name (`FILE:LINE:COL: message`). For
/// YAML syntax errors the message is libyaml's own wording, so it stays the same across releases
/// of the reader.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    /// 1-based line and column (in code points) of the first character that cannot be read.
    public let location: DataLocation

    public init(message: String, location: DataLocation) {
        self.message = message
        self.location = location
    }

    /// `LINE:COL: message`.
    public var description: String { "\(location): \(message)" }
}

/// Limits that keep hostile input from costing unbounded time, memory or stack (issue 4, item 7).
public struct ReadLimits: Sendable, Hashable {
    /// The most sequences and mappings open at once (`[[1]]` is two; aliases' copies count
    /// where they land). Deeper input is an error at the bracket or key that goes too deep.
    public var maxDepth: Int
    /// YAML aliases are expanded into copies of the anchored value. The copies of one file may
    /// add at most `max(aliasNodeFloor, aliasNodeRatio × nodes written in the file)` nodes, so a
    /// "billion laughs" file fails fast and memory stays a small multiple of the file.
    public var aliasNodeFloor: Int
    public var aliasNodeRatio: Int

    public init(maxDepth: Int = 512, aliasNodeFloor: Int = 100_000, aliasNodeRatio: Int = 10) {
        self.maxDepth = max(1, maxDepth)
        self.aliasNodeFloor = max(0, aliasNodeFloor)
        self.aliasNodeRatio = max(0, aliasNodeRatio)
    }

    public static let standard = ReadLimits()
}
