import QuarryLanguage

/// Spec §5.8.2 "Variables Are Input Types": a variable's type is a scalar, an enum or an input
/// object of the schema, possibly wrapped in lists and non-null.
public struct VariablesAreInputTypesRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction {
        let name = node.type.namedType
        if let type = context.type(of: node.type) {
            if !context.schema[type.namedType].kind.isInput {
                context.report(
                    "Variable \"$\(node.variable.name.value)\" cannot be non-input type \"\(node.type.printed())\".",
                    at: [node.type.range])
            }
        } else {
            // A type the schema does not have is not an input type either (graphql-js reports
            // it as "Known Type Names").
            context.report("Unknown type \"\(name.value)\".", at: [name.range])
        }
        return .skipChildren
    }
}
