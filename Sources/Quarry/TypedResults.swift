import Foundation
import QuarryExecution

/// Typed access to responses in tests (PRODUCT.md §9): the response as a `JSONValue`, and its
/// `data` (or a part of it) decoded into the caller's `Decodable` types.
extension GraphQLResponse {
    /// The whole response as a value (`errors` then `data`, keys in selection order).
    public var value: JSONValue { (try? JSONValue.parse(json)) ?? .null }

    /// `data`, nil when the request failed before execution.
    public var data: JSONValue? { value["data"] }

    /// Decodes `data`, or the value at `path` inside it (`decode(Order.self, at: "order")`,
    /// `decode([Node].self, at: "orders", "nodes")`), with Foundation's `JSONDecoder`. Throws
    /// `DecodingError` when it does not fit and `ResponseError` when the path is missing or the
    /// response has no data.
    public func decode<T: Decodable>(_ type: T.Type = T.self, at path: String..., decoder: JSONDecoder = JSONDecoder()) throws -> T {
        guard var value = data else { throw ResponseError.noData(errors: errors.map(\.message)) }
        for key in path {
            guard let inner = value[key] else { throw ResponseError.missing(path: path.joined(separator: ".")) }
            value = inner
        }
        return try decoder.decode(T.self, from: Data(value.jsonBytes))
    }
}

/// Why a response could not be decoded.
public enum ResponseError: Error, Sendable, Equatable {
    /// The request failed before execution; its error messages.
    case noData(errors: [String])
    /// No value at this dotted path in `data`.
    case missing(path: String)
}

extension JSONValue {
    /// The value of `key` in an object; nil for a missing key or a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The element at `index` in a list; nil out of range or for a value that is not a list.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    public var string: String? { if case .string(let text) = self { text } else { nil } }
    public var int: Int? { if case .number(let text) = self { Int(text) } else { nil } }
    public var double: Double? { if case .number(let text) = self { Double(text) } else { nil } }
    public var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    public var array: [JSONValue]? { if case .array(let elements) = self { elements } else { nil } }
    public var isNull: Bool { if case .null = self { true } else { false } }
    /// The keys of an object, in order.
    public var keys: [String]? { if case .object(let entries) = self { entries.map(\.key) } else { nil } }

    /// Compact JSON text, keys in order.
    public var jsonBytes: [UInt8] {
        var writer = JSONWriter(capacity: 256)
        write(to: &writer)
        return writer.bytes
    }

    private func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let value): writer.bool(value)
        case .number(let text): writer.rawText(text)
        case .string(let text): writer.string(text)
        case .array(let elements):
            writer.byte(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { writer.byte(UInt8(ascii: ",")) }
                element.write(to: &writer)
            }
            writer.byte(UInt8(ascii: "]"))
        case .object(let entries):
            writer.byte(UInt8(ascii: "{"))
            for (index, entry) in entries.enumerated() {
                if index > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.key(entry.key)
                entry.value.write(to: &writer)
            }
            writer.byte(UInt8(ascii: "}"))
        }
    }
}
