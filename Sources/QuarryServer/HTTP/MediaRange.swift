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
        var parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let essence = parts.first, !essence.isEmpty else { return nil }
        parts.removeFirst()
        let names = essence.lowercased().split(separator: "/", omittingEmptySubsequences: false)
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else { return nil }
        type = String(names[0])
        subtype = String(names[1])
        parameters = [:]
        quality = 1
        for parameter in parts {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = parameter[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = parameter[parameter.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            if name == "q" {
                guard let q = Double(value), q >= 0, q <= 1 else { return nil }
                quality = q
            } else {
                parameters[name] = value.lowercased()
            }
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
