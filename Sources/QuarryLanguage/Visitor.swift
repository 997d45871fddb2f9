/// What a visitor wants after entering a node.
public enum VisitAction: Sendable, Equatable {
    /// Visit the node's children, then leave the node.
    case `continue`
    /// Do not visit the node's children; the node is still left (every `enter` gets its
    /// `leave`).
    case skipChildren
}

/// Where a value sits: what its parent is, and the name or index it has there.
public enum ValueContext: Sendable, Equatable {
    /// The value of an argument of a field or directive (§2.6).
    case argument(String)
    /// The default value of a variable definition (§2.10) or of an argument or input field
    /// definition (§3.6.1, §3.10); the enclosing definition was entered just before.
    case defaultValue
    /// An item of a list value (§2.9.7), at this index.
    case listItem(Int)
    /// The value of a field of an object value (§2.9.8).
    case objectField(String)
}

/// A traversal of a document for validation and tooling: one `enter`/`leave` pair per node kind,
/// each a no-op unless implemented. `walk(_:with:)` calls them in document order; many visitors
/// share one traversal through `VisitorGroup` (all validation rules run in one pass, each rule a
/// small visitor).
///
/// Names are part of their node (`Field.name`, `FragmentSpread.name`, type conditions,
/// implemented interfaces, union members, directive locations) and are not visited on their
/// own. List and object values are values: their items and fields are visited as children.
public protocol ASTVisitor {
    /// §2.2 "Document".
    mutating func enterDocument(_ node: Document) -> VisitAction
    mutating func leaveDocument(_ node: Document)
    /// §2.3 "Operations", the query shorthand included.
    mutating func enterOperation(_ node: OperationDefinition) -> VisitAction
    mutating func leaveOperation(_ node: OperationDefinition)
    /// §2.8 "Fragments".
    mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction
    mutating func leaveFragmentDefinition(_ node: FragmentDefinition)
    /// §2.10 "Variables".
    mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction
    mutating func leaveVariableDefinition(_ node: VariableDefinition)
    /// §2.4 "Selection Sets".
    mutating func enterSelectionSet(_ node: SelectionSet) -> VisitAction
    mutating func leaveSelectionSet(_ node: SelectionSet)
    /// §2.5 "Fields".
    mutating func enterField(_ node: Field) -> VisitAction
    mutating func leaveField(_ node: Field)
    /// §2.8 "Fragments": `...Name`.
    mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction
    mutating func leaveFragmentSpread(_ node: FragmentSpread)
    /// §2.8.2 "Inline Fragments".
    mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction
    mutating func leaveInlineFragment(_ node: InlineFragment)
    /// §2.6 "Arguments", of a field or a directive.
    mutating func enterArgument(_ node: Argument) -> VisitAction
    mutating func leaveArgument(_ node: Argument)
    /// §2.12 "Directives", with the location of the node it is applied to (§3.13).
    mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction
    mutating func leaveDirective(_ node: Directive, location: DirectiveLocation)
    /// §2.9 "Input Values": every value, the items of lists and the fields of objects included.
    mutating func enterValue(_ node: Value, context: ValueContext) -> VisitAction
    mutating func leaveValue(_ node: Value, context: ValueContext)
    /// §2.9.8 "Input Object Values": `name: value`.
    mutating func enterObjectField(_ node: ObjectField) -> VisitAction
    mutating func leaveObjectField(_ node: ObjectField)
    /// §2.11 "Type References": the whole reference (`[Int!]!`) once, wrappers included.
    mutating func enterTypeReference(_ node: TypeReference) -> VisitAction
    mutating func leaveTypeReference(_ node: TypeReference)
    /// §3.3 "Schema", or `extend schema` (§3.3.2).
    mutating func enterSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) -> VisitAction
    mutating func leaveSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool)
    /// §3.3.1 "Root Operation Types": `query: Query`.
    mutating func enterOperationTypeDefinition(_ node: OperationTypeDefinition) -> VisitAction
    mutating func leaveOperationTypeDefinition(_ node: OperationTypeDefinition)
    /// §3.4 "Types" (§3.5–§3.10), or a type extension.
    mutating func enterTypeDefinition(_ node: TypeDefinition, isExtension: Bool) -> VisitAction
    mutating func leaveTypeDefinition(_ node: TypeDefinition, isExtension: Bool)
    /// §3.6 "Objects" and §3.7 "Interfaces": a field definition.
    mutating func enterFieldDefinition(_ node: FieldDefinition) -> VisitAction
    mutating func leaveFieldDefinition(_ node: FieldDefinition)
    /// §3.6.1 "Field Arguments" (of fields and directive definitions) or, when `isInputField`,
    /// §3.10 "Input Objects".
    mutating func enterInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) -> VisitAction
    mutating func leaveInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool)
    /// §3.9 "Enums": one value.
    mutating func enterEnumValueDefinition(_ node: EnumValueDefinition) -> VisitAction
    mutating func leaveEnumValueDefinition(_ node: EnumValueDefinition)
    /// §3.13 "Directives": `directive @name … on …`.
    mutating func enterDirectiveDefinition(_ node: DirectiveDefinition) -> VisitAction
    mutating func leaveDirectiveDefinition(_ node: DirectiveDefinition)
}

extension ASTVisitor {
    public mutating func enterDocument(_ node: Document) -> VisitAction { .continue }
    public mutating func leaveDocument(_ node: Document) {}
    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction { .continue }
    public mutating func leaveOperation(_ node: OperationDefinition) {}
    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction { .continue }
    public mutating func leaveFragmentDefinition(_ node: FragmentDefinition) {}
    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction { .continue }
    public mutating func leaveVariableDefinition(_ node: VariableDefinition) {}
    public mutating func enterSelectionSet(_ node: SelectionSet) -> VisitAction { .continue }
    public mutating func leaveSelectionSet(_ node: SelectionSet) {}
    public mutating func enterField(_ node: Field) -> VisitAction { .continue }
    public mutating func leaveField(_ node: Field) {}
    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction { .continue }
    public mutating func leaveFragmentSpread(_ node: FragmentSpread) {}
    public mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction { .continue }
    public mutating func leaveInlineFragment(_ node: InlineFragment) {}
    public mutating func enterArgument(_ node: Argument) -> VisitAction { .continue }
    public mutating func leaveArgument(_ node: Argument) {}
    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction { .continue }
    public mutating func leaveDirective(_ node: Directive, location: DirectiveLocation) {}
    public mutating func enterValue(_ node: Value, context: ValueContext) -> VisitAction { .continue }
    public mutating func leaveValue(_ node: Value, context: ValueContext) {}
    public mutating func enterObjectField(_ node: ObjectField) -> VisitAction { .continue }
    public mutating func leaveObjectField(_ node: ObjectField) {}
    public mutating func enterTypeReference(_ node: TypeReference) -> VisitAction { .continue }
    public mutating func leaveTypeReference(_ node: TypeReference) {}
    public mutating func enterSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) -> VisitAction {
        .continue
    }
    public mutating func leaveSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) {}
    public mutating func enterOperationTypeDefinition(_ node: OperationTypeDefinition) -> VisitAction { .continue }
    public mutating func leaveOperationTypeDefinition(_ node: OperationTypeDefinition) {}
    public mutating func enterTypeDefinition(_ node: TypeDefinition, isExtension: Bool) -> VisitAction { .continue }
    public mutating func leaveTypeDefinition(_ node: TypeDefinition, isExtension: Bool) {}
    public mutating func enterFieldDefinition(_ node: FieldDefinition) -> VisitAction { .continue }
    public mutating func leaveFieldDefinition(_ node: FieldDefinition) {}
    public mutating func enterInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) -> VisitAction {
        .continue
    }
    public mutating func leaveInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) {}
    public mutating func enterEnumValueDefinition(_ node: EnumValueDefinition) -> VisitAction { .continue }
    public mutating func leaveEnumValueDefinition(_ node: EnumValueDefinition) {}
    public mutating func enterDirectiveDefinition(_ node: DirectiveDefinition) -> VisitAction { .continue }
    public mutating func leaveDirectiveDefinition(_ node: DirectiveDefinition) {}
}

/// Visits every node of `document` in document order (the order the text shows them): a
/// node's `enter`, then its children unless `enter` returned `.skipChildren`, then its `leave`.
///
/// Children, in order: an operation's variable definitions, directives, selection set; a
/// variable definition's type, default value, directives; a field's arguments, directives,
/// selection set; a directive's arguments; an argument's value; a list's items; an object's
/// fields; a schema's directives and operation types; a type's directives and then its fields,
/// enum values or input fields; a field definition's arguments, type, directives; an input value
/// definition's type, default value, directives; a directive definition's arguments.
/// Descriptions are part of their node and are not visited.
///
/// Generic over the visitor, so a concrete visitor is called directly, without an existential.
@inlinable
public func walk(_ document: Document, with visitor: inout some ASTVisitor) {
    ASTWalk.document(document, &visitor)
}

/// The traversal behind `walk(_:with:)`, one function per node kind.
@usableFromInline
enum ASTWalk {
    @inlinable
    static func document<Visitor: ASTVisitor>(_ node: Document, _ visitor: inout Visitor) {
        if visitor.enterDocument(node) == .continue {
            for definition in node.definitions {
                self.definition(definition, &visitor)
            }
        }
        visitor.leaveDocument(node)
    }

    @inlinable
    static func definition<Visitor: ASTVisitor>(_ node: Definition, _ visitor: inout Visitor) {
        switch node {
        case .operation(let operation): self.operation(operation, &visitor)
        case .fragment(let fragment): fragmentDefinition(fragment, &visitor)
        case .schema(let schema): schemaDefinition(schema, isExtension: false, &visitor)
        case .schemaExtension(let schema): schemaDefinition(schema, isExtension: true, &visitor)
        case .type(let type): typeDefinition(type, isExtension: false, &visitor)
        case .typeExtension(let type): typeDefinition(type, isExtension: true, &visitor)
        case .directive(let directive): directiveDefinition(directive, &visitor)
        }
    }

    // MARK: Executable definitions

    @inlinable
    static func operation<Visitor: ASTVisitor>(_ node: OperationDefinition, _ visitor: inout Visitor) {
        if visitor.enterOperation(node) == .continue {
            for variableDefinition in node.variableDefinitions {
                self.variableDefinition(variableDefinition, &visitor)
            }
            let location: DirectiveLocation =
                switch node.operation {
                case .query: .query
                case .mutation: .mutation
                case .subscription: .subscription
                }
            directives(node.directives, location, &visitor)
            selectionSet(node.selectionSet, &visitor)
        }
        visitor.leaveOperation(node)
    }

    @inlinable
    static func variableDefinition<Visitor: ASTVisitor>(_ node: VariableDefinition, _ visitor: inout Visitor) {
        if visitor.enterVariableDefinition(node) == .continue {
            typeReference(node.type, &visitor)
            if let defaultValue = node.defaultValue { value(defaultValue, .defaultValue, &visitor) }
            directives(node.directives, .variableDefinition, &visitor)
        }
        visitor.leaveVariableDefinition(node)
    }

    @inlinable
    static func fragmentDefinition<Visitor: ASTVisitor>(_ node: FragmentDefinition, _ visitor: inout Visitor) {
        if visitor.enterFragmentDefinition(node) == .continue {
            directives(node.directives, .fragmentDefinition, &visitor)
            selectionSet(node.selectionSet, &visitor)
        }
        visitor.leaveFragmentDefinition(node)
    }

    @inlinable
    static func selectionSet<Visitor: ASTVisitor>(_ node: SelectionSet, _ visitor: inout Visitor) {
        if visitor.enterSelectionSet(node) == .continue {
            for selection in node.selections {
                switch selection {
                case .field(let field): self.field(field, &visitor)
                case .fragmentSpread(let spread): fragmentSpread(spread, &visitor)
                case .inlineFragment(let fragment): inlineFragment(fragment, &visitor)
                }
            }
        }
        visitor.leaveSelectionSet(node)
    }

    @inlinable
    static func field<Visitor: ASTVisitor>(_ node: Field, _ visitor: inout Visitor) {
        if visitor.enterField(node) == .continue {
            arguments(node.arguments, &visitor)
            directives(node.directives, .field, &visitor)
            if let selectionSet = node.selectionSet { self.selectionSet(selectionSet, &visitor) }
        }
        visitor.leaveField(node)
    }

    @inlinable
    static func fragmentSpread<Visitor: ASTVisitor>(_ node: FragmentSpread, _ visitor: inout Visitor) {
        if visitor.enterFragmentSpread(node) == .continue {
            directives(node.directives, .fragmentSpread, &visitor)
        }
        visitor.leaveFragmentSpread(node)
    }

    @inlinable
    static func inlineFragment<Visitor: ASTVisitor>(_ node: InlineFragment, _ visitor: inout Visitor) {
        if visitor.enterInlineFragment(node) == .continue {
            directives(node.directives, .inlineFragment, &visitor)
            selectionSet(node.selectionSet, &visitor)
        }
        visitor.leaveInlineFragment(node)
    }

    @inlinable
    static func arguments<Visitor: ASTVisitor>(_ nodes: [Argument], _ visitor: inout Visitor) {
        for node in nodes {
            if visitor.enterArgument(node) == .continue {
                value(node.value, .argument(node.name.value), &visitor)
            }
            visitor.leaveArgument(node)
        }
    }

    @inlinable
    static func directives<Visitor: ASTVisitor>(
        _ nodes: [Directive], _ location: DirectiveLocation, _ visitor: inout Visitor
    ) {
        for node in nodes {
            if visitor.enterDirective(node, location: location) == .continue {
                arguments(node.arguments, &visitor)
            }
            visitor.leaveDirective(node, location: location)
        }
    }

    @inlinable
    static func value<Visitor: ASTVisitor>(_ node: Value, _ context: ValueContext, _ visitor: inout Visitor) {
        if visitor.enterValue(node, context: context) == .continue {
            switch node {
            case .list(let list):
                for (index, item) in list.values.enumerated() {
                    value(item, .listItem(index), &visitor)
                }
            case .object(let object):
                for field in object.fields {
                    if visitor.enterObjectField(field) == .continue {
                        value(field.value, .objectField(field.name.value), &visitor)
                    }
                    visitor.leaveObjectField(field)
                }
            case .variable, .int, .float, .string, .boolean, .null, .enumValue:
                break
            }
        }
        visitor.leaveValue(node, context: context)
    }

    @inlinable
    static func typeReference<Visitor: ASTVisitor>(_ node: TypeReference, _ visitor: inout Visitor) {
        _ = visitor.enterTypeReference(node)
        visitor.leaveTypeReference(node)
    }

    // MARK: Type system

    @inlinable
    static func schemaDefinition<Visitor: ASTVisitor>(
        _ node: SchemaDefinition, isExtension: Bool, _ visitor: inout Visitor
    ) {
        if visitor.enterSchemaDefinition(node, isExtension: isExtension) == .continue {
            directives(node.directives, .schema, &visitor)
            for operationType in node.operationTypes {
                _ = visitor.enterOperationTypeDefinition(operationType)
                visitor.leaveOperationTypeDefinition(operationType)
            }
        }
        visitor.leaveSchemaDefinition(node, isExtension: isExtension)
    }

    @inlinable
    static func typeDefinition<Visitor: ASTVisitor>(
        _ node: TypeDefinition, isExtension: Bool, _ visitor: inout Visitor
    ) {
        if visitor.enterTypeDefinition(node, isExtension: isExtension) == .continue {
            switch node {
            case .scalar(let scalar):
                directives(scalar.directives, .scalar, &visitor)
            case .object(let object):
                directives(object.directives, .object, &visitor)
                fieldDefinitions(object.fields, &visitor)
            case .interface(let interface):
                directives(interface.directives, .interface, &visitor)
                fieldDefinitions(interface.fields, &visitor)
            case .union(let union):
                directives(union.directives, .union, &visitor)
            case .enumeration(let enumeration):
                directives(enumeration.directives, .enumeration, &visitor)
                for value in enumeration.values {
                    if visitor.enterEnumValueDefinition(value) == .continue {
                        directives(value.directives, .enumValue, &visitor)
                    }
                    visitor.leaveEnumValueDefinition(value)
                }
            case .inputObject(let inputObject):
                directives(inputObject.directives, .inputObject, &visitor)
                for field in inputObject.fields {
                    inputValueDefinition(field, isInputField: true, &visitor)
                }
            }
        }
        visitor.leaveTypeDefinition(node, isExtension: isExtension)
    }

    @inlinable
    static func fieldDefinitions<Visitor: ASTVisitor>(_ nodes: [FieldDefinition], _ visitor: inout Visitor) {
        for node in nodes {
            if visitor.enterFieldDefinition(node) == .continue {
                for argument in node.arguments {
                    inputValueDefinition(argument, isInputField: false, &visitor)
                }
                typeReference(node.type, &visitor)
                directives(node.directives, .fieldDefinition, &visitor)
            }
            visitor.leaveFieldDefinition(node)
        }
    }

    @inlinable
    static func inputValueDefinition<Visitor: ASTVisitor>(
        _ node: InputValueDefinition, isInputField: Bool, _ visitor: inout Visitor
    ) {
        if visitor.enterInputValueDefinition(node, isInputField: isInputField) == .continue {
            typeReference(node.type, &visitor)
            if let defaultValue = node.defaultValue { value(defaultValue, .defaultValue, &visitor) }
            directives(node.directives, isInputField ? .inputFieldDefinition : .argumentDefinition, &visitor)
        }
        visitor.leaveInputValueDefinition(node, isInputField: isInputField)
    }

    @inlinable
    static func directiveDefinition<Visitor: ASTVisitor>(_ node: DirectiveDefinition, _ visitor: inout Visitor) {
        if visitor.enterDirectiveDefinition(node) == .continue {
            for argument in node.arguments {
                inputValueDefinition(argument, isInputField: false, &visitor)
            }
        }
        visitor.leaveDirectiveDefinition(node)
    }
}

/// Many visitors in one traversal: each callback goes to every member in order, and each member
/// skips children on its own. When one member returns `.skipChildren`, only that member misses
/// the subtree (it still gets the node's `leave`); the others see it. The traversal itself skips
/// a subtree only when every member does.
///
/// Read results back from `members` after the walk.
public struct VisitorGroup: ASTVisitor {
    public private(set) var members: [any ASTVisitor]
    /// The depth of the node being visited (1 for the document).
    private var depth = 0
    /// For each member: the depth of the node whose children it is skipping, or nil.
    private var skippingBelow: [Int?]

    public init(_ members: [any ASTVisitor]) {
        self.members = members
        self.skippingBelow = Array(repeating: nil, count: members.count)
    }

    private mutating func enter(_ callback: (inout any ASTVisitor) -> VisitAction) -> VisitAction {
        depth += 1
        var everyMemberSkips = true
        for index in members.indices where skippingBelow[index] == nil {
            if callback(&members[index]) == .skipChildren {
                skippingBelow[index] = depth
            } else {
                everyMemberSkips = false
            }
        }
        return everyMemberSkips ? .skipChildren : .continue
    }

    private mutating func leave(_ callback: (inout any ASTVisitor) -> Void) {
        for index in members.indices {
            switch skippingBelow[index] {
            case nil:
                callback(&members[index])
            case depth:
                callback(&members[index])
                skippingBelow[index] = nil
            default:
                break  // Inside a subtree this member skips.
            }
        }
        depth -= 1
    }

    public mutating func enterDocument(_ node: Document) -> VisitAction { enter { $0.enterDocument(node) } }
    public mutating func leaveDocument(_ node: Document) { leave { $0.leaveDocument(node) } }
    public mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
        enter { $0.enterOperation(node) }
    }
    public mutating func leaveOperation(_ node: OperationDefinition) { leave { $0.leaveOperation(node) } }
    public mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction {
        enter { $0.enterFragmentDefinition(node) }
    }
    public mutating func leaveFragmentDefinition(_ node: FragmentDefinition) {
        leave { $0.leaveFragmentDefinition(node) }
    }
    public mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction {
        enter { $0.enterVariableDefinition(node) }
    }
    public mutating func leaveVariableDefinition(_ node: VariableDefinition) {
        leave { $0.leaveVariableDefinition(node) }
    }
    public mutating func enterSelectionSet(_ node: SelectionSet) -> VisitAction { enter { $0.enterSelectionSet(node) } }
    public mutating func leaveSelectionSet(_ node: SelectionSet) { leave { $0.leaveSelectionSet(node) } }
    public mutating func enterField(_ node: Field) -> VisitAction { enter { $0.enterField(node) } }
    public mutating func leaveField(_ node: Field) { leave { $0.leaveField(node) } }
    public mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction {
        enter { $0.enterFragmentSpread(node) }
    }
    public mutating func leaveFragmentSpread(_ node: FragmentSpread) { leave { $0.leaveFragmentSpread(node) } }
    public mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction {
        enter { $0.enterInlineFragment(node) }
    }
    public mutating func leaveInlineFragment(_ node: InlineFragment) { leave { $0.leaveInlineFragment(node) } }
    public mutating func enterArgument(_ node: Argument) -> VisitAction { enter { $0.enterArgument(node) } }
    public mutating func leaveArgument(_ node: Argument) { leave { $0.leaveArgument(node) } }
    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction {
        enter { $0.enterDirective(node, location: location) }
    }
    public mutating func leaveDirective(_ node: Directive, location: DirectiveLocation) {
        leave { $0.leaveDirective(node, location: location) }
    }
    public mutating func enterValue(_ node: Value, context: ValueContext) -> VisitAction {
        enter { $0.enterValue(node, context: context) }
    }
    public mutating func leaveValue(_ node: Value, context: ValueContext) {
        leave { $0.leaveValue(node, context: context) }
    }
    public mutating func enterObjectField(_ node: ObjectField) -> VisitAction { enter { $0.enterObjectField(node) } }
    public mutating func leaveObjectField(_ node: ObjectField) { leave { $0.leaveObjectField(node) } }
    public mutating func enterTypeReference(_ node: TypeReference) -> VisitAction {
        enter { $0.enterTypeReference(node) }
    }
    public mutating func leaveTypeReference(_ node: TypeReference) { leave { $0.leaveTypeReference(node) } }
    public mutating func enterSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) -> VisitAction {
        enter { $0.enterSchemaDefinition(node, isExtension: isExtension) }
    }
    public mutating func leaveSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) {
        leave { $0.leaveSchemaDefinition(node, isExtension: isExtension) }
    }
    public mutating func enterOperationTypeDefinition(_ node: OperationTypeDefinition) -> VisitAction {
        enter { $0.enterOperationTypeDefinition(node) }
    }
    public mutating func leaveOperationTypeDefinition(_ node: OperationTypeDefinition) {
        leave { $0.leaveOperationTypeDefinition(node) }
    }
    public mutating func enterTypeDefinition(_ node: TypeDefinition, isExtension: Bool) -> VisitAction {
        enter { $0.enterTypeDefinition(node, isExtension: isExtension) }
    }
    public mutating func leaveTypeDefinition(_ node: TypeDefinition, isExtension: Bool) {
        leave { $0.leaveTypeDefinition(node, isExtension: isExtension) }
    }
    public mutating func enterFieldDefinition(_ node: FieldDefinition) -> VisitAction {
        enter { $0.enterFieldDefinition(node) }
    }
    public mutating func leaveFieldDefinition(_ node: FieldDefinition) { leave { $0.leaveFieldDefinition(node) } }
    public mutating func enterInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) -> VisitAction {
        enter { $0.enterInputValueDefinition(node, isInputField: isInputField) }
    }
    public mutating func leaveInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) {
        leave { $0.leaveInputValueDefinition(node, isInputField: isInputField) }
    }
    public mutating func enterEnumValueDefinition(_ node: EnumValueDefinition) -> VisitAction {
        enter { $0.enterEnumValueDefinition(node) }
    }
    public mutating func leaveEnumValueDefinition(_ node: EnumValueDefinition) {
        leave { $0.leaveEnumValueDefinition(node) }
    }
    public mutating func enterDirectiveDefinition(_ node: DirectiveDefinition) -> VisitAction {
        enter { $0.enterDirectiveDefinition(node) }
    }
    public mutating func leaveDirectiveDefinition(_ node: DirectiveDefinition) {
        leave { $0.leaveDirectiveDefinition(node) }
    }
}
