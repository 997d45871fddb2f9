/// A GraphQL error as the response carries it (spec §7.1.2 "Errors"): a message, the locations
/// of the nodes involved, the response path of a field error, and `extensions.code`. Errors are
/// data first; rendering is the response writer's job.
public struct GraphQLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var locations: [SourceLocation]
    /// The response path of a field error; nil for request errors.
    public var path: [PathComponent]?
    /// `extensions.code`, e.g. `GRAPHQL_VALIDATION_FAILED`.
    public var code: String?

    public init(message: String, locations: [SourceLocation] = [], path: [PathComponent]? = nil, code: String? = nil) {
        self.message = message
        self.locations = locations
        self.path = path
        self.code = code
    }

    /// `line:column: message` for the first location, as the command line prints it.
    public var description: String {
        guard let first = locations.first else { return message }
        return "\(first.line):\(first.column): \(message)"
    }
}

/// One step of a response path: a field's response key or a list index.
public enum PathComponent: Hashable, Sendable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): String(index)
        }
    }
}
