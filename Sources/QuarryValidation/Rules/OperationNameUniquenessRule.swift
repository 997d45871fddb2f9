import QuarryLanguage

/// Spec §5.2.2.1 "Operation Name Uniqueness": no two operations share a name, whatever their kind.
public struct OperationNameUniquenessRule: ValidationRule {
    let context: ValidationContext
    /// The first operation of each name.
    private var known: [String: Name] = [:]

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        if let name = node.name {
            if let first = known[name.value] {
                context.report(
                    "There can be only one operation named \"\(name.value)\".", at: [first.range, name.range])
            } else {
                known[name.value] = name
            }
        }
        return .skipChildren
    }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction { .skipChildren }
}
