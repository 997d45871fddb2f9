import QuarryLanguage

/// Spec §5.6.2 "Input Object Field Names": every field of an input object value is defined by
/// the input object type expected there.
public struct InputObjectFieldNamesRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    /// The expected type of the object holding the field is still the current input type here
    /// (the field's own value is entered next).
    public mutating func enterObjectField(_ node: ObjectField) -> VisitAction {
        guard let object = context.typeInfo.inputType?.namedType else { return .continue }
        let type = context.schema[object]
        if type.kind == .inputObject && !type.inputFields.contains(where: { $0.name == node.name.value }) {
            context.report("Field \"\(node.name.value)\" is not defined by type \"\(type.name)\".", at: [node.range])
        }
        return .continue
    }
}
