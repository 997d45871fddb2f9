import QuarryLanguage
import QuarrySchema

/// What every rule shares during one validation: the schema, the document, its fragments by
/// name, the type information at the current node, and the errors reported so far.
public final class ValidationContext {
    public let schema: Schema
    public let document: Document
    public let source: Source
    public let typeInfo: TypeInfo
    /// The fragment definitions by name (the first of duplicates).
    public let fragments: [String: FragmentDefinition]
    public private(set) var errors: [GraphQLError] = []
    /// At most this many errors are reported, then one saying that validation stopped: a
    /// hostile document must not make megabytes of errors (graphql-js stops at 100 too).
    public static let maximumErrors = 100
    /// Set once the limit is reached: the walk skips what is left of the document.
    public private(set) var isAborted = false
    /// Built on the first error, so that many locations cost no rescan of the text each.
    private lazy var locator = SourceLocator(source)

    init(schema: Schema, document: Document, source: Source) {
        self.schema = schema
        self.document = document
        self.source = source
        self.typeInfo = TypeInfo(schema: schema)
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
    }

    /// Reports a validation error located at the given ranges (each becomes a `locations` entry,
    /// line and column counted the spec's way).
    public func report(_ message: String, at ranges: [SourceRange]) {
        guard !isAborted else { return }
        guard errors.count < Self.maximumErrors else {
            errors.append(GraphQLError(
                message: "Too many validation errors, error limit reached. Validation aborted.", code: "GRAPHQL_VALIDATION_FAILED"))
            isAborted = true
            return
        }
        errors.append(GraphQLError(
            message: message, locations: ranges.map { locator.location(at: Int($0.start)) },
            code: "GRAPHQL_VALIDATION_FAILED"))
    }

    /// The operation definitions of the document.
    public var operations: [OperationDefinition] {
        document.definitions.compactMap { if case .operation(let operation) = $0 { operation } else { nil } }
    }
}
