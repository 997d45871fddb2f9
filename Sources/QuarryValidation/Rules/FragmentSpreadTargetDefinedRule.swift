import QuarryLanguage

/// Spec §5.5.2.1 "Fragment Spread Target Defined": every spread names a fragment of the document.
public struct FragmentSpreadTargetDefinedRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction {
        if context.fragments[node.name.value] == nil {
            context.report("Unknown fragment \"\(node.name.value)\".", at: [node.name.range])
        }
        return .skipChildren
    }

    public mutating func enterArgument(_ node: Argument) -> VisitAction { .skipChildren }
    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction { .skipChildren }
    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction { .skipChildren }
}
