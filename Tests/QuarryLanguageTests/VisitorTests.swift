import QuarryLanguage
import Testing

private func recorded(_ source: String, skipping: Set<String> = []) throws -> String {
    var recorder = VisitorTests.EventRecorder(skipping: skipping)
    walk(try parse(source), with: &recorder)
    return recorder.text
}

private let executableSource = """
    query Q($v: [Int] = [1] @tag) @live { a: f(x: {y: $v}) @skip(if: false) { ...F ... on T { b } ... @defer { c } } }
    fragment F on T @tag { d }
    """

/// The visitor (Visitor.swift): document order, skipping, and groups of visitors.
struct VisitorTests {
    @Test func visitsExecutableDefinitionsInDocumentOrder() throws {
        #expect(
            try recorded(executableSource) == """
                > Document
                  > Operation query Q
                    > Variable $v
                      > Type [Int]
                      < Type [Int]
                      > Value (default) list
                        > Value (item 0) 1
                        < Value (item 0) 1
                      < Value (default) list
                      > Directive @tag VARIABLE_DEFINITION
                      < Directive @tag VARIABLE_DEFINITION
                    < Variable $v
                    > Directive @live QUERY
                    < Directive @live QUERY
                    > SelectionSet
                      > Field a: f
                        > Argument x
                          > Value (argument x) object
                            > ObjectField y
                              > Value (field y) $v
                              < Value (field y) $v
                            < ObjectField y
                          < Value (argument x) object
                        < Argument x
                        > Directive @skip FIELD
                          > Argument if
                            > Value (argument if) false
                            < Value (argument if) false
                          < Argument if
                        < Directive @skip FIELD
                        > SelectionSet
                          > Spread F
                          < Spread F
                          > InlineFragment T
                            > SelectionSet
                              > Field b
                              < Field b
                            < SelectionSet
                          < InlineFragment T
                          > InlineFragment -
                            > Directive @defer INLINE_FRAGMENT
                            < Directive @defer INLINE_FRAGMENT
                            > SelectionSet
                              > Field c
                              < Field c
                            < SelectionSet
                          < InlineFragment -
                        < SelectionSet
                      < Field a: f
                    < SelectionSet
                  < Operation query Q
                  > Fragment F
                    > Directive @tag FRAGMENT_DEFINITION
                    < Directive @tag FRAGMENT_DEFINITION
                    > SelectionSet
                      > Field d
                      < Field d
                    < SelectionSet
                  < Fragment F
                < Document
                """)
    }

    @Test func visitsTypeSystemDefinitionsInDocumentOrder() throws {
        let source = """
            schema @tag { query: T }
            extend schema { mutation: M }
            type T implements I @key { f(a: Int = 2 @tag): [T!] @deprecated }
            enum E { A @tag }
            input In @tag { i: Int = 3 @tag }
            union U @tag = T
            extend scalar S @tag
            extend interface I { g: Int }
            directive @d(a: Int) on FIELD
            """
        #expect(
            try recorded(source) == """
                > Document
                  > Schema
                    > Directive @tag SCHEMA
                    < Directive @tag SCHEMA
                    > OperationType query: T
                    < OperationType query: T
                  < Schema
                  > SchemaExtension
                    > OperationType mutation: M
                    < OperationType mutation: M
                  < SchemaExtension
                  > TypeDefinition T
                    > Directive @key OBJECT
                    < Directive @key OBJECT
                    > FieldDefinition f
                      > ArgumentDefinition a
                        > Type Int
                        < Type Int
                        > Value (default) 2
                        < Value (default) 2
                        > Directive @tag ARGUMENT_DEFINITION
                        < Directive @tag ARGUMENT_DEFINITION
                      < ArgumentDefinition a
                      > Type [T!]
                      < Type [T!]
                      > Directive @deprecated FIELD_DEFINITION
                      < Directive @deprecated FIELD_DEFINITION
                    < FieldDefinition f
                  < TypeDefinition T
                  > TypeDefinition E
                    > EnumValue A
                      > Directive @tag ENUM_VALUE
                      < Directive @tag ENUM_VALUE
                    < EnumValue A
                  < TypeDefinition E
                  > TypeDefinition In
                    > Directive @tag INPUT_OBJECT
                    < Directive @tag INPUT_OBJECT
                    > InputField i
                      > Type Int
                      < Type Int
                      > Value (default) 3
                      < Value (default) 3
                      > Directive @tag INPUT_FIELD_DEFINITION
                      < Directive @tag INPUT_FIELD_DEFINITION
                    < InputField i
                  < TypeDefinition In
                  > TypeDefinition U
                    > Directive @tag UNION
                    < Directive @tag UNION
                  < TypeDefinition U
                  > TypeExtension S
                    > Directive @tag SCALAR
                    < Directive @tag SCALAR
                  < TypeExtension S
                  > TypeExtension I
                    > FieldDefinition g
                      > Type Int
                      < Type Int
                    < FieldDefinition g
                  < TypeExtension I
                  > DirectiveDefinition @d
                    > ArgumentDefinition a
                      > Type Int
                      < Type Int
                    < ArgumentDefinition a
                  < DirectiveDefinition @d
                < Document
                """)
    }

    @Test func directiveLocationsOfEveryOperationType() throws {
        #expect(
            try recorded("mutation @a { x } subscription @b { y }", skipping: ["SelectionSet"]) == """
                > Document
                  > Operation mutation -
                    > Directive @a MUTATION
                    < Directive @a MUTATION
                    > SelectionSet
                    < SelectionSet
                  < Operation mutation -
                  > Operation subscription -
                    > Directive @b SUBSCRIPTION
                    < Directive @b SUBSCRIPTION
                    > SelectionSet
                    < SelectionSet
                  < Operation subscription -
                < Document
                """)
    }

    @Test func skipChildrenSkipsTheSubtreeButStillLeavesTheNode() throws {
        #expect(
            try recorded(executableSource, skipping: ["Field a: f", "Variable $v", "Fragment F"]) == """
                > Document
                  > Operation query Q
                    > Variable $v
                    < Variable $v
                    > Directive @live QUERY
                    < Directive @live QUERY
                    > SelectionSet
                      > Field a: f
                      < Field a: f
                    < SelectionSet
                  < Operation query Q
                  > Fragment F
                  < Fragment F
                < Document
                """)
    }

    @Test func skippingAValueSkipsItsItemsAndFields() throws {
        #expect(
            try recorded(
                "{ f(a: [1, [2]], b: {c: {d: 1}}) }", skipping: ["Value (item 1) list", "Value (argument b) object"])
                == """
                > Document
                  > Operation query -
                    > SelectionSet
                      > Field f
                        > Argument a
                          > Value (argument a) list
                            > Value (item 0) 1
                            < Value (item 0) 1
                            > Value (item 1) list
                            < Value (item 1) list
                          < Value (argument a) list
                        < Argument a
                        > Argument b
                          > Value (argument b) object
                          < Value (argument b) object
                        < Argument b
                      < Field f
                    < SelectionSet
                  < Operation query -
                < Document
                """)
    }

    @Test func skippingTheDocumentVisitsNothingElse() throws {
        #expect(try recorded(executableSource, skipping: ["Document"]) == "> Document\n< Document")
    }

    @Test func defaultCallbacksDoNothing() throws {
        var counter = FieldCounter()
        walk(try parse(executableSource), with: &counter)
        #expect(counter.count == 4)
    }

    @Test func groupForwardsEveryCallbackToEveryMember() throws {
        let document = try parse(executableSource)
        var group = VisitorGroup([EventRecorder(), FieldCounter(), EventRecorder()])
        walk(document, with: &group)
        let full = try recorded(executableSource)
        #expect((group.members[0] as? EventRecorder)?.text == full)
        #expect((group.members[1] as? FieldCounter)?.count == 4)
        #expect((group.members[2] as? EventRecorder)?.text == full)
    }

    @Test func groupMemberThatSkipsDoesNotSkipForTheOthers() throws {
        let document = try parse(executableSource)
        var group = VisitorGroup([EventRecorder(skipping: ["Field a: f"]), EventRecorder()])
        walk(document, with: &group)
        let skipper = try #require(group.members[0] as? EventRecorder)
        let other = try #require(group.members[1] as? EventRecorder)
        #expect(skipper.text == (try recorded(executableSource, skipping: ["Field a: f"])))
        #expect(other.text == (try recorded(executableSource)))
        #expect(skipper.text.contains("< Field a: f"))
        #expect(!skipper.text.contains("Field b"))
        #expect(other.text.contains("Field b"))
    }

    @Test func groupMembersSkippingNestedSubtrees() throws {
        // One member skips an outer node, another a node inside it, a third inside a list value:
        // each must see exactly what it sees alone.
        let skips: [Set<String>] = [["SelectionSet"], ["InlineFragment T"], ["Value (default) list"], ["Field b"], []]
        let document = try parse(executableSource)
        var group = VisitorGroup(skips.map { EventRecorder(skipping: $0) })
        walk(document, with: &group)
        for (index, skipping) in skips.enumerated() {
            let alone = try recorded(executableSource, skipping: skipping)
            #expect((group.members[index] as? EventRecorder)?.text == alone)
        }
    }

    @Test func groupSkipsTheTraversalOnlyWhenEveryMemberSkips() throws {
        let field = Field(name: Name("a"))
        var group = VisitorGroup([EventRecorder(skipping: ["Field a"]), EventRecorder(skipping: ["Field a"])])
        #expect(group.enterField(field) == .skipChildren)
        group.leaveField(field)
        var mixed = VisitorGroup([EventRecorder(skipping: ["Field a"]), EventRecorder()])
        #expect(mixed.enterField(field) == .continue)
        mixed.leaveField(field)
        #expect((mixed.members[0] as? EventRecorder)?.events == ["> Field a", "< Field a"])
    }

    /// Random documents: a group of members with different skips matches each member walking alone.
    @Test(arguments: 0..<50)
    func groupMatchesSoloWalksOnRandomDocuments(seed: Int) {
        var generator = RandomDocuments(seed: UInt64(seed))
        let document = generator.document()
        let skips: [Set<String>] = [
            [], ["SelectionSet"], ["Field a", "Field b", "InlineFragment -"], ["Argument a", "Value (item 0) list"],
            ["Directive @a FIELD", "FieldDefinition id", "Variable $x"],
        ]
        var group = VisitorGroup(skips.map { EventRecorder(skipping: $0) })
        walk(document, with: &group)
        for (index, skipping) in skips.enumerated() {
            var alone = EventRecorder(skipping: skipping)
            walk(document, with: &alone)
            #expect((group.members[index] as? EventRecorder)?.text == alone.text)
        }
    }
}

extension VisitorTests {
    /// Records every callback as `> Label` (enter) or `< Label` (leave), indented by depth, and
    /// skips the children of nodes whose label is in `skipping`.
    struct EventRecorder: ASTVisitor {
        var skipping: Set<String> = []
        private(set) var events: [String] = []
        private var depth = 0

        init(skipping: Set<String> = []) {
            self.skipping = skipping
        }

        var text: String { events.joined(separator: "\n") }

        private mutating func enter(_ label: String) -> VisitAction {
            events.append(String(repeating: "  ", count: depth) + "> " + label)
            depth += 1
            return skipping.contains(label) ? .skipChildren : .continue
        }

        private mutating func leave(_ label: String) {
            depth -= 1
            events.append(String(repeating: "  ", count: depth) + "< " + label)
        }

        private static func field(_ node: Field) -> String {
            "Field " + (node.alias.map { "\($0): " } ?? "") + node.name.value
        }

        private static func value(_ node: Value, _ context: ValueContext) -> String {
            let where_: String =
                switch context {
                case .argument(let name): "argument \(name)"
                case .defaultValue: "default"
                case .listItem(let index): "item \(index)"
                case .objectField(let name): "field \(name)"
                }
            let what: String =
                switch node {
                case .variable(let variable): "$\(variable.name)"
                case .int(let number), .float(let number): number.text
                case .string(let string): "\"\(string.value)\""
                case .boolean(let boolean): "\(boolean.value)"
                case .null: "null"
                case .enumValue(let name): name.value
                case .list: "list"
                case .object: "object"
                }
            return "Value (\(where_)) \(what)"
        }

        private static func type(_ node: TypeReference) -> String {
            switch node {
            case .named(let name): name.value
            case .list(let inner, _): "[\(type(inner))]"
            case .nonNull(let inner, _): "\(type(inner))!"
            }
        }

        private static func typeDefinition(_ node: TypeDefinition, _ isExtension: Bool) -> String {
            (isExtension ? "TypeExtension " : "TypeDefinition ") + node.name.value
        }

        mutating func enterDocument(_ node: Document) -> VisitAction { enter("Document") }
        mutating func leaveDocument(_ node: Document) { leave("Document") }
        mutating func enterOperation(_ node: OperationDefinition) -> VisitAction {
            enter("Operation \(node.operation.rawValue) \(node.name?.value ?? "-")")
        }
        mutating func leaveOperation(_ node: OperationDefinition) {
            leave("Operation \(node.operation.rawValue) \(node.name?.value ?? "-")")
        }
        mutating func enterFragmentDefinition(_ node: FragmentDefinition) -> VisitAction { enter("Fragment \(node.name)") }
        mutating func leaveFragmentDefinition(_ node: FragmentDefinition) { leave("Fragment \(node.name)") }
        mutating func enterVariableDefinition(_ node: VariableDefinition) -> VisitAction {
            enter("Variable $\(node.variable.name)")
        }
        mutating func leaveVariableDefinition(_ node: VariableDefinition) { leave("Variable $\(node.variable.name)") }
        mutating func enterSelectionSet(_ node: SelectionSet) -> VisitAction { enter("SelectionSet") }
        mutating func leaveSelectionSet(_ node: SelectionSet) { leave("SelectionSet") }
        mutating func enterField(_ node: Field) -> VisitAction { enter(Self.field(node)) }
        mutating func leaveField(_ node: Field) { leave(Self.field(node)) }
        mutating func enterFragmentSpread(_ node: FragmentSpread) -> VisitAction { enter("Spread \(node.name)") }
        mutating func leaveFragmentSpread(_ node: FragmentSpread) { leave("Spread \(node.name)") }
        mutating func enterInlineFragment(_ node: InlineFragment) -> VisitAction {
            enter("InlineFragment \(node.typeCondition?.value ?? "-")")
        }
        mutating func leaveInlineFragment(_ node: InlineFragment) {
            leave("InlineFragment \(node.typeCondition?.value ?? "-")")
        }
        mutating func enterArgument(_ node: Argument) -> VisitAction { enter("Argument \(node.name)") }
        mutating func leaveArgument(_ node: Argument) { leave("Argument \(node.name)") }
        mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction {
            enter("Directive @\(node.name) \(location.rawValue)")
        }
        mutating func leaveDirective(_ node: Directive, location: DirectiveLocation) {
            leave("Directive @\(node.name) \(location.rawValue)")
        }
        mutating func enterValue(_ node: Value, context: ValueContext) -> VisitAction { enter(Self.value(node, context)) }
        mutating func leaveValue(_ node: Value, context: ValueContext) { leave(Self.value(node, context)) }
        mutating func enterObjectField(_ node: ObjectField) -> VisitAction { enter("ObjectField \(node.name)") }
        mutating func leaveObjectField(_ node: ObjectField) { leave("ObjectField \(node.name)") }
        mutating func enterTypeReference(_ node: TypeReference) -> VisitAction { enter("Type \(Self.type(node))") }
        mutating func leaveTypeReference(_ node: TypeReference) { leave("Type \(Self.type(node))") }
        mutating func enterSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) -> VisitAction {
            enter(isExtension ? "SchemaExtension" : "Schema")
        }
        mutating func leaveSchemaDefinition(_ node: SchemaDefinition, isExtension: Bool) {
            leave(isExtension ? "SchemaExtension" : "Schema")
        }
        mutating func enterOperationTypeDefinition(_ node: OperationTypeDefinition) -> VisitAction {
            enter("OperationType \(node.operation.rawValue): \(node.type)")
        }
        mutating func leaveOperationTypeDefinition(_ node: OperationTypeDefinition) {
            leave("OperationType \(node.operation.rawValue): \(node.type)")
        }
        mutating func enterTypeDefinition(_ node: TypeDefinition, isExtension: Bool) -> VisitAction {
            enter(Self.typeDefinition(node, isExtension))
        }
        mutating func leaveTypeDefinition(_ node: TypeDefinition, isExtension: Bool) {
            leave(Self.typeDefinition(node, isExtension))
        }
        mutating func enterFieldDefinition(_ node: FieldDefinition) -> VisitAction { enter("FieldDefinition \(node.name)") }
        mutating func leaveFieldDefinition(_ node: FieldDefinition) { leave("FieldDefinition \(node.name)") }
        mutating func enterInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) -> VisitAction {
            enter("\(isInputField ? "InputField" : "ArgumentDefinition") \(node.name)")
        }
        mutating func leaveInputValueDefinition(_ node: InputValueDefinition, isInputField: Bool) {
            leave("\(isInputField ? "InputField" : "ArgumentDefinition") \(node.name)")
        }
        mutating func enterEnumValueDefinition(_ node: EnumValueDefinition) -> VisitAction { enter("EnumValue \(node.name)") }
        mutating func leaveEnumValueDefinition(_ node: EnumValueDefinition) { leave("EnumValue \(node.name)") }
        mutating func enterDirectiveDefinition(_ node: DirectiveDefinition) -> VisitAction {
            enter("DirectiveDefinition @\(node.name)")
        }
        mutating func leaveDirectiveDefinition(_ node: DirectiveDefinition) { leave("DirectiveDefinition @\(node.name)") }
    }

    /// Counts fields and nothing else: a visitor that relies on the default no-op callbacks.
    struct FieldCounter: ASTVisitor {
        var count = 0

        mutating func enterField(_ node: Field) -> VisitAction {
            count += 1
            return .continue
        }
    }
}
