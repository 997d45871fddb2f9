import QuarryLanguage

/// Spec §5.5.1.2 "Fragment Spread Type Existence": every type the document names exists.
///
/// Fragment type conditions, inline fragment type conditions, and (as graphql-js's
/// KnownTypeNames does) the types of variable definitions: one rule for every named type.
public struct FragmentSpreadTypeExistenceRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        check(node.typeCondition)
        return .continue
    }

    public mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction {
        if let condition = node.typeCondition { check(condition) }
        return .continue
    }

    public mutating func enterTypeReference(_ node: TypeReference) -> VisitAction {
        check(node.namedType)
        return .continue
    }

    // Nothing below a field's arguments and directives names a type.
    public mutating func enterArgument(_ node: Argument) -> VisitAction { .skipChildren }
    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction { .skipChildren }

    private func check(_ name: Name) {
        if context.schema.typeID(named: name.value) == nil {
            context.report("Unknown type \"\(name.value)\".", at: [name.range])
        }
    }
}
