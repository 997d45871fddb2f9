import QuarryLanguage

/// Spec §5.3.1 "Field Selections": a selected field is defined on the type in scope.
public struct FieldSelectionsRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterField(_ node: Field) -> VisitAction {
        let typeInfo = context.typeInfo
        // An unknown parent type is another rule's error; below an unknown field nothing is known.
        if let parent = typeInfo.parentType, typeInfo.fieldDefinition == nil {
            let typeName = context.schema[parent].name
            context.report("Cannot query field \"\(node.name.value)\" on type \"\(typeName)\".", at: [node.range])
        }
        return .continue
    }
}
