import QuarryLanguage

/// Spec §5.8.4 "All Variables Used": every variable an operation defines is used by the
/// operation or by a fragment it reaches.
public struct AllVariablesUsedRule: ValidationRule {
    let context: ValidationContext
    private var usages = VariableUsages()

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        usages.enterOperation(node)
        return .continue
    }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        usages.enterFragmentDefinition(node)
        return .continue
    }

    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction {
        usages.enterFragmentSpread(node)
        return .continue
    }

    public mutating func enterValue(_ node: Value, context valueContext: ValueContext) -> VisitAction {
        usages.enterValue(node, context: valueContext, typeInfo: context.typeInfo)
        return .continue
    }

    public mutating func leaveDocument(_ node: Document) {
        for (operation, scope) in usages.operations {
            let used = Set(usages.usages(inOperation: scope).map(\.variable.name.value))
            for definition in operation.variableDefinitions where !used.contains(definition.variable.name.value) {
                let name = definition.variable.name.value
                let message =
                    if let operationName = operation.name?.value {
                        "Variable \"$\(name)\" is never used in operation \"\(operationName)\"."
                    } else {
                        "Variable \"$\(name)\" is never used."
                    }
                context.report(message, at: [definition.range])
            }
        }
    }
}
