import QuarryLanguage
import QuarrySchema

/// Spec §5.2.4.1 "Single Root Field": a subscription collects exactly one non-introspection root field.
///
/// The fields are collected as `CollectSubscriptionFields` does: through fragment spreads and
/// inline fragments whose type applies to the subscription type, each named fragment once, with
/// no variable values; so no selection on the way may carry `@skip` or `@include`. The walk uses
/// an explicit stack: a chain of fragments is as long as the document makes it.
public struct SingleRootFieldRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        guard node.operation == .subscription, let root = context.schema.subscriptionType else { return .skipChildren }
        let subject = node.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
        let collected = collectFields(node.selectionSet, on: root)

        if !collected.conditionalDirectives.isEmpty {
            context.report(
                "\(subject) must not use `@skip` or `@include` directives in the top level selection.",
                at: collected.conditionalDirectives)
            return .skipChildren
        }
        if collected.groups.count > 1 {
            let extra = collected.groups.dropFirst().flatMap { $0.fields.map(\.range) }
            context.report("\(subject) must select only one top level field.", at: extra)
        }
        for group in collected.groups where group.fields[0].name.value.hasPrefix("__") {
            context.report(
                "\(subject) must not select an introspection top level field.", at: group.fields.map(\.range))
        }
        return .skipChildren
    }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction { .skipChildren }

    private struct Collected {
        /// The fields by response name, in the order the names first appear.
        var groups: [(responseName: String, fields: [Field])] = []
        /// Every `@skip` and `@include` met on the way.
        var conditionalDirectives: [SourceRange] = []
    }

    private func collectFields(_ selectionSet: SelectionSet, on root: TypeID) -> Collected {
        var collected = Collected()
        var groupIndex: [String: Int] = [:]
        var visitedFragments: Set<String> = []
        // Selection sets being read, each with the index of its next selection.
        var stack: [(selections: [Selection], next: Int)] = [(selectionSet.selections, 0)]

        while !stack.isEmpty {
            let top = stack.count - 1
            guard stack[top].next < stack[top].selections.count else {
                stack.removeLast()
                continue
            }
            let selection = stack[top].selections[stack[top].next]
            stack[top].next += 1

            let directives: [Directive] = switch selection {
            case .field(let field): field.directives
            case .fragmentSpread(let spread): spread.directives
            case .inlineFragment(let fragment): fragment.directives
            }
            for directive in directives where directive.name.value == "skip" || directive.name.value == "include" {
                collected.conditionalDirectives.append(directive.range)
            }

            switch selection {
            case .field(let field):
                if let index = groupIndex[field.responseKey] {
                    collected.groups[index].fields.append(field)
                } else {
                    groupIndex[field.responseKey] = collected.groups.count
                    collected.groups.append((field.responseKey, [field]))
                }
            case .fragmentSpread(let spread):
                guard visitedFragments.insert(spread.name.value).inserted,
                    let fragment = context.fragments[spread.name.value],
                    applies(fragment.typeCondition, to: root)
                else { continue }
                stack.append((fragment.selectionSet.selections, 0))
            case .inlineFragment(let fragment):
                if let condition = fragment.typeCondition, !applies(condition, to: root) { continue }
                stack.append((fragment.selectionSet.selections, 0))
            }
        }
        return collected
    }

    /// `DoesFragmentTypeApply` (§6.3.2) for the subscription root object type.
    private func applies(_ condition: Name, to object: TypeID) -> Bool {
        guard let type = context.schema.typeID(named: condition.value) else { return false }
        return type == object || context.schema.isPossibleType(object, of: type)
    }
}
