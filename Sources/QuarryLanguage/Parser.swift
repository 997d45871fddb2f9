/// The recursive-descent parser: one function per grammar production (spec Appendix B), named
/// after it. It reads one token ahead, two where a description precedes a definition.
struct Parser {
    private var lexer: Lexer
    /// The current token, not yet consumed.
    private var token: Token
    /// Where the last consumed token ended: the end of the node being built.
    private var previousEnd = 0
    private var tokenCount = 1
    private var depth = 0
    private let options: ParseOptions

    init(bytes: UnsafeBufferPointer<UInt8>, options: ParseOptions) throws(ParseFailure) {
        self.lexer = Lexer(bytes: bytes)
        self.options = options
        self.token = try lexer.next()
        // The first token counts towards the limit too.
        if token.kind != .endOfFile && options.maxTokens < 1 {
            throw ParseFailure(
                message: "Document contains more than \(options.maxTokens) tokens. Parsing aborted.", offset: token.start)
        }
    }

    // MARK: Document (§2.2)

    mutating func parseDocument() throws(ParseFailure) -> Document {
        let start = token.start
        var definitions: [Definition] = []
        repeat {
            definitions.append(try parseDefinition())
        } while token.kind != .endOfFile
        return Document(definitions: definitions, range: SourceRange(start, previousEnd))
    }

    private mutating func parseDefinition() throws(ParseFailure) -> Definition {
        if token.kind == .braceLeft { return .operation(try parseOperationDefinition()) }
        let hasDescription = token.kind == .string || token.kind == .blockString
        let keyword = hasDescription ? try lookahead() : token
        if hasDescription && keyword.kind == .braceLeft {
            throw ParseFailure(
                message: "Unexpected description, descriptions are not supported on shorthand queries.",
                offset: token.start)
        }
        if keyword.kind == .name {
            switch text(of: keyword) {
            case "schema": return .schema(try parseSchemaDefinition())
            case "scalar": return .type(.scalar(try parseScalarTypeDefinition()))
            case "type": return .type(.object(try parseObjectTypeDefinition()))
            case "interface": return .type(.interface(try parseInterfaceTypeDefinition()))
            case "union": return .type(.union(try parseUnionTypeDefinition()))
            case "enum": return .type(.enumeration(try parseEnumTypeDefinition()))
            case "input": return .type(.inputObject(try parseInputObjectTypeDefinition()))
            case "directive": return .directive(try parseDirectiveDefinition())
            case "query", "mutation", "subscription": return .operation(try parseOperationDefinition())
            case "fragment": return .fragment(try parseFragmentDefinition())
            case "extend" where !hasDescription: return try parseTypeSystemExtension()
            default:
                if hasDescription {
                    // graphql-js 17's wording: graphql-core 3.2's "descriptions are supported only on type
                    // definitions" predates descriptions on operations and fragments.
                    throw ParseFailure(
                        message: "Unexpected description, only GraphQL definitions support descriptions.",
                        offset: token.start)
                }
            }
        }
        throw unexpected(keyword)
    }

    // MARK: Operations (§2.3)

    private mutating func parseOperationDefinition() throws(ParseFailure) -> OperationDefinition {
        let start = token.start
        if token.kind == .braceLeft {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(
                operation: .query, selectionSet: selectionSet, isShorthand: true, range: range(from: start))
        }
        let description = try parseDescription()
        let operation = try parseOperationType()
        let name = token.kind == .name ? try parseName() : nil
        let variableDefinitions = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            description: description, operation: operation, name: name,
            variableDefinitions: variableDefinitions, directives: directives, selectionSet: selectionSet,
            range: range(from: start))
    }

    /// Like graphql-js, reads a Name first and then checks it, so an error in the token after an
    /// unknown name wins, and anything but a Name is "Expected Name".
    private mutating func parseOperationType() throws(ParseFailure) -> OperationType {
        let operationToken = token
        try expect(.name)
        switch text(of: operationToken) {
        case "query": return .query
        case "mutation": return .mutation
        case "subscription": return .subscription
        default: throw unexpected(operationToken)
        }
    }

    /// `( VariableDefinition+ )` (§2.10), or nothing.
    private mutating func parseVariableDefinitions() throws(ParseFailure) -> [VariableDefinition] {
        guard token.kind == .parenLeft else { return [] }
        try advance()
        var definitions: [VariableDefinition] = []
        repeat {
            definitions.append(try parseVariableDefinition())
        } while try !skip(.parenRight)
        return definitions
    }

    private mutating func parseVariableDefinition() throws(ParseFailure) -> VariableDefinition {
        let start = token.start
        let description = try parseDescription()
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try skip(.equals) ? try parseValue(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(
            description: description, variable: variable, type: type, defaultValue: defaultValue,
            directives: directives, range: range(from: start))
    }

    private mutating func parseVariable() throws(ParseFailure) -> Variable {
        let start = token.start
        try expect(.dollar)
        let name = try parseName()
        return Variable(name: name, range: range(from: start))
    }

    // MARK: Selections (§2.4–§2.8)

    private mutating func parseSelectionSet() throws(ParseFailure) -> SelectionSet {
        let start = token.start
        try expect(.braceLeft)
        try descend()
        var selections: [Selection] = []
        repeat {
            // Selection (§2.4), read here rather than in a function of its own: one frame less
            // per level of nesting.
            if token.kind == .spread {
                selections.append(try parseFragment())
            } else {
                selections.append(.field(try parseField()))
            }
        } while try !skip(.braceRight)
        depth -= 1
        return SelectionSet(selections: selections, range: range(from: start))
    }

    // Selection sets nest, so the functions on that recursion read everything before a nested
    // selection set in helpers that return before it starts (see parseValue).
    private mutating func parseField() throws(ParseFailure) -> Field {
        var field = try parseFieldWithoutSelections()
        if token.kind == .braceLeft {
            field.selectionSet = try parseSelectionSet()
            field.range = range(from: Int(field.range.start))
        }
        return field
    }

    /// `Alias? Name Arguments? Directives?` (§2.5).
    private mutating func parseFieldWithoutSelections() throws(ParseFailure) -> Field {
        let start = token.start
        let nameOrAlias = try parseName()
        var alias: Name?
        var name = nameOrAlias
        if try skip(.colon) {
            alias = nameOrAlias
            name = try parseName()
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        return Field(alias: alias, name: name, arguments: arguments, directives: directives, range: range(from: start))
    }

    /// `( Argument+ )` (§2.6), or nothing.
    private mutating func parseArguments(isConst: Bool) throws(ParseFailure) -> [Argument] {
        guard token.kind == .parenLeft else { return [] }
        try advance()
        var arguments: [Argument] = []
        repeat {
            let start = token.start
            let name = try parseName()
            try expect(.colon)
            let value = try parseValue(isConst: isConst)
            arguments.append(Argument(name: name, value: value, range: range(from: start)))
        } while try !skip(.parenRight)
        return arguments
    }

    /// A fragment spread or an inline fragment, after `...` (§2.8, §2.8.2).
    private mutating func parseFragment() throws(ParseFailure) -> Selection {
        let start = token.start
        try expect(.spread)
        if !isKeyword("on") && token.kind == .name {
            return .fragmentSpread(try parseFragmentSpread(start: start))
        }
        var fragment = try parseInlineFragmentWithoutSelections(start: start)
        fragment.selectionSet = try parseSelectionSet()
        fragment.range = range(from: start)
        return .inlineFragment(fragment)
    }

    private mutating func parseFragmentSpread(start: Int) throws(ParseFailure) -> FragmentSpread {
        let name = try parseName()
        let directives = try parseDirectives(isConst: false)
        return FragmentSpread(name: name, directives: directives, range: range(from: start))
    }

    /// `TypeCondition? Directives?` after `...`; the selection set is left empty.
    private mutating func parseInlineFragmentWithoutSelections(start: Int) throws(ParseFailure) -> InlineFragment {
        var typeCondition: Name?
        if isKeyword("on") {
            try advance()
            typeCondition = try parseName()
        }
        let directives = try parseDirectives(isConst: false)
        return InlineFragment(
            typeCondition: typeCondition, directives: directives, selectionSet: SelectionSet(selections: []),
            range: range(from: start))
    }

    private mutating func parseFragmentDefinition() throws(ParseFailure) -> FragmentDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("fragment")
        // FragmentName is any Name but `on`.
        if isKeyword("on") { throw unexpected(token) }
        let name = try parseName()
        try expectKeyword("on")
        let typeCondition = try parseName()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            description: description, name: name, typeCondition: typeCondition, directives: directives,
            selectionSet: selectionSet, range: range(from: start))
    }

    // MARK: Values (§2.9)

    // Values nest (lists, objects), so the functions on that recursion keep few locals: a debug
    // build gives every local its own stack slot, and one big parseValue frame took ~3.7 KB per
    // level of nesting.
    private mutating func parseValue(isConst: Bool) throws(ParseFailure) -> Value {
        switch token.kind {
        case .bracketLeft: .list(try parseListValue(isConst: isConst))
        case .braceLeft: .object(try parseObjectValue(isConst: isConst))
        default: try parseScalarValue(isConst: isConst)
        }
    }

    /// `[ Value* ]` (§2.9.7).
    private mutating func parseListValue(isConst: Bool) throws(ParseFailure) -> ListValue {
        let start = token.start
        try advance()
        try descend()
        var values: [Value] = []
        while try !skip(.bracketRight) {
            values.append(try parseValue(isConst: isConst))
        }
        depth -= 1
        return ListValue(values: values, range: range(from: start))
    }

    /// `{ ObjectField* }` (§2.9.8).
    private mutating func parseObjectValue(isConst: Bool) throws(ParseFailure) -> ObjectValue {
        let start = token.start
        try advance()
        try descend()
        var fields: [ObjectField] = []
        while try !skip(.braceRight) {
            let fieldStart = token.start
            let name = try parseName()
            try expect(.colon)
            let value = try parseValue(isConst: isConst)
            fields.append(ObjectField(name: name, value: value, range: range(from: fieldStart)))
        }
        depth -= 1
        return ObjectValue(fields: fields, range: range(from: start))
    }

    /// A value that does not nest: a number, string, boolean, null, enum value or variable.
    private mutating func parseScalarValue(isConst: Bool) throws(ParseFailure) -> Value {
        let start = token.start
        switch token.kind {
        case .int:
            let text = text(of: token)
            try advance()
            return .int(NumberValue(text: text, range: range(from: start)))
        case .float:
            let text = text(of: token)
            try advance()
            return .float(NumberValue(text: text, range: range(from: start)))
        case .string, .blockString:
            return .string(try parseStringValue())
        case .name:
            let name = try parseName()
            switch name.value {
            case "true": return .boolean(BooleanValue(value: true, range: name.range))
            case "false": return .boolean(BooleanValue(value: false, range: name.range))
            case "null": return .null(name.range)
            default: return .enumValue(name)
            }
        case .dollar:
            if isConst {
                let dollar = token
                try advance()
                if token.kind == .name {
                    throw ParseFailure(
                        message: "Unexpected variable \"$\(text(of: token))\" in constant value.", offset: dollar.start)
                }
                throw unexpected(dollar)
            }
            return .variable(try parseVariable())
        default:
            throw unexpected(token)
        }
    }

    private mutating func parseStringValue() throws(ParseFailure) -> StringValue {
        let current = token
        let value = lexer.stringValue(of: current)
        try advance()
        return StringValue(value: value, isBlock: current.kind == .blockString, range: SourceRange(current.start, current.end))
    }

    /// A description (§3.2 "Descriptions") when a string comes first.
    private mutating func parseDescription() throws(ParseFailure) -> StringValue? {
        token.kind == .string || token.kind == .blockString ? try parseStringValue() : nil
    }

    // MARK: Directives (§2.12) and type references (§2.11)

    private mutating func parseDirectives(isConst: Bool) throws(ParseFailure) -> [Directive] {
        var directives: [Directive] = []
        while token.kind == .at {
            let start = token.start
            try advance()
            let name = try parseName()
            let arguments = try parseArguments(isConst: isConst)
            directives.append(Directive(name: name, arguments: arguments, range: range(from: start)))
        }
        return directives
    }

    private mutating func parseTypeReference() throws(ParseFailure) -> TypeReference {
        let start = token.start
        var type: TypeReference
        if try skip(.bracketLeft) {
            try descend()
            let inner = try parseTypeReference()
            try expect(.bracketRight)
            depth -= 1
            type = .list(inner, range(from: start))
        } else {
            type = .named(try parseName())
        }
        if try skip(.bang) { type = .nonNull(type, range(from: start)) }
        return type
    }

    // MARK: Type system (§3.3–§3.13)

    private mutating func parseSchemaDefinition() throws(ParseFailure) -> SchemaDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        try expect(.braceLeft)
        var operationTypes: [OperationTypeDefinition] = []
        repeat {
            operationTypes.append(try parseOperationTypeDefinition())
        } while try !skip(.braceRight)
        return SchemaDefinition(
            description: description, directives: directives, operationTypes: operationTypes,
            range: range(from: start))
    }

    private mutating func parseOperationTypeDefinition() throws(ParseFailure) -> OperationTypeDefinition {
        let start = token.start
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseName()
        return OperationTypeDefinition(operation: operation, type: type, range: range(from: start))
    }

    private mutating func parseScalarTypeDefinition() throws(ParseFailure) -> ScalarTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return ScalarTypeDefinition(description: description, name: name, directives: directives, range: range(from: start))
    }

    private mutating func parseObjectTypeDefinition() throws(ParseFailure) -> ObjectTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinition(
            description: description, name: name, interfaces: interfaces, directives: directives, fields: fields,
            range: range(from: start))
    }

    private mutating func parseInterfaceTypeDefinition() throws(ParseFailure) -> InterfaceTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return InterfaceTypeDefinition(
            description: description, name: name, interfaces: interfaces, directives: directives, fields: fields,
            range: range(from: start))
    }

    /// `implements &? A & B` (§3.6 ImplementsInterfaces), or nothing.
    private mutating func parseImplementsInterfaces() throws(ParseFailure) -> [Name] {
        guard isKeyword("implements") else { return [] }
        try advance()
        _ = try skip(.ampersand)
        var names: [Name] = []
        repeat {
            names.append(try parseName())
        } while try skip(.ampersand)
        return names
    }

    /// `{ FieldDefinition+ }` (§3.6 FieldsDefinition), or nothing.
    private mutating func parseFieldsDefinition() throws(ParseFailure) -> [FieldDefinition] {
        guard try skip(.braceLeft) else { return [] }
        var fields: [FieldDefinition] = []
        repeat {
            let start = token.start
            let description = try parseDescription()
            let name = try parseName()
            let arguments = try parseArgumentsDefinition()
            try expect(.colon)
            let type = try parseTypeReference()
            let directives = try parseDirectives(isConst: true)
            fields.append(
                FieldDefinition(
                    description: description, name: name, arguments: arguments, type: type, directives: directives,
                    range: range(from: start)))
        } while try !skip(.braceRight)
        return fields
    }

    /// `( InputValueDefinition+ )` (§3.6.1 ArgumentsDefinition), or nothing.
    private mutating func parseArgumentsDefinition() throws(ParseFailure) -> [InputValueDefinition] {
        guard try skip(.parenLeft) else { return [] }
        var arguments: [InputValueDefinition] = []
        repeat {
            arguments.append(try parseInputValueDefinition())
        } while try !skip(.parenRight)
        return arguments
    }

    private mutating func parseInputValueDefinition() throws(ParseFailure) -> InputValueDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try skip(.equals) ? try parseValue(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinition(
            description: description, name: name, type: type, defaultValue: defaultValue, directives: directives,
            range: range(from: start))
    }

    private mutating func parseUnionTypeDefinition() throws(ParseFailure) -> UnionTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinition(
            description: description, name: name, directives: directives, types: types, range: range(from: start))
    }

    /// `= |? A | B` (§3.8 UnionMemberTypes), or nothing.
    private mutating func parseUnionMemberTypes() throws(ParseFailure) -> [Name] {
        guard try skip(.equals) else { return [] }
        _ = try skip(.pipe)
        var types: [Name] = []
        repeat {
            types.append(try parseName())
        } while try skip(.pipe)
        return types
    }

    private mutating func parseEnumTypeDefinition() throws(ParseFailure) -> EnumTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinition(
            description: description, name: name, directives: directives, values: values, range: range(from: start))
    }

    /// `{ EnumValueDefinition+ }` (§3.9 EnumValuesDefinition), or nothing.
    private mutating func parseEnumValuesDefinition() throws(ParseFailure) -> [EnumValueDefinition] {
        guard try skip(.braceLeft) else { return [] }
        var values: [EnumValueDefinition] = []
        repeat {
            let start = token.start
            let description = try parseDescription()
            if token.kind == .name {
                let text = text(of: token)
                if text == "true" || text == "false" || text == "null" {
                    throw ParseFailure(
                        message: "Name \"\(text)\" is reserved and cannot be used for an enum value.",
                        offset: token.start)
                }
            }
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            values.append(
                EnumValueDefinition(description: description, name: name, directives: directives, range: range(from: start)))
        } while try !skip(.braceRight)
        return values
    }

    private mutating func parseInputObjectTypeDefinition() throws(ParseFailure) -> InputObjectTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinition(
            description: description, name: name, directives: directives, fields: fields, range: range(from: start))
    }

    /// `{ InputValueDefinition+ }` (§3.10 InputFieldsDefinition), or nothing.
    private mutating func parseInputFieldsDefinition() throws(ParseFailure) -> [InputValueDefinition] {
        guard try skip(.braceLeft) else { return [] }
        var fields: [InputValueDefinition] = []
        repeat {
            fields.append(try parseInputValueDefinition())
        } while try !skip(.braceRight)
        return fields
    }

    private mutating func parseDirectiveDefinition() throws(ParseFailure) -> DirectiveDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentsDefinition()
        let isRepeatable = isKeyword("repeatable")
        if isRepeatable { try advance() }
        try expectKeyword("on")
        _ = try skip(.pipe)
        var locations: [Name] = []
        repeat {
            // Read the Name, then check it (as graphql-js does; see parseOperationType).
            let locationToken = token
            let location = try parseName()
            guard DirectiveLocation(rawValue: location.value) != nil else { throw unexpected(locationToken) }
            locations.append(location)
        } while try skip(.pipe)
        return DirectiveDefinition(
            description: description, name: name, arguments: arguments, isRepeatable: isRepeatable,
            locations: locations, range: range(from: start))
    }

    // MARK: Extensions (§3.3.2, §3.5.1, §3.6.3, §3.7.1, §3.8.1, §3.9.1, §3.10.1)

    private mutating func parseTypeSystemExtension() throws(ParseFailure) -> Definition {
        let start = token.start
        try expectKeyword("extend")
        guard token.kind == .name else { throw unexpected(token) }
        switch text(of: token) {
        case "schema":
            try advance()
            let directives = try parseDirectives(isConst: true)
            var operationTypes: [OperationTypeDefinition] = []
            if try skip(.braceLeft) {
                repeat {
                    operationTypes.append(try parseOperationTypeDefinition())
                } while try !skip(.braceRight)
            }
            if directives.isEmpty && operationTypes.isEmpty { throw unexpected(token) }
            return .schemaExtension(
                SchemaDefinition(directives: directives, operationTypes: operationTypes, range: range(from: start)))
        case "scalar":
            try advance()
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            if directives.isEmpty { throw unexpected(token) }
            return .typeExtension(.scalar(ScalarTypeDefinition(name: name, directives: directives, range: range(from: start))))
        case "type":
            try advance()
            let name = try parseName()
            let interfaces = try parseImplementsInterfaces()
            let directives = try parseDirectives(isConst: true)
            let fields = try parseFieldsDefinition()
            if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected(token) }
            return .typeExtension(
                .object(
                    ObjectTypeDefinition(
                        name: name, interfaces: interfaces, directives: directives, fields: fields,
                        range: range(from: start))))
        case "interface":
            try advance()
            let name = try parseName()
            let interfaces = try parseImplementsInterfaces()
            let directives = try parseDirectives(isConst: true)
            let fields = try parseFieldsDefinition()
            if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected(token) }
            return .typeExtension(
                .interface(
                    InterfaceTypeDefinition(
                        name: name, interfaces: interfaces, directives: directives, fields: fields,
                        range: range(from: start))))
        case "union":
            try advance()
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            let types = try parseUnionMemberTypes()
            if directives.isEmpty && types.isEmpty { throw unexpected(token) }
            return .typeExtension(
                .union(UnionTypeDefinition(name: name, directives: directives, types: types, range: range(from: start))))
        case "enum":
            try advance()
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            let values = try parseEnumValuesDefinition()
            if directives.isEmpty && values.isEmpty { throw unexpected(token) }
            return .typeExtension(
                .enumeration(EnumTypeDefinition(name: name, directives: directives, values: values, range: range(from: start))))
        case "input":
            try advance()
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            let fields = try parseInputFieldsDefinition()
            if directives.isEmpty && fields.isEmpty { throw unexpected(token) }
            return .typeExtension(
                .inputObject(
                    InputObjectTypeDefinition(name: name, directives: directives, fields: fields, range: range(from: start))))
        default:
            throw unexpected(token)
        }
    }

    // MARK: Tokens

    private mutating func parseName() throws(ParseFailure) -> Name {
        guard token.kind == .name else { throw expected(.name) }
        let name = Name(text(of: token), range: SourceRange(token.start, token.end))
        try advance()
        return name
    }

    private mutating func advance() throws(ParseFailure) {
        previousEnd = token.end
        token = try lexer.next()
        if token.kind != .endOfFile {
            tokenCount += 1
            if tokenCount > options.maxTokens {
                throw ParseFailure(
                    message: "Document contains more than \(options.maxTokens) tokens. Parsing aborted.",
                    offset: token.start)
            }
        }
    }

    /// The token after the current one, without consuming anything.
    private func lookahead() throws(ParseFailure) -> Token {
        var probe = lexer
        return try probe.next()
    }

    /// Consumes the current token when it is of `kind`.
    private mutating func skip(_ kind: TokenKind) throws(ParseFailure) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    private mutating func expect(_ kind: TokenKind) throws(ParseFailure) {
        guard token.kind == kind else { throw expected(kind) }
        try advance()
    }

    private mutating func expectKeyword(_ keyword: String) throws(ParseFailure) {
        guard isKeyword(keyword) else {
            throw ParseFailure(message: "Expected \"\(keyword)\", found \(describe(token)).", offset: token.start)
        }
        try advance()
    }

    private func isKeyword(_ keyword: String) -> Bool {
        token.kind == .name && text(of: token) == keyword
    }

    private mutating func descend() throws(ParseFailure) {
        depth += 1
        if depth > options.maxDepth {
            throw ParseFailure(
                message: "Document is nested more than \(options.maxDepth) levels deep. Parsing aborted.",
                offset: previousEnd - 1)
        }
    }

    private func range(from start: Int) -> SourceRange { SourceRange(start, previousEnd) }

    private func text(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: lexer.bytes[token.start..<token.end]), as: UTF8.self)
    }

    private func expected(_ kind: TokenKind) -> ParseFailure {
        ParseFailure(message: "Expected \(kind.expectedDescription), found \(describe(token)).", offset: token.start)
    }

    private func unexpected(_ token: Token) -> ParseFailure {
        ParseFailure(message: "Unexpected \(describe(token)).", offset: token.start)
    }

    /// A token for a message: `"{"`, `Name "foo"`, `String "text"`, `<EOF>`.
    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .name, .int, .float: "\(token.kind.expectedDescription) \"\(text(of: token))\""
        case .string, .blockString: "\(token.kind.expectedDescription) \"\(lexer.stringValue(of: token))\""
        default: token.kind.expectedDescription
        }
    }
}
