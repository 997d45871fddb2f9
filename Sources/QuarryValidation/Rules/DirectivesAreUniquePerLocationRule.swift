import QuarryLanguage

/// Spec §5.7.3 "Directives Are Unique Per Location": a directive that is not repeatable appears
/// at most once on the same node.
public struct DirectivesAreUniquePerLocationRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        check(node.directives)
        return .continue
    }

    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction {
        check(node.directives)
        return .continue
    }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        check(node.directives)
        return .continue
    }

    public mutating func enterField(_ node: Field) -> VisitAction {
        check(node.directives)
        return .continue
    }

    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction {
        check(node.directives)
        return .continue
    }

    public mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction {
        check(node.directives)
        return .continue
    }

    /// Each repetition is reported with the first use. Unknown directives are §5.7.1's.
    private func check(_ directives: [Directive]) {
        guard directives.count > 1 else { return }
        var first: [String: SourceRange] = [:]
        for directive in directives {
            let name = directive.name.value
            guard let definition = context.schema.directive(named: name), !definition.isRepeatable else { continue }
            if let earlier = first[name] {
                context.report("The directive \"@\(name)\" can only be used once at this location.", at: [earlier, directive.range])
            } else {
                first[name] = directive.range
            }
        }
    }
}
