import QuarryLanguage
import QuarrySchema

/// Spec §5.8.5 "All Variable Usages Are Allowed": each variable's type fits every place the
/// operation, or a fragment it reaches, uses it (IsVariableUsageAllowed, with default values,
/// list and non-null compatibility, and a OneOf input object's fields as non-null positions).
public struct AllVariableUsagesAreAllowedRule: ValidationRule {
    let context: ValidationContext
    private var usages = VariableUsages()

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        usages.enterOperation(node)
        return .continue
    }

    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        usages.enterFragmentDefinition(node)
        return .continue
    }

    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction {
        usages.enterFragmentSpread(node)
        return .continue
    }

    public mutating func enterValue(_ node: Value, context valueContext: ValueContext) -> VisitAction {
        usages.enterValue(node, context: valueContext, typeInfo: context.typeInfo)
        return .continue
    }

    /// Reported at the variable's definition and at the use. Undefined variables (§5.8.3),
    /// unknown types and unknown places of use are other rules' concern.
    public mutating func leaveDocument(_ node: Document) {
        let schema = context.schema
        for (operation, scope) in usages.operations {
            var definitions: [String: VariableDefinition] = [:]
            for definition in operation.variableDefinitions where definitions[definition.variable.name.value] == nil {
                definitions[definition.variable.name.value] = definition
            }
            for usage in usages.usages(inOperation: scope) {
                let name = usage.variable.name.value
                guard let definition = definitions[name], let variableType = context.schema.typeRef(for: definition.type),
                    let locationType = usage.locationType
                else { continue }
                if isAllowed(variableType, definition.defaultValue, usage: usage, locationType) { continue }
                let message =
                    if let object = usage.oneOfObject, !locationType.isNonNull {
                        "Variable \"$\(name)\" is of type \"\(schema.render(variableType))\" but must be non-nullable "
                            + "to be used for OneOf Input Object \"\(schema[object].name)\"."
                    } else {
                        "Variable \"$\(name)\" of type \"\(schema.render(variableType))\" used in position expecting "
                            + "type \"\(schema.render(locationType))\"."
                    }
                context.report(message, at: [definition.range, usage.variable.range])
            }
        }
    }

    /// IsVariableUsageAllowed(variableDefinition, variableUsage).
    private func isAllowed(
        _ variableType: TypeRef, _ variableDefault: Value?, usage: VariableUsages.Usage, _ locationType: TypeRef
    ) -> Bool {
        // IsNonNullPosition: a non-null type, or a field of a OneOf input object.
        let isNonNullPosition = locationType.isNonNull || usage.oneOfObject != nil
        if isNonNullPosition && !variableType.isNonNull {
            var hasNonNullVariableDefault = false
            if let variableDefault {
                if case .null = variableDefault {} else { hasNonNullVariableDefault = true }
            }
            if !hasNonNullVariableDefault && !usage.locationHasDefault { return false }
            return areTypesCompatible(variableType, locationType.nullable)
        }
        return areTypesCompatible(variableType, locationType)
    }

    /// AreTypesCompatible(variableType, locationType): the same named type, the same list
    /// nesting, and non-null wherever the location is non-null.
    private func areTypesCompatible(_ variableType: TypeRef, _ locationType: TypeRef) -> Bool {
        switch (variableType, locationType) {
        case (.nonNull(let variable), .nonNull(let location)): areTypesCompatible(variable, location)
        case (_, .nonNull): false
        case (.nonNull(let variable), _): areTypesCompatible(variable, locationType)
        case (.list(let variable), .list(let location)): areTypesCompatible(variable, location)
        case (_, .list), (.list, _): false
        case (.named(let variable), .named(let location)): variable == location
        }
    }
}
