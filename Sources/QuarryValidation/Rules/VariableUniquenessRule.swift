import QuarryLanguage

/// Spec §5.8.1 "Variable Uniqueness": an operation defines each variable name once.
public struct VariableUniquenessRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        var first: [String: SourceRange] = [:]
        for definition in node.variableDefinitions {
            let name = definition.variable.name.value
            if let earlier = first[name] {
                context.report("There can be only one variable named \"$\(name)\".", at: [earlier, definition.variable.range])
            } else {
                first[name] = definition.variable.range
            }
        }
        return .skipChildren
    }
}
