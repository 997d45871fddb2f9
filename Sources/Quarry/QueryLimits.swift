import QuarryLanguage

/// What one request's document may cost before it is refused (SEMANTICS.md §10.10, §15.5).
/// The defaults never refuse an ordinary query; over a limit the request gets errors and no
/// `data`, with the stable codes `QUERY_TOO_LARGE` (text, tokens) and `QUERY_TOO_COMPLEX`
/// (nesting, field selections).
public struct QueryLimits: Sendable, Hashable {
    /// Bytes of query text (UTF-8).
    public var maxQueryBytes: Int
    /// Lexical tokens (the parser stops counting there, so a huge document costs little).
    public var maxTokens: Int
    /// Nesting of fields, fragments expanded: `{ a { b } }` is 2 deep.
    public var maxDepth: Int
    /// Field selections, aliases included and each fragment counted once per spread.
    public var maxFields: Int
    /// `__schema` and `__type` are answered.
    public var introspection: Bool

    public init(maxQueryBytes: Int = 1 << 20, maxTokens: Int = 500_000, maxDepth: Int = 64, maxFields: Int = 10_000,
                introspection: Bool = true) {
        self.maxQueryBytes = maxQueryBytes
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
        self.maxFields = maxFields
        self.introspection = introspection
    }

    /// No limit beyond the parser's own.
    public static let none = QueryLimits(maxQueryBytes: .max, maxTokens: 1_000_000, maxDepth: .max, maxFields: .max)

    /// The error refusing `source`, or nil when it is within these limits. A document that does
    /// not parse for another reason passes: the engine reports its syntax error.
    public func refusal(of source: Source) -> GraphQLError? {
        if source.bytes.count > maxQueryBytes {
            return GraphQLError(message: "Query text is \(source.bytes.count) bytes, more than the limit of \(maxQueryBytes).",
                                code: "QUERY_TOO_LARGE")
        }
        let document: Document
        do {
            // The parser's own nesting limit (128) stays: it guards the stack, not the cost.
            document = try parse(source, options: ParseOptions(maxTokens: maxTokens))
        } catch {
            return Self.limitRefusal(error)
        }
        return DocumentCost(document).refusal(under: self, in: source)
    }

    /// The parser's limits are limits too: a document cut off by them is refused with a limit's
    /// code, not as a syntax error.
    private static func limitRefusal(_ error: SyntaxError) -> GraphQLError? {
        let location = [error.source.location(at: error.offset)]
        if error.message.hasPrefix("Document contains more than") {
            return GraphQLError(message: error.message, locations: location, code: "QUERY_TOO_LARGE")
        }
        if error.message.hasPrefix("Document is nested more than") {
            return GraphQLError(message: error.message, locations: location, code: "QUERY_TOO_COMPLEX")
        }
        return nil
    }
}

/// The cost of a parsed document in one walk: its deepest field nesting and its field selections
/// with fragments expanded (each fragment walked once, its cost reused at every spread, so a
/// fan-out of spreads is counted, saturating, without being expanded), and where it asks for
/// introspection.
struct DocumentCost {
    private(set) var depth = 0
    private(set) var fields = 0
    private(set) var introspection: SourceRange?
    private let fragments: [String: FragmentDefinition]
    private var fragmentCosts: [String: (depth: Int, fields: Int)] = [:]
    private var visiting: Set<String> = []

    init(_ document: Document) {
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
        for case .operation(let operation) in document.definitions {
            let cost = measure(operation.selectionSet)
            depth = max(depth, cost.depth)
            fields = fields.addingSaturating(cost.fields)
        }
    }

    func refusal(under limits: QueryLimits, in source: Source) -> GraphQLError? {
        if depth > limits.maxDepth {
            return GraphQLError(message: "Query is nested \(depth) fields deep, more than the limit of \(limits.maxDepth).",
                                code: "QUERY_TOO_COMPLEX")
        }
        if fields > limits.maxFields {
            let count = fields == .max ? "too many" : String(fields)
            return GraphQLError(message: "Query selects \(count) fields, more than the limit of \(limits.maxFields).",
                                code: "QUERY_TOO_COMPLEX")
        }
        if !limits.introspection, let range = introspection {
            return GraphQLError(message: "GraphQL introspection is disabled on this server.",
                                locations: [source.location(at: Int(range.start))], code: "INTROSPECTION_DISABLED")
        }
        return nil
    }

    private mutating func measure(_ set: SelectionSet) -> (depth: Int, fields: Int) {
        var deepest = 0
        var count = 0
        for selection in set.selections {
            let cost: (depth: Int, fields: Int)
            switch selection {
            case .field(let field):
                if introspection == nil && (field.name.value == "__schema" || field.name.value == "__type") {
                    introspection = field.range
                }
                let inner: (depth: Int, fields: Int) = field.selectionSet.map { measure($0) } ?? (0, 0)
                cost = (inner.depth + 1, inner.fields.addingSaturating(1))
            case .inlineFragment(let fragment):
                cost = measure(fragment.selectionSet)
            case .fragmentSpread(let spread):
                cost = fragmentCost(spread.name.value)
            }
            deepest = max(deepest, cost.depth)
            count = count.addingSaturating(cost.fields)
        }
        return (deepest, count)
    }

    /// A fragment's cost, computed once; a cycle (refused later by validation) counts nothing.
    private mutating func fragmentCost(_ name: String) -> (depth: Int, fields: Int) {
        if let known = fragmentCosts[name] { return known }
        guard let fragment = fragments[name], visiting.insert(name).inserted else { return (0, 0) }
        let cost = measure(fragment.selectionSet)
        visiting.remove(name)
        fragmentCosts[name] = cost
        return cost
    }
}

extension Int {
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
