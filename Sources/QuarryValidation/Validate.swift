import QuarryLanguage
import QuarrySchema

/// Validates an executable document against a schema (spec §5 "Validation"): every rule of the
/// September 2025 edition, all in one traversal of the document. Returns every error found;
/// an empty list means the document is valid.
public func validate(
    _ document: Document, source: Source, schema: Schema, rules: [any ValidationRule.Type] = specifiedRules
) -> [GraphQLError] {
    let context = ValidationContext(schema: schema, document: document, source: source)
    // Each rule is wrapped as an `ASTVisitor` where it is made: converting the array of rules as
    // a whole is a runtime cast per element (conformance lookups: most of a small document's
    // validation).
    var walker = ValidationWalker(context: context, rules: rules.map { rule -> any ASTVisitor in rule.init(context: context) })
    walk(document, with: &walker)
    return context.errors
}

/// A validation rule: a visitor over the document that reads the shared type information and
/// reports through the context. One rule per file, named after the spec section it implements.
public protocol ValidationRule: ASTVisitor {
    init(context: ValidationContext)
}

/// Runs the type information and every rule in one traversal: type information is entered
/// before the rules see a node and left after them, so each rule sees the types of the node it
/// visits. A rule that skips a subtree skips it for itself only.
struct ValidationWalker: ASTVisitor {
    let context: ValidationContext
    var rules: VisitorGroup

    init(context: ValidationContext, rules: [any ASTVisitor]) {
        self.context = context
        self.rules = VisitorGroup(rules)
    }

    /// Once the error limit is reached nothing below the current node is visited.
    private func stopping(_ action: VisitAction) -> VisitAction { context.isAborted ? .skipChildren : action }

    mutating func enterDocument(_ node: Document) -> VisitAction { rules.enterDocument(node) }
    mutating func leaveDocument(_ node: Document) { rules.leaveDocument(node) }

    mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        context.typeInfo.enterOperation(node)
        return stopping(rules.enterOperation(node))
    }
    mutating func leaveOperation(_ node: OperationDefinition) {
        rules.leaveOperation(node)
        context.typeInfo.leaveOperation(node)
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        context.typeInfo.enterFragmentDefinition(node)
        return stopping(rules.enterFragmentDefinition(node))
    }
    mutating func leaveFragmentDefinition(_ node: FragmentDefinition) {
        rules.leaveFragmentDefinition(node)
        context.typeInfo.leaveFragmentDefinition(node)
    }

    mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction {
        context.typeInfo.enterVariableDefinition(node)
        return rules.enterVariableDefinition(node)
    }
    mutating func leaveVariableDefinition(_ node: VariableDefinition) {
        rules.leaveVariableDefinition(node)
        context.typeInfo.leaveVariableDefinition(node)
    }

    mutating func enterSelectionSet(_ node: SelectionSet) -> VisitAction {
        context.typeInfo.enterSelectionSet(node)
        return stopping(rules.enterSelectionSet(node))
    }
    mutating func leaveSelectionSet(_ node: SelectionSet) {
        rules.leaveSelectionSet(node)
        context.typeInfo.leaveSelectionSet(node)
    }

    mutating func enterField(_ node: Field) -> VisitAction {
        context.typeInfo.enterField(node)
        return rules.enterField(node)
    }
    mutating func leaveField(_ node: Field) {
        rules.leaveField(node)
        context.typeInfo.leaveField(node)
    }

    mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction { rules.enterFragmentSpread(node) }
    mutating func leaveFragmentSpread(_ node: FragmentSpread) { rules.leaveFragmentSpread(node) }

    mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction {
        context.typeInfo.enterInlineFragment(node)
        return rules.enterInlineFragment(node)
    }
    mutating func leaveInlineFragment(_ node: InlineFragment) {
        rules.leaveInlineFragment(node)
        context.typeInfo.leaveInlineFragment(node)
    }

    mutating func enterArgument(_ node: Argument) -> VisitAction {
        context.typeInfo.enterArgument(node)
        return rules.enterArgument(node)
    }
    mutating func leaveArgument(_ node: Argument) {
        rules.leaveArgument(node)
        context.typeInfo.leaveArgument(node)
    }

    mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction {
        context.typeInfo.enterDirective(node)
        return rules.enterDirective(node, location: location)
    }
    mutating func leaveDirective(_ node: Directive, location: DirectiveLocation) {
        rules.leaveDirective(node, location: location)
        context.typeInfo.leaveDirective(node)
    }

    mutating func enterValue(_ node: Value, context valueContext: ValueContext) -> VisitAction {
        context.typeInfo.enterValue(node, context: valueContext)
        return rules.enterValue(node, context: valueContext)
    }
    mutating func leaveValue(_ node: Value, context valueContext: ValueContext) {
        rules.leaveValue(node, context: valueContext)
        context.typeInfo.leaveValue(node, context: valueContext)
    }

    mutating func enterObjectField(_ node: ObjectField) -> VisitAction { rules.enterObjectField(node) }
    mutating func leaveObjectField(_ node: ObjectField) { rules.leaveObjectField(node) }

    mutating func enterTypeReference(_ node: TypeReference) -> VisitAction { rules.enterTypeReference(node) }
    mutating func leaveTypeReference(_ node: TypeReference) { rules.leaveTypeReference(node) }

    // Type-system definitions are refused by §5.1.1 as a whole; no other rule looks inside.
    mutating func enterSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) -> VisitAction { .skipChildren }
    mutating func enterTypeDefinition(_ node: TypeDefinition, isExtension: Bool) -> VisitAction { .skipChildren }
    mutating func enterDirectiveDefinition(_ node: DirectiveDefinition) -> VisitAction { .skipChildren }
}
