import QuarryLanguage
import QuarrySchema

/// One entry of a grouped field set: a response key and the field nodes that share it (spec
/// §6.3.2 CollectFields), in the order the keys first appear.
struct CollectedField {
    let responseKey: String
    var nodes: [Field]
}

/// CollectFields (spec §6.3.2): fields of a selection set for one object type, fragments and
/// inline fragments followed when their type condition applies, `@skip`/`@include` honoured,
/// each fragment visited once. Memoized per (object type, selection sets): a list of 10 000
/// objects collects its selection once.
struct FieldCollector {
    let schema: Schema
    let fragments: [String: FragmentDefinition]
    let variables: [String: InputValue]
    private var memo: [Key: [CollectedField]] = [:]

    struct Key: Hashable {
        let type: TypeID
        let selectionSets: [UInt32]
    }

    init(schema: Schema, fragments: [String: FragmentDefinition], variables: [String: InputValue]) {
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
    }

    mutating func collect(_ selectionSets: [SelectionSet], for type: TypeID) -> [CollectedField] {
        let key = Key(type: type, selectionSets: selectionSets.map(\.range.start))
        if let cached = memo[key] { return cached }
        var fields: [CollectedField] = []
        var positions: [String: Int] = [:]
        var visitedFragments: Set<String> = []
        for selectionSet in selectionSets {
            collect(selectionSet, type, &fields, &positions, &visitedFragments)
        }
        memo[key] = fields
        return fields
    }

    private func collect(
        _ selectionSet: SelectionSet, _ type: TypeID, _ fields: inout [CollectedField], _ positions: inout [String: Int],
        _ visitedFragments: inout Set<String>
    ) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                guard included(field.directives) else { continue }
                if let position = positions[field.responseKey] {
                    fields[position].nodes.append(field)
                } else {
                    positions[field.responseKey] = fields.count
                    fields.append(CollectedField(responseKey: field.responseKey, nodes: [field]))
                }
            case .fragmentSpread(let spread):
                guard included(spread.directives), visitedFragments.insert(spread.name.value).inserted,
                    let fragment = fragments[spread.name.value], applies(fragment.typeCondition.value, to: type)
                else { continue }
                collect(fragment.selectionSet, type, &fields, &positions, &visitedFragments)
            case .inlineFragment(let inline):
                guard included(inline.directives) else { continue }
                if let condition = inline.typeCondition, !applies(condition.value, to: type) { continue }
                collect(inline.selectionSet, type, &fields, &positions, &visitedFragments)
            }
        }
    }

    /// DoesFragmentTypeApply (§6.3.2).
    private func applies(_ condition: String, to type: TypeID) -> Bool {
        guard let conditionType = schema.typeID(named: condition) else { return false }
        return conditionType == type || schema.isPossibleType(type, of: conditionType)
    }

    /// `@skip(if:)` and `@include(if:)` (§3.13.2, §3.13.3).
    private func included(_ directives: [Directive]) -> Bool {
        for directive in directives where directive.name.value == "skip" || directive.name.value == "include" {
            guard let argument = directive.arguments.first(where: { $0.name.value == "if" }) else { continue }
            var condition = false
            switch argument.value {
            case .boolean(let boolean): condition = boolean.value
            case .variable(let variable): if case .boolean(let value) = variables[variable.name.value] { condition = value }
            default: break
            }
            if directive.name.value == "skip" && condition { return false }
            if directive.name.value == "include" && !condition { return false }
        }
        return true
    }
}
