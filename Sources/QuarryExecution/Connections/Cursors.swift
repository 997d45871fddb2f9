import QuarrySchema
import QuarryStore

/// Where a cursor points: the sort-key values and the id of the edge it was taken from. A
/// window is cut by comparing matches with it, not by looking the document up, so paging
/// across a reload neither skips nor repeats documents that did not change (SEMANTICS.md
/// §15.6).
struct CursorPosition {
    let keys: [StoredValue]
    let id: String
}

/// Opaque cursors (§5.4, §15.6): base64url (no padding) of `q1` followed by length-prefixed
/// parts (`<length>:<bytes>`): the order's signature, each sort-key value (`-` for null, `=`
/// and its text otherwise), then the id. Decoding checks every part; a cursor of another
/// `orderBy` or connection, or one that does not decode, is a field error.
enum CursorCodec {
    private static let version: [UInt8] = Array("q1".utf8)

    static func encode(plan: SortPlan, keys: ArraySlice<StoredValue>, id: String, schema: Schema) -> String {
        var bytes = version
        append(Array(plan.signature.utf8), to: &bytes)
        for (key, value) in zip(plan.keys, keys) {
            if value.isNull {
                append([UInt8(ascii: "-")], to: &bytes)
            } else {
                append([UInt8(ascii: "=")] + Array(text(of: value, type: key.valueType, schema: schema).utf8), to: &bytes)
            }
        }
        append(Array(id.utf8), to: &bytes)
        return base64URL(bytes)
    }

    /// Decodes the cursor given as `argument` (`after` or `before`) for `plan`.
    static func decode(_ cursor: String, argument: String, plan: SortPlan, schema: Schema) throws(FieldFailure) -> CursorPosition {
        let undecodable = FieldFailure("The cursor given as \"\(argument)\" is not a cursor of this connection: \"\(cursor)\".")
        guard let bytes = decodeBase64URL(cursor), bytes.starts(with: version) else { throw undecodable }
        var index = version.count
        var parts: [[UInt8]] = []
        while index < bytes.count {
            var length = 0
            var digits = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9"), digits < 9 {
                length = length * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
                digits += 1
            }
            guard digits > 0, index < bytes.count, bytes[index] == UInt8(ascii: ":"), index + 1 + length <= bytes.count else {
                throw undecodable
            }
            parts.append(Array(bytes[(index + 1)..<(index + 1 + length)]))
            index += 1 + length
        }
        guard parts.count >= 2, let signature = String(validating: parts[0], as: UTF8.self),
            let id = String(validating: parts[parts.count - 1], as: UTF8.self)
        else { throw undecodable }
        let ownType = plan.signature.prefix { $0 != ":" }
        let givenType = signature.prefix { $0 != ":" }
        guard givenType == ownType else {
            throw FieldFailure("The cursor given as \"\(argument)\" was taken from a \(givenType) connection, not a \(ownType) one.")
        }
        guard signature == plan.signature else {
            throw FieldFailure(
                "The cursor given as \"\(argument)\" was taken with another orderBy (\(describe(signature))); "
                    + "give it back with the orderBy it came from (\(describe(plan.signature))).")
        }
        guard parts.count == plan.keys.count + 2 else { throw undecodable }
        var keys: [StoredValue] = []
        for (key, part) in zip(plan.keys, parts[1..<(parts.count - 1)]) {
            if part == [UInt8(ascii: "-")] {
                keys.append(.null)
                continue
            }
            guard part.first == UInt8(ascii: "="), let text = String(validating: part.dropFirst(), as: UTF8.self),
                let value = value(of: text, type: key.valueType, schema: schema)
            else { throw undecodable }
            keys.append(value)
        }
        return CursorPosition(keys: keys, id: id)
    }

    /// `Order: placedAt DESC, customer.name ASC` → `placedAt DESC, customer.name ASC` (or "none").
    private static func describe(_ signature: String) -> String {
        guard let colon = signature.firstIndex(of: ":") else { return signature }
        let keys = signature[signature.index(after: colon)...]
        return keys.isEmpty ? "no orderBy" : String(keys)
    }

    private static func append(_ part: [UInt8], to bytes: inout [UInt8]) {
        bytes += Array(String(part.count).utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes += part
    }

    /// A key value as text, read back by `value(of:type:schema:)`.
    private static func text(of value: StoredValue, type: TypeID, schema: Schema) -> String {
        switch value {
        case .null: ""
        case .boolean(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .float(let number): number.description
        case .string(let text), .reference(let text): text
        case .decimal(let decimal): decimal.description
        case .date(let date): date.description
        case .dateTime(let dateTime): dateTime.description
        case .enumValue(let index):
            Int(index) < schema[type].enumValues.count ? schema[type].enumValues[Int(index)].name : String(index)
        case .list, .object: ""
        }
    }

    private static func value(of text: String, type: TypeID, schema: Schema) -> StoredValue? {
        let named = schema[type]
        if named.kind == .enumeration {
            return named.enumValues.firstIndex { $0.name == text }.map { .enumValue(Int32($0)) }
        }
        switch named.name {
        case "Int": return Int32(text).map(StoredValue.int)
        case "Float": return Double(text).map(StoredValue.float)
        case "Boolean": return text == "true" ? .boolean(true) : (text == "false" ? .boolean(false) : nil)
        case "Decimal": return DecimalValue(parsing: text).map(StoredValue.decimal)
        case "Date": return DateValue(parsing: text).map(StoredValue.date)
        case "DateTime": return DateTimeValue(parsing: text).map(StoredValue.dateTime)
        default: return .string(text)
        }
    }
}

// MARK: base64url without padding (RFC 4648 §5)

private let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

func base64URL(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
        let remaining = bytes.count - index
        let chunk = (UInt32(bytes[index]) << 16) | (remaining > 1 ? UInt32(bytes[index + 1]) << 8 : 0)
            | (remaining > 2 ? UInt32(bytes[index + 2]) : 0)
        output.append(alphabet[Int(chunk >> 18 & 63)])
        output.append(alphabet[Int(chunk >> 12 & 63)])
        if remaining > 1 { output.append(alphabet[Int(chunk >> 6 & 63)]) }
        if remaining > 2 { output.append(alphabet[Int(chunk & 63)]) }
        index += 3
    }
    return String(decoding: output, as: UTF8.self)
}

/// Nil for any character outside the alphabet, a length no encoding produces, or non-zero
/// padding bits (so that each cursor has exactly one spelling).
func decodeBase64URL(_ text: String) -> [UInt8]? {
    var sextets: [UInt8] = []
    sextets.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): sextets.append(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): sextets.append(byte - UInt8(ascii: "a") + 26)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): sextets.append(byte - UInt8(ascii: "0") + 52)
        case UInt8(ascii: "-"): sextets.append(62)
        case UInt8(ascii: "_"): sextets.append(63)
        default: return nil
        }
    }
    guard sextets.count % 4 != 1 else { return nil }
    var bytes: [UInt8] = []
    var index = 0
    while index < sextets.count {
        let count = min(4, sextets.count - index)
        var chunk: UInt32 = 0
        for offset in 0..<4 { chunk = chunk << 6 | UInt32(offset < count ? sextets[index + offset] : 0) }
        bytes.append(UInt8(chunk >> 16 & 0xFF))
        if count > 2 { bytes.append(UInt8(chunk >> 8 & 0xFF)) }
        if count > 3 { bytes.append(UInt8(chunk & 0xFF)) }
        // Bits below the last whole byte must be zero.
        if count == 2 && chunk & 0xFFFF != 0 { return nil }
        if count == 3 && chunk & 0xFF != 0 { return nil }
        index += 4
    }
    return bytes
}
