import QuarryLanguage

/// Spec §5.3.3 "Leaf Field Selections": scalars and enums have no subselection; other types need one.
public struct LeafFieldSelectionsRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterField(_ node: Field) -> VisitAction {
        guard let type = context.typeInfo.outputType else { return .continue }
        let schema = context.schema
        let name = node.name.value
        let kind = schema[type.namedType].kind
        if kind.isComposite {
            if node.selectionSet == nil {
                context.report(
                    "Field \"\(name)\" of type \"\(schema.render(type))\" must have a selection of subfields."
                        + " Did you mean \"\(name) { ... }\"?",
                    at: [node.range])
            }
        } else if let selectionSet = node.selectionSet {
            context.report(
                "Field \"\(name)\" must not have a selection since type \"\(schema.render(type))\" has no subfields.",
                at: [selectionSet.range])
        }
        return .continue
    }
}
