/// The `name=value` pairs of a URL's query string (`application/x-www-form-urlencoded`, as
/// GraphQL-over-HTTP GET requests carry `query`, `variables` and `extensions`): split on `&`,
/// `+` read as a space and `%XX` as a byte, over the string's UTF-8. Foundation's
/// `removingPercentEncoding` went through UTF-16 and cost twice a whole point lookup on a
/// query of 500 bytes.
enum QueryStringPairs {
    /// The pairs in order, empty parts skipped; nil when an escape is malformed (`%`, `%4`,
    /// `%zz`) or the decoded bytes are not UTF-8.
    static func decode(_ queryString: String) -> [(String, String)]? {
        var text = queryString
        return text.withUTF8 { bytes -> [(String, String)]? in
            var pairs: [(String, String)] = []
            var start = 0
            while start < bytes.count {
                var end = start
                var equals: Int?
                while end < bytes.count, bytes[end] != UInt8(ascii: "&") {
                    if equals == nil, bytes[end] == UInt8(ascii: "=") { equals = end }
                    end += 1
                }
                if end > start {
                    let nameEnd = equals ?? end
                    let valueStart = equals.map { $0 + 1 } ?? end
                    guard let name = component(bytes, start..<nameEnd), let value = component(bytes, valueStart..<end) else {
                        return nil
                    }
                    pairs.append((name, value))
                }
                start = end + 1
            }
            return pairs
        }
    }

    /// One name or value, decoded.
    static func component(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        // Most names and many values need no decoding; the slice is whole UTF-8 characters,
        // being cut at ASCII bytes of a valid string.
        guard slice.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else {
            return String(decoding: slice, as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            switch byte {
            case UInt8(ascii: "+"):
                decoded.append(UInt8(ascii: " "))
                index += 1
            case UInt8(ascii: "%"):
                guard index + 2 < slice.count, let high = hexValue(slice[index + 1]), let low = hexValue(slice[index + 2]) else {
                    return nil
                }
                decoded.append(high << 4 | low)
                index += 3
            default:
                decoded.append(byte)
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
