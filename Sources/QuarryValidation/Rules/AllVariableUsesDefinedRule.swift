import QuarryLanguage

/// Spec §5.8.3 "All Variable Uses Defined": every variable an operation uses, in its own
/// selections or in any fragment it reaches, is defined by that operation.
public struct AllVariableUsesDefinedRule: ValidationRule {
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

    /// Each use is reported at the use and at the operation; a fragment used by several
    /// operations is reported once for each operation that lacks the variable.
    public mutating func leaveDocument(_ node: Document) {
        for (operation, scope) in usages.operations {
            let defined = Set(operation.variableDefinitions.map(\.variable.name.value))
            for usage in usages.usages(inOperation: scope) where !defined.contains(usage.variable.name.value) {
                let name = usage.variable.name.value
                let message =
                    if let operationName = operation.name?.value {
                        "Variable \"$\(name)\" is not defined by operation \"\(operationName)\"."
                    } else {
                        "Variable \"$\(name)\" is not defined."
                    }
                context.report(message, at: [usage.variable.range, operation.range])
            }
        }
    }
}
