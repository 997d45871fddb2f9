import QuarryLanguage
import QuarrySchema

/// Spec §5.4.3 "Required Arguments": every non-null argument without a default value is given.
///
/// The rule's other half, an explicit `null` for such an argument, is reported once, by §5.6.1
/// "Values of Correct Type" (a `null` literal is not coercible to a non-null type), as graphql-js
/// does: one mistake, one error.
public struct RequiredArgumentsRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    // Reported on leave, as graphql-js does, so that errors inside a field come before its own.
    public mutating func leaveField(_ node: Field) {
        guard let field = context.typeInfo.fieldDefinition else { return }
        for argument in missing(field.arguments, in: node.arguments) {
            context.report(
                "Field \"\(field.name)\" argument \"\(argument.name)\" of type"
                    + " \"\(context.schema.render(argument.type))\" is required, but it was not provided.",
                at: [node.range])
        }
    }

    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction { .skipChildren }

    public mutating func leaveDirective(_ node: Directive, location: DirectiveLocation) {
        guard let directive = context.typeInfo.directive else { return }
        for argument in missing(directive.arguments, in: node.arguments) {
            context.report(
                "Directive \"@\(directive.name)\" argument \"\(argument.name)\" of type"
                    + " \"\(context.schema.render(argument.type))\" is required, but it was not provided.",
                at: [node.range])
        }
    }

    public mutating func enterArgument(_ node: Argument) -> VisitAction { .skipChildren }

    private func missing(_ definitions: [InputValueDef], in given: [Argument]) -> [InputValueDef] {
        definitions.filter { definition in
            definition.type.isNonNull && definition.defaultValue == nil
                && !given.contains { $0.name.value == definition.name }
        }
    }
}
