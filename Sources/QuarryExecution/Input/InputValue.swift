import QuarryLanguage
import QuarrySchema

/// A coerced input value (arguments, variables): spec §3.5–§3.10 input coercion results.
public indirect enum InputValue: Sendable, Hashable {
    case null
    case int(Int32)
    case float(Double)
    case string(String)
    case boolean(Bool)
    case enumValue(String)
    case list([InputValue])
    case object([String: InputValue])
}

/// A JSON value as a request carries it (variables, extensions); objects keep their key order.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number's text, exact.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .number(let text), .string(let text): hasher.combine(text)
        case .array(let values): hasher.combine(values)
        case .object(let entries): for entry in entries { hasher.combine(entry.key); hasher.combine(entry.value) }
        }
    }
}
