/// A variable given as text or JSON that cannot be used (SEMANTICS.md §15.3): undeclared, not
/// of its declared type, or required and missing. Found before execution, it names the variable;
/// the command line exits 2 with it and the server answers 400.
public struct VariableInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The variable's name, without `$`.
    public let variable: String
    /// What is wrong, e.g. `expected an Int, got "ten".`
    public let message: String

    public init(variable: String, message: String) {
        self.variable = variable
        self.message = message
    }

    /// `Variable $first: expected an Int, got "ten".`
    public var description: String { "Variable $\(variable): \(message)" }
}
