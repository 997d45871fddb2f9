import QuarryLanguage
import QuarrySchema

/// The columns a list's rows would have, read from the query rather than the response, so that
/// an empty result still prints its header (SEMANTICS.md §14.4: columns are the leaf paths of a
/// row, dotted for nested objects, lists as one column). Fragments are merged, `@skip` and
/// `@include` are not evaluated (a header may show a column the rows would leave out).
public struct SelectionColumns: Sendable {
    let schema: Schema
    let operation: OperationDefinition?
    let fragments: [String: FragmentDefinition]

    /// The operation `operationName` (or the only one) of `query`; no columns when it does not
    /// parse or there is no such operation.
    public init(query: String, operationName: String? = nil, schema: Schema) {
        self.schema = schema
        let definitions = (try? parse(query))?.definitions ?? []
        var operations: [OperationDefinition] = []
        var fragments: [String: FragmentDefinition] = [:]
        for definition in definitions {
            switch definition {
            case .operation(let operation): operations.append(operation)
            case .fragment(let fragment): fragments[fragment.name.value] = fragment
            default: break
            }
        }
        self.operation = operationName.map { name in operations.first { $0.name?.value == name } }
            ?? (operations.count == 1 ? operations.first : nil)
        self.fragments = fragments
    }

    /// The columns of the rows of the list at `path` (response keys from `data`; list indexes
    /// are passed over); nil when the path leads to no field with a selection in the query.
    func columns(at path: [String]) -> [String]? {
        guard let operation else { return nil }
        var selections = operation.selectionSet.selections
        var type = schema.queryType
        for key in path where Int(key) == nil {
            guard let field = fields(selections, on: type).first(where: { $0.field.responseKey == key }),
                  let fieldType = schema[field.type].field(named: field.field.name.value)?.type else { return nil }
            selections = field.selections
            type = fieldType.namedType
        }
        var names: [String] = []
        leaves(selections, on: type, prefix: "", into: &names)
        return names.isEmpty ? nil : names
    }

    /// The fields of `selections` on `type` by response key (first occurrence), each with the
    /// type it is selected on and every sub-selection of that key merged.
    private func fields(_ selections: [Selection], on type: TypeID) -> [(field: Field, type: TypeID, selections: [Selection])] {
        var result: [(field: Field, type: TypeID, selections: [Selection])] = []
        func collect(_ selections: [Selection], _ type: TypeID, _ visited: Set<String>) {
            for selection in selections {
                switch selection {
                case .field(let field):
                    if let index = result.firstIndex(where: { $0.field.responseKey == field.responseKey }) {
                        result[index].selections += field.selectionSet?.selections ?? []
                    } else {
                        result.append((field, type, field.selectionSet?.selections ?? []))
                    }
                case .inlineFragment(let fragment):
                    collect(fragment.selectionSet.selections, fragment.typeCondition.flatMap { schema.typeID(named: $0.value) } ?? type, visited)
                case .fragmentSpread(let spread):
                    guard !visited.contains(spread.name.value), let fragment = fragments[spread.name.value] else { continue }
                    collect(fragment.selectionSet.selections, schema.typeID(named: fragment.typeCondition.value) ?? type,
                            visited.union([spread.name.value]))
                }
            }
        }
        collect(selections, type, [])
        return result
    }

    private func leaves(_ selections: [Selection], on type: TypeID, prefix: String, into names: inout [String]) {
        for entry in fields(selections, on: type) {
            let name = prefix + entry.field.responseKey
            guard let fieldType = schema[entry.type].field(named: entry.field.name.value)?.type,
                  !fieldType.isList, !entry.selections.isEmpty else {
                names.append(name)
                continue
            }
            leaves(entry.selections, on: fieldType.namedType, prefix: name + ".", into: &names)
        }
    }
}
