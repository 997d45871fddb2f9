import QuarryLanguage

/// Spec §5.8.1 "Variable Uniqueness": an operation defines each variable name once.
public struct VariableUniquenessRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    /// One error per repeated name, at every definition's name (as graphql-js points).
    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        var names: [String] = []
        var definitions: [String: [SourceRange]] = [:]
        for definition in node.variableDefinitions {
            let name = definition.variable.name
            if definitions[name.value] == nil { names.append(name.value) }
            definitions[name.value, default: []].append(name.range)
        }
        for name in names where definitions[name]!.count > 1 {
            context.report("There can be only one variable named \"$\(name)\".", at: definitions[name]!)
        }
        return .skipChildren
    }
}
