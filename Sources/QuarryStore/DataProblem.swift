/// A problem in the data tree, as `quarry check` and `/healthz` report it:
/// `FILE:LINE:COL: message`, FILE relative to the root (SEMANTICS.md §14.6).
public struct DataProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The value or document is not served as written.
        case error
        /// Served, but likely a mistake (an unknown key): fails `check` only with `--strict`.
        case warning
    }

    public var file: String
    public var line: Int
    /// Nil where only the line is known.
    public var column: Int?
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int?, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    public var description: String {
        let place = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        return severity == .warning ? "\(place): warning: \(message)" : "\(place): \(message)"
    }
}
