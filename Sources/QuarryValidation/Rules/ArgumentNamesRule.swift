import QuarryLanguage

/// Spec §5.4.1 "Argument Names": every argument of a field or directive is one it defines.
public struct ArgumentNamesRule: ValidationRule {
    let context: ValidationContext
    /// The directive whose arguments are being visited, when the schema defines it.
    private var directive: (name: String, known: Bool)?

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction {
        directive = (node.name.value, context.typeInfo.directive != nil)
        return .continue
    }

    public mutating func leaveDirective(_ node: Directive, location: DirectiveLocation) { directive = nil }

    public mutating func enterArgument(_ node: Argument) -> VisitAction {
        let typeInfo = context.typeInfo
        let name = node.name.value
        if let directive {
            // An unknown directive is §5.7.1's error, not one per argument.
            if directive.known && typeInfo.argument == nil {
                context.report(
                    "Unknown argument \"\(name)\" on directive \"@\(directive.name)\".", at: [node.name.range])
            }
        } else if let field = typeInfo.fieldDefinition, let parent = typeInfo.parentType, typeInfo.argument == nil {
            let typeName = context.schema[parent].name
            context.report(
                "Unknown argument \"\(name)\" on field \"\(typeName).\(field.name)\".", at: [node.name.range])
        }
        return .skipChildren
    }
}
