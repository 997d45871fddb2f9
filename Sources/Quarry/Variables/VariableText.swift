import QuarryExecution
import QuarryLanguage
import QuarrySchema

/// Text given for a variable (`--var name=value`, `/queries/NAME?name=value`), typed by the
/// variable's declared type (SEMANTICS.md §14.3): `String`, `ID` and custom scalars verbatim
/// (`007` stays the string `"007"`), `Int` and `Float` parsed, `Boolean` `true|false`, an enum
/// by its name, lists and input objects as JSON.
public struct VariableText: Sendable {
    /// Tells enums, input objects and custom scalars apart; without it a named type that is not
    /// built in is an input object when the text is a JSON object, else verbatim text.
    public let schema: Schema?

    public init(schema: Schema? = nil) { self.schema = schema }

    /// The JSON value `text` stands for as `type`; throws naming `variable` when it does not fit.
    public func value(_ text: String, as type: TypeReference, variable: String) throws(VariableInputError) -> JSONValue {
        switch type {
        case .nonNull(let inner, _):
            return try value(text, as: inner, variable: variable)
        case .list(let item, _):
            // One item stands for a list of one (spec §3.11 input coercion), so
            // `--var status=SHIPPED` works for `[OrderStatus!]`.
            guard text.first == "[" else { return try value(text, as: item, variable: variable) }
            guard case .array? = try? JSONValue.parse(Array(text.utf8)) else {
                throw VariableInputError(variable: variable, message: "expected a JSON list for \(type.printed()), got \(quoted(text)).")
            }
            return try JSONValue.parse(Array(text.utf8), variable: variable)
        case .named(let name):
            return try named(text, name.value, variable: variable)
        }
    }

    private func named(_ text: String, _ typeName: String, variable: String) throws(VariableInputError) -> JSONValue {
        switch typeName {
        case "Int":
            guard let number = Int32(text), text.first != "+" else { throw mismatch(variable, "an Int", text) }
            return .number(String(number))
        case "Float":
            guard JSONNumberText.isValid(text), let number = Double(text), number.isFinite else { throw mismatch(variable, "a Float", text) }
            return .number(text)
        case "Boolean":
            guard text == "true" || text == "false" else { throw mismatch(variable, "true or false", text) }
            return .bool(text == "true")
        case "String", "ID":
            return .string(text)
        default:
            break
        }
        guard let type = schema?.type(named: typeName) else {
            return text.first == "{" ? try JSONValue.parse(Array(text.utf8), variable: variable) : .string(text)
        }
        switch type.kind {
        case .enumeration:
            guard type.enumValues.contains(where: { $0.name == text }) else {
                let names = type.enumValues.map(\.name).joined(separator: ", ")
                throw VariableInputError(variable: variable, message: "expected one of \(names) (\(typeName)), got \(quoted(text)).")
            }
            return .string(text)
        case .inputObject:
            guard case .object? = try? JSONValue.parse(Array(text.utf8)) else {
                throw VariableInputError(variable: variable, message: "expected a JSON object for \(typeName), got \(quoted(text)).")
            }
            return try JSONValue.parse(Array(text.utf8), variable: variable)
        default:
            return .string(text)
        }
    }

    private func mismatch(_ variable: String, _ expected: String, _ text: String) -> VariableInputError {
        VariableInputError(variable: variable, message: "expected \(expected), got \(quoted(text)).")
    }
}

/// A value quoted for a message, so that an empty or spaced value stays visible.
func quoted(_ text: String) -> String { "\"\(text)\"" }

extension JSONValue {
    /// Parses JSON text given for a variable, naming the variable when it is not JSON.
    static func parse(_ bytes: [UInt8], variable: String) throws(VariableInputError) -> JSONValue {
        do {
            return try JSONValue.parse(bytes)
        } catch {
            throw VariableInputError(variable: variable, message: "invalid JSON: \(error).")
        }
    }
}

/// RFC 8259 §6 number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, which
/// Swift's `Double(_:)` is more lenient than (`0x1p3`, `.5`, `inf`).
enum JSONNumberText {
    static func isValid(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}
