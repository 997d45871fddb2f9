import QuarryLanguage

/// Spec §5.4.2 "Argument Uniqueness": a field or directive is given each argument at most once.
public struct ArgumentUniquenessRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterField(_ node: Field) -> VisitAction {
        check(node.arguments)
        return .continue
    }

    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction {
        check(node.arguments)
        return .skipChildren
    }

    public mutating func enterArgument(_ node: Argument) -> VisitAction { .skipChildren }

    /// One error per repeated name, at every argument of that name.
    private func check(_ arguments: [Argument]) {
        guard arguments.count > 1 else { return }
        var seen: [String: Int] = [:]
        for argument in arguments { seen[argument.name.value, default: 0] += 1 }
        guard seen.count < arguments.count else { return }
        var reported: Set<String> = []
        for argument in arguments
        where seen[argument.name.value]! > 1 && reported.insert(argument.name.value).inserted {
            let ranges = arguments.filter { $0.name.value == argument.name.value }.map(\.name.range)
            context.report("There can be only one argument named \"\(argument.name.value)\".", at: ranges)
        }
    }
}
