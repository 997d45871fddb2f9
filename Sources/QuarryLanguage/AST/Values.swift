/// Input values as written (§2.9 "Input Values"). Numbers keep their text: their meaning
/// depends on the type they are coerced to.
public enum Value: Sendable {
    case variable(Variable)
    case int(NumberValue)
    case float(NumberValue)
    case string(StringValue)
    case boolean(BooleanValue)
    case null(SourceRange)
    case enumValue(Name)
    case list(ListValue)
    case object(ObjectValue)

    public var range: SourceRange {
        switch self {
        case .variable(let node): node.range
        case .int(let node), .float(let node): node.range
        case .string(let node): node.range
        case .boolean(let node): node.range
        case .null(let range): range
        case .enumValue(let name): name.range
        case .list(let node): node.range
        case .object(let node): node.range
        }
    }
}

/// `$name` (§2.10).
public struct Variable: Sendable {
    public var name: Name
    public var range: SourceRange

    public init(name: Name, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.range = range
    }
}

/// An Int or Float literal (§2.9.1, §2.9.2), kept as written (`-12`, `1.5e3`).
public struct NumberValue: Sendable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.text = text
        self.range = range
    }
}

/// A string or block string (§2.9.4), escapes decoded and block strings dedented.
public struct StringValue: Sendable {
    public var value: String
    public var isBlock: Bool
    public var range: SourceRange

    public init(value: String, isBlock: Bool = false, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.value = value
        self.isBlock = isBlock
        self.range = range
    }
}

public struct BooleanValue: Sendable {
    public var value: Bool
    public var range: SourceRange

    public init(value: Bool, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.value = value
        self.range = range
    }
}

/// `[ … ]` (§2.9.7).
public struct ListValue: Sendable {
    public var values: [Value]
    public var range: SourceRange

    public init(values: [Value], range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.values = values
        self.range = range
    }
}

/// `{ name: value … }` (§2.9.8).
public struct ObjectValue: Sendable {
    public var fields: [ObjectField]
    public var range: SourceRange

    public init(fields: [ObjectField], range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.fields = fields
        self.range = range
    }
}

public struct ObjectField: Sendable {
    public var name: Name
    public var value: Value
    public var range: SourceRange

    public init(name: Name, value: Value, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.value = value
        self.range = range
    }
}
