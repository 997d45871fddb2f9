import QuarryLanguage

/// Spec §5.5.1.4 "Fragments Must Be Used": every fragment is reachable from some operation.
///
/// The walk records which fragments each operation and fragment spreads; at the end, the
/// fragments reachable from the operations are marked with a work list (no recursion).
public struct FragmentsMustBeUsedRule: ValidationRule {
    let context: ValidationContext
    /// The fragments the operations spread directly.
    private var spreadByOperations: [String] = []
    /// The fragments each fragment spreads directly, by fragment name.
    private var spreadByFragment: [String: [String]] = [:]
    /// The fragment being walked; nil inside an operation.
    private var currentFragment: String?

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        currentFragment = nil
        return .continue
    }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        currentFragment = node.name.value
        return .continue
    }

    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction {
        if let currentFragment {
            spreadByFragment[currentFragment, default: []].append(node.name.value)
        } else {
            spreadByOperations.append(node.name.value)
        }
        return .skipChildren
    }

    public mutating func enterArgument(_ node: Argument) -> VisitAction { .skipChildren }
    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction { .skipChildren }
    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction { .skipChildren }

    public mutating func leaveDocument(_ node: Document) {
        var used: Set<String> = []
        var pending = spreadByOperations
        while let name = pending.popLast() {
            if used.insert(name).inserted { pending.append(contentsOf: spreadByFragment[name] ?? []) }
        }
        for case .fragment(let fragment) in node.definitions where !used.contains(fragment.name.value) {
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: [fragment.range])
        }
    }
}
