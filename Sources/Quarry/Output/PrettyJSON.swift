/// JSON re-indented token by token, never parsed into a tree: two spaces per level, `"key":
/// value`, `{}` and `[]` when empty, the layout of `JSON.stringify(value, null, 2)`. Strings are
/// copied byte for byte, so UTF-8 stays unescaped (SEMANTICS.md §15.4: golden files; `--format
/// json` on a terminal). Whitespace in the input is dropped, so compact input works as well.
public enum PrettyJSON {
    public static func write(_ bytes: [UInt8], to sink: ByteSink) {
        var scanner = JSONScanner(bytes)
        var depth = 0
        func newline() {
            sink.write(byte: 0x0A)
            for _ in 0..<depth { sink.write("  ".utf8) }
        }
        while let byte = scanner.peek() {
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                scanner.position += 1
                sink.write(byte: byte)
                if scanner.consume(close) {
                    sink.write(byte: close)
                } else {
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                scanner.position += 1
                depth = max(0, depth - 1)
                newline()
                sink.write(byte: byte)
            case UInt8(ascii: ","):
                scanner.position += 1
                sink.write(byte: byte)
                newline()
            case UInt8(ascii: ":"):
                scanner.position += 1
                sink.write(": ".utf8)
            default:
                sink.write(bytes[scanner.skipValue()])
            }
        }
    }

    /// The pretty text as bytes, ending with a newline.
    public static func bytes(_ json: [UInt8]) -> [UInt8] {
        ByteSink.collect { sink in
            write(json, to: sink)
            sink.write(byte: 0x0A)
        }
    }
}
