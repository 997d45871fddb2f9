import QuarryLanguage

/// A variable an operation declares, `$name: Type = default` (spec §2.10): what `--var`, URL
/// parameters and the saved-query listings need to know about it.
public struct DeclaredVariable: Sendable {
    public let name: String
    public let type: TypeReference
    public let defaultValue: Value?
    /// The variable's own description (September 2025 executable descriptions), if any.
    public let description: String?

    public init(name: String, type: TypeReference, defaultValue: Value? = nil, description: String? = nil) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
    }

    public init(_ definition: VariableDefinition) {
        self.init(name: definition.variable.name.value, type: definition.type, defaultValue: definition.defaultValue,
                  description: definition.description?.value)
    }

    /// The declared type as written in GraphQL: `ID!`, `[OrderStatus!]`.
    public var typeText: String { type.printed() }

    /// The default as a GraphQL literal (`10`, `"m-00001"`, `[SHIPPED]`), nil without one.
    public var defaultValueText: String? { defaultValue?.printed() }

    /// A non-null variable without a default must be given.
    public var isRequired: Bool {
        if case .nonNull = type { return defaultValue == nil }
        return false
    }

    /// The variables of `operation`, in declaration order.
    public static func of(_ operation: OperationDefinition) -> [DeclaredVariable] {
        operation.variableDefinitions.map(DeclaredVariable.init)
    }

    /// The variables of the operation a request would run: the one named `operationName`, else
    /// the only one. Nil when the text does not parse, names no such operation or has several
    /// and names none, so that the caller leaves the problem to execution, which reports it.
    public static func declared(in query: String, operationName: String? = nil) -> [DeclaredVariable]? {
        guard let document = try? parse(query) else { return nil }
        let operations = document.definitions.compactMap { definition -> OperationDefinition? in
            if case .operation(let operation) = definition { operation } else { nil }
        }
        let selected = operationName.map { name in operations.first { $0.name?.value == name } }
            ?? (operations.count == 1 ? operations.first : nil)
        return selected.map(of)
    }
}
