import QuarryLanguage

/// Spec §5.5.1.1 "Fragment Name Uniqueness": no two fragment definitions share a name.
public struct FragmentNameUniquenessRule: ValidationRule {
    let context: ValidationContext
    /// The first fragment of each name.
    private var known: [String: Name] = [:]

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction { .skipChildren }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        let name = node.name
        if let first = known[name.value] {
            context.report("There can be only one fragment named \"\(name.value)\".", at: [first.range, name.range])
        } else {
            known[name.value] = name
        }
        return .skipChildren
    }
}
