/// Whether a request's `Accept-Encoding` allows a gzip body (RFC 9110 §12.5.3), read over the
/// header's bytes: browsers send this header with every request, and splitting, trimming and
/// lower-casing it through `String` cost more than a point lookup's plan.
enum AcceptEncoding {
    /// An explicit `gzip` (or `x-gzip`) coding decides by its quality; otherwise `*` does;
    /// otherwise gzip is not accepted. A quality of zero means "not acceptable".
    static func allowsGzip(_ values: [String]) -> Bool {
        var gzip: Bool?
        var any: Bool?
        for value in values {
            var value = value
            value.withUTF8 { bytes in
                var start = 0
                while start <= bytes.count {
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
                    if let coding = Coding(bytes, start, end) {
                        switch coding.name {
                        case .gzip: gzip = (gzip ?? false) || coding.acceptable
                        case .any: any = (any ?? false) || coding.acceptable
                        case .other: break
                        }
                    }
                    start = end + 1
                }
            }
        }
        return gzip ?? any ?? false
    }

    /// One `coding *( OWS ";" OWS parameter )` element of the list.
    private struct Coding {
        enum Name { case gzip, any, other }
        let name: Name
        /// False for `q=0` (any spelling of zero); true otherwise, a malformed weight included.
        let acceptable: Bool

        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            var parts = ParameterCursor(bytes, start, end)
            guard let name = parts.next(), !name.isEmpty else { return nil }
            if Self.equalsIgnoringCase(bytes, name, "gzip") || Self.equalsIgnoringCase(bytes, name, "x-gzip") {
                self.name = .gzip
            } else if name.count == 1, bytes[name.lowerBound] == UInt8(ascii: "*") {
                self.name = .any
            } else {
                self.name = .other
            }
            var acceptable = true
            while let parameter = parts.next() {
                guard parameter.count >= 2, bytes[parameter.lowerBound] | 0x20 == UInt8(ascii: "q"),
                      bytes[parameter.lowerBound + 1] == UInt8(ascii: "=") else { continue }
                acceptable = Self.isPositiveWeight(bytes, parameter.lowerBound + 2..<parameter.upperBound)
            }
            self.acceptable = acceptable
        }

        /// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`: zero only when every
        /// digit is 0.
        private static func isPositiveWeight(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
            var sawDigit = false
            for index in range {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") { continue }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return true }
                sawDigit = true
                if byte != UInt8(ascii: "0") { return true }
            }
            return !sawDigit
        }

        private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            let letters = word.utf8Start
            for offset in 0..<range.count where bytes[range.lowerBound + offset] | 0x20 != letters[offset] | 0x20 {
                return false
            }
            return true
        }
    }

    /// The `;`-separated pieces of one element, each with surrounding spaces and tabs trimmed.
    private struct ParameterCursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int
        var finished = false

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            self.bytes = bytes
            self.position = start
            self.end = end
        }

        mutating func next() -> Range<Int>? {
            guard !finished else { return nil }
            var stop = position
            while stop < end, bytes[stop] != UInt8(ascii: ";") { stop += 1 }
            var lower = position
            var upper = stop
            while lower < upper, bytes[lower] == UInt8(ascii: " ") || bytes[lower] == UInt8(ascii: "\t") { lower += 1 }
            while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") || bytes[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
            if stop >= end { finished = true } else { position = stop + 1 }
            return lower..<upper
        }
    }
}
