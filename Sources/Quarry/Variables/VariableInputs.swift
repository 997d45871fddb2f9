import QuarryExecution
import QuarrySchema

/// The variables of one request put together before execution (SEMANTICS.md §14.3, §15.3): a
/// JSON object (`--variables FILE.json`, `?variables=`) overridden by texts typed one by one
/// (`--var name=value`, URL parameters). Undeclared texts, ill-typed texts and missing required
/// variables are errors naming the variable.
public struct VariableInputs: Sendable {
    /// The operation's declared variables; nil when unknown (a document that does not parse),
    /// in which case texts are passed as strings and execution reports the real problem.
    public let declared: [DeclaredVariable]?
    public let typing: VariableText

    public init(declared: [DeclaredVariable]?, schema: Schema? = nil) {
        self.declared = declared
        self.typing = VariableText(schema: schema)
    }

    /// `json` then `texts` in order (a later text for the same name wins); every problem found
    /// is thrown, the first one first.
    public func collect(json: [(key: String, value: JSONValue)] = [], texts: [(name: String, text: String)] = [])
        throws(VariableInputError) -> [String: JSONValue]
    {
        var values: [String: JSONValue] = [:]
        for entry in json { values[entry.key] = entry.value }
        for (name, text) in texts {
            guard let declared else {
                values[name] = .string(text)
                continue
            }
            guard let variable = declared.first(where: { $0.name == name }) else {
                throw VariableInputError(variable: name, message: "the operation declares no variable $\(name).")
            }
            values[name] = try typing.value(text, as: variable.type, variable: name)
        }
        for variable in declared ?? [] where variable.isRequired && values[variable.name] == nil {
            throw VariableInputError(variable: variable.name, message: "required (\(variable.typeText)) but not given.")
        }
        return values
    }
}
