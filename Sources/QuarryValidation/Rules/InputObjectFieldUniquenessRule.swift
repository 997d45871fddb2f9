import QuarryLanguage

/// Spec §5.6.3 "Input Object Field Uniqueness": an input object value names each field once.
public struct InputObjectFieldUniquenessRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    /// Each repetition is reported with the first occurrence; nested objects are values of their
    /// own and are checked when entered.
    public mutating func enterValue(_ node: Value, context valueContext: ValueContext) -> VisitAction {
        guard case .object(let object) = node, object.fields.count > 1 else { return .continue }
        var first: [String: SourceRange] = [:]
        for field in object.fields {
            if let earlier = first[field.name.value] {
                context.report("There can be only one input field named \"\(field.name.value)\".", at: [earlier, field.name.range])
            } else {
                first[field.name.value] = field.name.range
            }
        }
        return .continue
    }
}
