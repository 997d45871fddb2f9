import QuarryLanguage

/// Spec §5.6.4 "Input Object Required Fields": an input object value gives every field whose type
/// is non-null and that has no default value. A required field given the `null` literal is
/// reported once, by §5.6.1, at the `null`.
public struct InputObjectRequiredFieldsRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterValue(_ node: Value, context valueContext: ValueContext) -> VisitAction {
        guard case .object(let object) = node, let expected = context.typeInfo.inputType?.namedType else {
            return .continue
        }
        let type = context.schema[expected]
        guard type.kind == .inputObject else { return .continue }
        for field in type.inputFields where field.type.isNonNull && field.defaultValue == nil {
            if !object.fields.contains(where: { $0.name.value == field.name }) {
                context.report(
                    "Field \"\(type.name).\(field.name)\" of required type \"\(context.schema.render(field.type))\" was not provided.",
                    at: [object.range])
            }
        }
        return .continue
    }
}
