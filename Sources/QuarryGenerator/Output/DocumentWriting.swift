/// Block-style YAML and pretty JSON, a line at a time. Keys are written by the renderers in a
/// fixed order, so the same facts always give the same bytes.
extension TextBuffer {
    // MARK: YAML

    /// `key: ` at `indent`.
    mutating func yamlKey(_ key: String, indent: Int) {
        spaces(indent)
        text(key)
        text(": ")
    }

    /// A value written exactly as given: ids, enum values and the deliberate YAML traps
    /// (`region: NO`, `postcode: 0150`, `sku: 0012345`).
    mutating func yaml(_ key: String, raw value: String, indent: Int = 0) {
        yamlKey(key, indent: indent)
        text(value)
        newline()
    }

    /// Free text: plain, quoted or a literal block, whichever reads back as the same text.
    mutating func yaml(_ key: String, text value: String, indent: Int = 0) {
        yamlKey(key, indent: indent)
        yamlText(value, indent: indent)
        newline()
    }

    mutating func yaml(_ key: String, int value: Int, indent: Int = 0) {
        yamlKey(key, indent: indent)
        int(value)
        newline()
    }

    mutating func yaml(_ key: String, money cents: Int, indent: Int = 0) {
        yamlKey(key, indent: indent)
        money(cents)
        newline()
    }

    mutating func yaml(_ key: String, fixed units: Int, scale: Int, indent: Int = 0) {
        yamlKey(key, indent: indent)
        fixed(units, scale: scale)
        newline()
    }

    mutating func yaml(_ key: String, stamp: Stamp, indent: Int = 0) {
        yamlKey(key, indent: indent)
        dateTime(stamp)
        newline()
    }

    mutating func yaml(_ key: String, date days: Int, indent: Int = 0) {
        yamlKey(key, indent: indent)
        date(days)
        newline()
    }

    mutating func yaml(_ key: String, bool value: Bool, indent: Int = 0) {
        yaml(key, raw: value ? "true" : "false", indent: indent)
    }

    /// `key: [a, b, c]` for short lists of plain words (tags, ids, category slugs).
    mutating func yaml(_ key: String, flow items: [String], indent: Int = 0) {
        yamlKey(key, indent: indent)
        byte(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { text(", ") }
            text(item)
        }
        byte(UInt8(ascii: "]"))
        newline()
    }

    /// `  - ` : the start of a list item at `indent`; its first key follows on the same line.
    mutating func yamlItem(indent: Int) {
        spaces(indent)
        text("- ")
    }

    // MARK: JSON

    /// Starts a field of a pretty-printed object: a comma after the previous field, a line break,
    /// the indentation and `"key": `.
    mutating func jsonKey(_ key: String, first: inout Bool, indent: Int) {
        if !first { byte(UInt8(ascii: ",")) }
        first = false
        newline()
        spaces(indent)
        jsonString(key)
        text(": ")
    }

    /// An inline key inside a one-line object: `"key": ` after a `, ` unless first.
    mutating func jsonInlineKey(_ key: String, first: inout Bool) {
        if !first { text(", ") }
        first = false
        jsonString(key)
        text(": ")
    }

    mutating func jsonStamp(_ stamp: Stamp) {
        byte(UInt8(ascii: "\""))
        dateTime(stamp)
        byte(UInt8(ascii: "\""))
    }

    mutating func jsonDate(_ days: Int) {
        byte(UInt8(ascii: "\""))
        date(days)
        byte(UInt8(ascii: "\""))
    }

    /// `["a", "b"]`
    mutating func jsonStrings(_ items: [String]) {
        byte(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { text(", ") }
            jsonString(item)
        }
        byte(UInt8(ascii: "]"))
    }
}

/// Identifiers as the bundled schema describes them: a prefix and a zero-padded number
/// (`o-000123`, `m-00004`, `cp-003`); wider numbers simply get more digits.
enum Identifier {
    static func make(_ prefix: String, _ number: Int, width: Int) -> String {
        var buffer = TextBuffer(capacity: 16)
        buffer.text(prefix)
        buffer.int(number, width: width)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    static func supplier(_ index: Int) -> String { make("s-", index + 1, width: 4) }
    static func product(_ index: Int) -> String { make("p-", index + 1, width: 6) }
    static func warehouse(_ index: Int) -> String { make("w-", index + 1, width: 4) }
    static func merchant(_ index: Int) -> String { make("m-", index + 1, width: 5) }
    static func customer(_ index: Int) -> String { make("c-", index + 1, width: 6) }
    static func campaign(_ index: Int) -> String { make("cp-", index + 1, width: 3) }
    static func groupBuy(_ index: Int) -> String { make("gb-", index + 1, width: 5) }
    static func ticket(_ index: Int) -> String { make("t-", index + 1, width: 6) }
    static func shipment(_ index: Int) -> String { make("sh-", index + 1, width: 6) }
    static func purchasePool(_ index: Int) -> String { make("pp-", index + 1, width: 3) }
    static func purchaseOrder(_ index: Int) -> String { make("po-", index + 1, width: 5) }
    static func designPoll(_ index: Int) -> String { make("dp-", index + 1, width: 3) }
    /// The file name of order `index` (its id is `YYYY/MM/` and this).
    static func orderFile(_ index: Int) -> String { make("o-", index + 1, width: 6) }
}
