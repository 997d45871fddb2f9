/// Line and column of a byte offset, computed only when a message needs them. Lines end at LF,
/// CRLF or a lone CR (and, for YAML as libyaml counts them, at NEL, LS and PS); columns count
/// code points from 1; a UTF-8 byte order mark at the start of the file is not a column.
enum TextPosition {
    static func bomLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    static func bomLength(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { bomLength($0) }
    }

    static func location(ofOffset target: Int, in bytes: UnsafeBufferPointer<UInt8>, yamlBreaks: Bool) -> DataLocation {
        let end = min(max(target, 0), bytes.count)
        var line = 1
        var column = 1
        var index = bomLength(bytes)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    // CRLF: the LF ends the line; an offset on the LF is still on this line.
                } else {
                    line += 1
                    column = 1
                }
            } else if yamlBreaks && isUnicodeBreak(bytes, at: index) {
                line += 1
                column = 1
                index += byte == 0xC2 ? 2 : 3
                continue
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return DataLocation(line: line, column: column)
    }

    /// NEL (C2 85), LS (E2 80 A8), PS (E2 80 A9): line breaks for libyaml.
    private static func isUnicodeBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0xC2 { return index + 1 < bytes.count && bytes[index + 1] == 0x85 }
        if byte == 0xE2 {
            return index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        }
        return false
    }
}
