import QuarryLanguage

/// Spec §5.2.3.1 "Lone Anonymous Operation": an anonymous operation is the document's only one.
public struct LoneAnonymousOperationRule: ValidationRule {
    let context: ValidationContext
    private var operationCount = 0

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterDocument(_ node: Document) -> VisitAction {
        operationCount = node.definitions.reduce(0) { count, definition in
            if case .operation = definition { count + 1 } else { count }
        }
        return .continue
    }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        if node.name == nil && operationCount > 1 {
            context.report("This anonymous operation must be the only defined operation.", at: [node.range])
        }
        return .skipChildren
    }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction { .skipChildren }
}
