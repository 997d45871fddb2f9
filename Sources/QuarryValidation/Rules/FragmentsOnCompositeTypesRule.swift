import QuarryLanguage

/// Spec §5.5.1.3 "Fragments on Object, Interface or Union Types": type conditions name composite types.
public struct FragmentsOnCompositeTypesRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        if let problem = problem(node.typeCondition) {
            context.report("Fragment \"\(node.name.value)\" cannot condition on non composite type \"\(problem)\".",
                           at: [node.typeCondition.range])
        }
        return .continue
    }

    public mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction {
        if let condition = node.typeCondition, let problem = problem(condition) {
            context.report("Fragment cannot condition on non composite type \"\(problem)\".", at: [condition.range])
        }
        return .continue
    }

    public mutating func enterArgument(_ node: Argument) -> VisitAction { .skipChildren }
    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction { .skipChildren }
    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction { .skipChildren }

    /// The name of a known type that is not composite; nil otherwise (unknown types are §5.5.1.2's).
    private func problem(_ condition: Name) -> String? {
        guard let type = context.schema.type(named: condition.value), !type.kind.isComposite else { return nil }
        return type.name
    }
}
