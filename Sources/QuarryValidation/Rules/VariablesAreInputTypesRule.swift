import QuarryLanguage

/// Spec §5.8.2 "Variables Are Input Types": a variable's type is a scalar, an enum or an input
/// object of the schema, possibly wrapped in lists and non-null.
public struct VariablesAreInputTypesRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction {
        // An unknown type is reported once, by §5.5.1.2's known-type-names check.
        if let type = context.schema.typeRef(for: node.type), !context.schema[type.namedType].kind.isInput {
            context.report(
                "Variable \"$\(node.variable.name.value)\" cannot be non-input type \"\(node.type.printed())\".",
                at: [node.type.range])
        }
        return .skipChildren
    }
}
