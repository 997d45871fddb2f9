import QuarryLanguage
import QuarrySchema

/// Spec §5.6.1 "Values of Correct Type": every literal can be coerced to the type expected where
/// it is written (arguments, variable default values, and their lists and input object fields).
///
/// Each problem is reported at the innermost value at fault: an `Int` outside 32 bits, a `Float`
/// that is not a finite double (SEMANTICS.md §10.6), a string for an enum, a `null` in a non-null
/// position (a required input field given `null` included), a OneOf input object without exactly
/// one non-null field (§3.10.1). Unknown and missing input object fields are reported by §5.6.2
/// and §5.6.4; variables are judged by §5.8.5; custom scalars accept any literal.
public struct ValuesOfCorrectTypeRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    /// Checks a whole value at once, where a position gives it its type, with the coercion rules
    /// the schema uses for its own default values (`literalProblems`).
    public mutating func enterValue(_ node: Value, context valueContext: ValueContext) -> VisitAction {
        // An unknown argument or a variable of an unknown type: other rules report those.
        if let type = context.typeInfo.inputType {
            for problem in literalProblems(node, for: type, in: context.schema, checkingInputFields: false) {
                context.report(problem.message, at: [problem.range])
            }
        }
        return .skipChildren
    }
}
