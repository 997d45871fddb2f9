import QuarryLanguage

/// Spec §5.5.2.2 "Fragment Spreads Must Not Form Cycles": no fragment spreads itself, directly or not.
///
/// The walk records the spreads inside each fragment; at the end a depth-first search over the
/// fragments finds the cycles. Each fragment is expanded once, so the search is linear in the
/// number of spreads, and each cycle closed by a spread back into the current path is reported
/// once, at the spreads along it (as graphql-js does). The search keeps its own stack: a chain
/// of fragments is as long as the document makes it, and documents can be hostile.
public struct FragmentSpreadsMustNotFormCyclesRule: ValidationRule {
    let context: ValidationContext

    private struct Spread {
        var name: String
        var range: SourceRange
    }

    /// The spreads inside each fragment definition (the first of its name), in document order.
    private var spreadsByFragment: [String: [Spread]] = [:]
    /// The fragment being walked, when it is the first of its name.
    private var currentFragment: String?

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction { .skipChildren }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        // A later fragment of the same name is §5.5.1.1's error; spreads reach the first one.
        guard context.fragments[node.name.value]?.range == node.range else { return .skipChildren }
        currentFragment = node.name.value
        return .continue
    }

    public mutating func leaveFragmentDefinition(_ node: FragmentDefinition) { currentFragment = nil }

    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction {
        if let currentFragment {
            spreadsByFragment[currentFragment, default: []].append(Spread(name: node.name.value, range: node.range))
        }
        return .skipChildren
    }

    public mutating func enterArgument(_ node: Argument) -> VisitAction { .skipChildren }
    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction { .skipChildren }

    public mutating func leaveDocument(_ node: Document) {
        var visited: Set<String> = []
        for case .fragment(let fragment) in node.definitions where !visited.contains(fragment.name.value) {
            detectCycles(from: fragment.name.value, visited: &visited)
        }
    }

    /// Depth-first from `start` over fragments not visited yet; a spread into a fragment on the
    /// current path closes a cycle.
    private func detectCycles(from start: String, visited: inout Set<String>) {
        visited.insert(start)
        guard let startSpreads = spreadsByFragment[start], !startSpreads.isEmpty else { return }
        // The spreads that led from `start` to the fragment being expanded.
        var path: [Spread] = []
        // For each fragment on the path, where its spreads begin in `path`.
        var pathIndex: [String: Int] = [start: 0]
        var stack: [(fragment: String, spreads: [Spread], next: Int)] = [(start, startSpreads, 0)]

        while let top = stack.indices.last {
            guard stack[top].next < stack[top].spreads.count else {
                pathIndex[stack[top].fragment] = nil
                stack.removeLast()
                if !stack.isEmpty { path.removeLast() }
                continue
            }
            let spread = stack[top].spreads[stack[top].next]
            stack[top].next += 1
            path.append(spread)

            if let cycleStart = pathIndex[spread.name] {
                let cycle = path[cycleStart...]
                let via = cycle.dropLast().map { "\"\($0.name)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spread.name)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    at: cycle.map(\.range))
                path.removeLast()
            } else if context.fragments[spread.name] != nil, visited.insert(spread.name).inserted,
                let spreads = spreadsByFragment[spread.name], !spreads.isEmpty
            {
                pathIndex[spread.name] = path.count
                stack.append((spread.name, spreads, 0))
            } else {
                path.removeLast()
            }
        }
    }
}
