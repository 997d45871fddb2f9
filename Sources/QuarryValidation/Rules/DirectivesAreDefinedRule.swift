import QuarryLanguage

/// Spec §5.7.1 "Directives Are Defined": every directive used is one the schema defines.
public struct DirectivesAreDefinedRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction {
        if context.schema.directive(named: node.name.value) == nil {
            context.report("Unknown directive \"@\(node.name.value)\".", at: [node.range])
        }
        return .skipChildren
    }
}
