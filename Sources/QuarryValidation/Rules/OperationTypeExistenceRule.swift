import QuarryLanguage

/// Spec §5.2.1.1 "Operation Type Existence": the schema has a root type for each operation's kind.
public struct OperationTypeExistenceRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        let supported = switch node.operation {
        case .query: true
        case .mutation: context.schema.mutationType != nil
        case .subscription: context.schema.subscriptionType != nil
        }
        if !supported {
            context.report("The schema does not support \(node.operation.rawValue) operations.", at: [node.range])
        }
        return .skipChildren
    }
}
