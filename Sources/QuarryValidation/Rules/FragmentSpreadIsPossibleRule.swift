import QuarryLanguage
import QuarrySchema

/// Spec §5.5.2.3 "Fragment Spread Is Possible": a spread's type condition can apply in its scope.
public struct FragmentSpreadIsPossibleRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction {
        if let fragment = context.fragments[node.name.value],
            let fragmentType = context.schema.typeID(named: fragment.typeCondition.value),
            let parentType = context.typeInfo.parentType,
            !canOverlap(fragmentType, parentType)
        {
            let parentName = context.schema[parentType].name, fragmentName = context.schema[fragmentType].name
            context.report(
                "Fragment \"\(node.name.value)\" cannot be spread here as objects of type \"\(parentName)\""
                    + " can never be of type \"\(fragmentName)\".",
                at: [node.range])
        }
        return .skipChildren
    }

    public mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction {
        if let condition = node.typeCondition,
            let fragmentType = context.schema.typeID(named: condition.value),
            let parentType = context.typeInfo.parentType,
            !canOverlap(fragmentType, parentType)
        {
            context.report(
                "Fragment cannot be spread here as objects of type \"\(context.schema[parentType].name)\""
                    + " can never be of type \"\(context.schema[fragmentType].name)\".",
                at: [node.range])
        }
        return .continue
    }

    public mutating func enterArgument(_ node: Argument) -> VisitAction { .skipChildren }
    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction { .skipChildren }
    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction { .skipChildren }

    /// Whether `GetPossibleTypes(fragmentType)` and `GetPossibleTypes(parentType)` intersect, or
    /// the fragment's interface implements the scope's interface (§5.5.2.3.4, "Interface Spreads
    /// in Implemented Interface Scope"). A type that is not composite is §5.5.1.3's error.
    private func canOverlap(_ fragmentType: TypeID, _ parentType: TypeID) -> Bool {
        let schema = context.schema
        let fragment = schema[fragmentType], parent = schema[parentType]
        guard fragment.kind.isComposite, parent.kind.isComposite else { return true }
        if fragmentType == parentType { return true }
        switch (fragment.kind.isAbstract, parent.kind.isAbstract) {
        case (false, false):
            return false
        case (false, true):
            return schema.isPossibleType(fragmentType, of: parentType)
        case (true, false):
            return schema.isPossibleType(parentType, of: fragmentType)
        case (true, true):
            if fragment.kind == .interface && parent.kind == .interface && fragment.interfaces.contains(parentType) {
                return true
            }
            return fragment.possibleTypes.contains { schema.isPossibleType($0, of: parentType) }
        }
    }
}
