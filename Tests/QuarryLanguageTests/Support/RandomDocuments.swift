import QuarryLanguage

/// SplitMix64: a small, fast, seeded generator, so a failing random case can be replayed from
/// its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random strings and random syntax trees that the grammar accepts, for round-trip tests of the
/// printer. Strings lean on what is hard to print: quotes, backslashes, `"""`, line breaks,
/// indentation, control characters and non-ASCII text.
struct RandomDocuments {
    var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func count(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    private mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements.randomElement(using: &random)!
    }

    // MARK: Strings

    /// Pieces a string is built from: each is short, and together they cover every kind of
    /// character the printer treats differently.
    private static let stringPieces: [String] = [
        "a", "Z", "word", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\"", "\"\"", "\"\"\"", "\\", "\\\"\"\"",
        "\\n", "/", "\u{0}", "\u{7}", "\u{8}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}",
        "\u{A0}", "é", "e\u{301}", "中文", "😀", "👩‍👩‍👧", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "\u{FFFF}",
        "\u{10FFFF}", "#", "{", "}", "$", "  indented", "\n  indented", "\n\tTabbed", "\n    deeper",
    ]

    mutating func string() -> String {
        var text = ""
        for _ in 0..<count(0...8) {
            text += pick(Self.stringPieces)
        }
        return text
    }

    mutating func stringValue() -> StringValue {
        StringValue(value: string(), isBlock: chance(0.5))
    }

    // MARK: Names

    /// Names, keywords among them: a keyword is an ordinary name almost everywhere. `on`, `true`,
    /// `false` and `null` are left out: they cannot name a fragment or an enum value.
    private static let names = [
        "a", "b", "id", "node", "query", "mutation", "subscription", "fragment", "type", "input", "enum",
        "schema", "extend", "scalar", "implements", "directive", "repeatable", "_private", "__typename", "Order",
        "Item", "x1", "camelCase", "SNAKE_CASE",
    ]

    private mutating func name() -> Name { Name(pick(Self.names)) }

    private mutating func names(_ range: ClosedRange<Int>) -> [Name] { (0..<count(range)).map { _ in name() } }

    private mutating func description() -> StringValue? { chance(0.4) ? stringValue() : nil }

    // MARK: Values and types

    private static let ints = ["0", "-0", "7", "-12", "1234567890123456789012"]
    private static let floats = ["1.5", "-0.0", "1e3", "2.5E-3", "-1.25e+10", "0.000001"]

    mutating func value(isConst: Bool, depth: Int = 0) -> Value {
        let kinds = depth > 2 ? 7 : 9
        switch count(0...(kinds - 1)) {
        case 0: return isConst ? .null(SourceRange(start: 0, end: 0)) : .variable(Variable(name: name()))
        case 1: return .int(NumberValue(text: pick(Self.ints)))
        case 2: return .float(NumberValue(text: pick(Self.floats)))
        case 3: return .string(stringValue())
        case 4: return .boolean(BooleanValue(value: chance(0.5)))
        case 5: return .null(SourceRange(start: 0, end: 0))
        case 6: return .enumValue(Name(pick(["OPEN", "CLOSED", "query", "type", "Item"])))
        case 7:
            let items = (0..<count(0...3)).map { _ in value(isConst: isConst, depth: depth + 1) }
            return .list(ListValue(values: items))
        default:
            let fields = (0..<count(0...3)).map { _ in
                ObjectField(name: name(), value: value(isConst: isConst, depth: depth + 1))
            }
            return .object(ObjectValue(fields: fields))
        }
    }

    mutating func typeReference(depth: Int = 0) -> TypeReference {
        let inner: TypeReference =
            depth < 2 && chance(0.3)
            ? .list(typeReference(depth: depth + 1), SourceRange(start: 0, end: 0)) : .named(name())
        return chance(0.4) ? .nonNull(inner, SourceRange(start: 0, end: 0)) : inner
    }

    private mutating func arguments(isConst: Bool) -> [Argument] {
        (0..<count(0...2)).map { _ in Argument(name: name(), value: value(isConst: isConst)) }
    }

    private mutating func directives(isConst: Bool) -> [Directive] {
        (0..<count(0...2)).map { _ in Directive(name: name(), arguments: arguments(isConst: isConst)) }
    }

    // MARK: Executable definitions

    private mutating func selectionSet(depth: Int) -> SelectionSet {
        SelectionSet(selections: (0..<count(1...3)).map { _ in selection(depth: depth) })
    }

    private mutating func selection(depth: Int) -> Selection {
        switch count(0...5) {
        case 0:
            return .fragmentSpread(FragmentSpread(name: name(), directives: directives(isConst: false)))
        case 1 where depth < 3:
            return .inlineFragment(
                InlineFragment(
                    typeCondition: chance(0.6) ? name() : nil, directives: directives(isConst: false),
                    selectionSet: selectionSet(depth: depth + 1)))
        default:
            return .field(
                Field(
                    alias: chance(0.3) ? name() : nil, name: name(), arguments: arguments(isConst: false),
                    directives: directives(isConst: false),
                    selectionSet: depth < 3 && chance(0.4) ? selectionSet(depth: depth + 1) : nil))
        }
    }

    private mutating func operation() -> OperationDefinition {
        let variables = (0..<count(0...3)).map { _ in
            VariableDefinition(
                description: description(), variable: Variable(name: name()), type: typeReference(),
                defaultValue: chance(0.4) ? value(isConst: true) : nil, directives: directives(isConst: true))
        }
        return OperationDefinition(
            description: description(), operation: pick(OperationType.allCases), name: chance(0.6) ? name() : nil,
            variableDefinitions: variables, directives: chance(0.3) ? directives(isConst: false) : [],
            selectionSet: selectionSet(depth: 0))
    }

    private mutating func fragment() -> FragmentDefinition {
        FragmentDefinition(
            description: description(), name: name(), typeCondition: name(), directives: directives(isConst: false),
            selectionSet: selectionSet(depth: 0))
    }

    // MARK: Type system

    private mutating func inputValueDefinition() -> InputValueDefinition {
        InputValueDefinition(
            description: description(), name: name(), type: typeReference(),
            defaultValue: chance(0.3) ? value(isConst: true) : nil, directives: directives(isConst: true))
    }

    private mutating func fieldDefinitions(_ range: ClosedRange<Int>) -> [FieldDefinition] {
        (0..<count(range)).map { _ in
            FieldDefinition(
                description: description(), name: name(),
                arguments: (0..<count(0...2)).map { _ in inputValueDefinition() }, type: typeReference(),
                directives: directives(isConst: true))
        }
    }

    private mutating func operationTypes(_ range: ClosedRange<Int>) -> [OperationTypeDefinition] {
        (0..<count(range)).map { _ in OperationTypeDefinition(operation: pick(OperationType.allCases), type: name()) }
    }

    /// A type definition or, when `isExtension`, what an extension adds: never nothing, and no
    /// description (the grammar has no place for one).
    private mutating func typeDefinition(isExtension: Bool) -> TypeDefinition {
        let description = isExtension ? nil : description()
        var directives = directives(isConst: true)
        let minimum = isExtension ? 1 : 0
        switch count(0...5) {
        case 0:
            if isExtension && directives.isEmpty { directives = [Directive(name: name())] }
            return .scalar(ScalarTypeDefinition(description: description, name: name(), directives: directives))
        case 1:
            return .object(
                ObjectTypeDefinition(
                    description: description, name: name(), interfaces: names(0...2), directives: directives,
                    fields: fieldDefinitions(minimum...3)))
        case 2:
            return .interface(
                InterfaceTypeDefinition(
                    description: description, name: name(), interfaces: names(0...2), directives: directives,
                    fields: fieldDefinitions(minimum...3)))
        case 3:
            return .union(
                UnionTypeDefinition(
                    description: description, name: name(), directives: directives, types: names(minimum...3)))
        case 4:
            let values = (0..<count(minimum...3)).map { _ in
                EnumValueDefinition(
                    description: self.description(), name: Name(pick(["OPEN", "CLOSED", "query", "type", "Item"])),
                    directives: self.directives(isConst: true))
            }
            return .enumeration(
                EnumTypeDefinition(description: description, name: name(), directives: directives, values: values))
        default:
            return .inputObject(
                InputObjectTypeDefinition(
                    description: description, name: name(), directives: directives,
                    fields: (0..<count(minimum...3)).map { _ in inputValueDefinition() }))
        }
    }

    private mutating func directiveDefinition() -> DirectiveDefinition {
        DirectiveDefinition(
            description: description(), name: name(), arguments: (0..<count(0...2)).map { _ in inputValueDefinition() },
            isRepeatable: chance(0.5),
            locations: (0..<count(1...4)).map { _ in Name(pick(DirectiveLocation.allCases).rawValue) })
    }

    mutating func definition() -> Definition {
        switch count(0...6) {
        case 0: return .operation(operation())
        case 1: return .fragment(fragment())
        case 2:
            return .schema(
                SchemaDefinition(
                    description: description(), directives: directives(isConst: true),
                    operationTypes: operationTypes(1...3)))
        case 3:
            var extensionBody = SchemaDefinition(
                directives: directives(isConst: true), operationTypes: operationTypes(0...2))
            if extensionBody.directives.isEmpty && extensionBody.operationTypes.isEmpty {
                extensionBody.operationTypes = operationTypes(1...1)
            }
            return .schemaExtension(extensionBody)
        case 4: return .type(typeDefinition(isExtension: false))
        case 5: return .typeExtension(typeDefinition(isExtension: true))
        default: return .directive(directiveDefinition())
        }
    }

    mutating func document() -> Document {
        Document(definitions: (0..<count(1...5)).map { _ in definition() })
    }
}
