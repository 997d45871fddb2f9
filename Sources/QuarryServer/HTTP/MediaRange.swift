import Foundation

/// One entry of an `Accept` header (RFC 9110 §12.5.1): `type/subtype;param=value;q=0.8`.
struct MediaRange: Equatable {
    var type: String
    var subtype: String
    /// Parameters other than `q`, names lowercased.
    var parameters: [String: String]
    var quality: Double

    /// The ranges of an `Accept` header in the order listed; unreadable entries are skipped.
    static func list(_ header: String) -> [MediaRange] {
        header.split(separator: ",").compactMap { MediaRange(String($0)) }
    }

    init?(_ text: String) {
        // Header values are ASCII in practice: read those byte by byte (every POST reads its
        // Content-Type, and Foundation's trimming and String splitting cost tens of thousands of
        // instructions per request). Other text takes the Unicode-aware reading.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        guard let parts = isASCII ? Self.asciiParts(text) : Self.unicodeParts(text) else { return nil }
        type = parts.type
        subtype = parts.subtype
        parameters = [:]
        quality = 1
        for (name, rawValue) in parts.parameters {
            var value = rawValue
            if value.utf8.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            if name == "q" {
                guard let q = Double(value), q >= 0, q <= 1 else { return nil }
                quality = q
            } else {
                parameters[name] = value.lowercased()
            }
        }
    }

    /// The lowercased type and subtype, and the parameters as (lowercased name, trimmed value):
    /// parts between `;` trimmed of whitespace, empty ones skipped, parameters without `=` ignored.
    private typealias Parts = (type: String, subtype: String, parameters: [(String, String)])

    private static func unicodeParts(_ text: String) -> Parts? {
        var parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let essence = parts.first, !essence.isEmpty else { return nil }
        parts.removeFirst()
        let names = essence.lowercased().split(separator: "/", omittingEmptySubsequences: false)
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else { return nil }
        var parameters: [(String, String)] = []
        for parameter in parts {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            parameters.append((parameter[..<equals].trimmingCharacters(in: .whitespaces).lowercased(),
                               parameter[parameter.index(after: equals)...].trimmingCharacters(in: .whitespaces)))
        }
        return (String(names[0]), String(names[1]), parameters)
    }

    /// `unicodeParts` for ASCII text, where whitespace is space and tab and lowercasing maps A–Z.
    private static func asciiParts(_ text: String) -> Parts? {
        var text = text
        return text.withUTF8 { bytes -> Parts? in
            var pieces = bytes.split(separator: UInt8(ascii: ";")).map(trimmed)
            guard let essence = pieces.first, !essence.isEmpty else { return nil }
            pieces.removeFirst()
            guard let slash = essence.firstIndex(of: UInt8(ascii: "/")), slash != essence.startIndex,
                  slash != essence.index(before: essence.endIndex), !essence[(slash + 1)...].contains(UInt8(ascii: "/"))
            else { return nil }
            var parameters: [(String, String)] = []
            for piece in pieces {
                guard let equals = piece.firstIndex(of: UInt8(ascii: "=")) else { continue }
                parameters.append((lowercased(trimmed(piece[..<equals])), String(decoding: trimmed(piece[(equals + 1)...]), as: UTF8.self)))
            }
            return (lowercased(essence[..<slash]), lowercased(essence[(slash + 1)...]), parameters)
        }
    }

    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return bytes[bytes.startIndex..<bytes.startIndex]
        }
        return bytes[first...last]
    }

    private static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            }
            return bytes.count
        }
    }

    /// How closely this range names `type/subtype`: 3 exactly, 2 `type/*`, 1 `*/*`, nil not at
    /// all. A `charset` other than UTF-8 does not match: Quarry answers in UTF-8 only.
    func specificity(for type: String, _ subtype: String) -> Int? {
        if let charset = parameters["charset"], charset != "utf-8" && charset != "utf8" { return nil }
        if self.type == type && self.subtype == subtype { return 3 }
        if self.type == type && self.subtype == "*" { return 2 }
        if self.type == "*" && self.subtype == "*" { return 1 }
        return nil
    }
}
