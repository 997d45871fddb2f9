import QuarryLanguage

/// Spec §5.1.1 "Executable Definitions": a document to execute holds only operations and
/// fragments.
public struct ExecutableDefinitionsRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterDocument(_ node: Document) -> VisitAction {
        for definition in node.definitions where !definition.isExecutable {
            context.report("The \(describe(definition)) definition is not executable.", at: [nameRange(definition)])
        }
        return .continue
    }

    private func describe(_ definition: Definition) -> String {
        switch definition {
        case .schema, .schemaExtension: "schema"
        case .type(let type), .typeExtension(let type): "\"\(type.name.value)\""
        case .directive(let directive): "\"@\(directive.name.value)\""
        case .operation, .fragment: ""
        }
    }

    private func nameRange(_ definition: Definition) -> SourceRange {
        switch definition {
        case .type(let type), .typeExtension(let type): type.name.range
        default: definition.range
        }
    }
}
