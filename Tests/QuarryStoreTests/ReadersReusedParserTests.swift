import Testing
@testable import QuarryStore

/// A load parses every YAML file of a thread with one libyaml parser, reset between files
/// (`ReusableYAMLParser`): each file must read exactly as with a parser of its own, whatever the
/// file before it left behind (an error, tag directives, grown stacks, another encoding).
@Suite("Readers: a reused YAML parser")
struct ReadersReusedParserTests {
    /// Files of every shape, each followed by every other in turn below.
    static let files: [(name: String, bytes: [UInt8])] = [
        ("plain", Array("id: o-1\nitems:\n  - sku: a\n    qty: 2\nnote: 'x'\n".utf8)),
        ("scanner error", Array("a: 1\nb: c: d\n".utf8)),
        ("directives", Array("%TAG !e! tag:example.com,2000:\n--- !e!thing\na: !!str 0755\n...\n".utf8)),
        ("parser error", Array("a:\n  - x\n - y\n".utf8)),
        ("deep", Array((String(repeating: "[", count: 40) + "1" + String(repeating: "]", count: 40) + "\n").utf8)),
        ("anchors", Array("a: &x {k: v}\nb: *x\n---\nc: \"\\u00e9\"\n".utf8)),
        ("utf-16", [0xFF, 0xFE] + Array("a: b\n".utf8).flatMap { [$0, 0] }),
        ("invalid utf-8", Array("a: ".utf8) + [0xFF, 0x0A]),
        ("empty", []),
        ("long", Array((0..<3000).map { "k\($0): value number \($0)\n" }.joined().utf8)),
        ("unclosed", Array("a: [1, 2\n".utf8)),
    ]

    /// Every node (kind, style, text, position), or the error.
    static func outcome(_ read: () throws(ReadError) -> DataTape) -> String {
        do {
            let tape = try read()
            return tape.nodes.map { node in
                "\(tape.kind(node)) \(tape.style(node)) \(tape.text(node)) \(tape.location(of: node))"
            }.joined(separator: "\n") + "\ndocuments \(tape.documents)"
        } catch {
            return "error \(error)"
        }
    }

    @Test func everyFileReadsAsWithItsOwnParser() {
        let parser = ReusableYAMLParser()
        for first in Self.files {
            for second in Self.files {
                for (name, bytes) in [first, second] {
                    let reused = Self.outcome { () throws(ReadError) in try YAMLReader.read(bytes, parser: parser) }
                    let own = Self.outcome { () throws(ReadError) in try YAMLReader.read(bytes) }
                    #expect(reused == own, "\(name) after \(first.name)")
                }
            }
        }
    }

    /// The parser is kept after a file read to its end and made again after one that left
    /// tokens, tag directives or grown stacks behind. Invalid UTF-8 leaves nothing: libyaml
    /// decodes the input before it makes the first token.
    @Test(arguments: [
        ("plain", true), ("scanner error", false), ("directives", true), ("parser error", false),
        ("deep", false), ("anchors", true), ("utf-16", true), ("invalid utf-8", true), ("empty", true),
        ("long", true), ("unclosed", false),
    ])
    func keptOnlyWhenClean(name: String, kept: Bool) {
        let parser = ReusableYAMLParser()
        let bytes = Self.files.first { $0.name == name }!.bytes
        _ = Self.outcome { () throws(ReadError) in try YAMLReader.read(bytes, parser: parser) }
        #expect(parser.isInitialized == kept)
        // Either way the next file reads.
        let next = Self.outcome { () throws(ReadError) in try YAMLReader.read(Array("a: 1\n".utf8), parser: parser) }
        #expect(next == Self.outcome { () throws(ReadError) in try YAMLReader.read(Array("a: 1\n".utf8)) })
        #expect(parser.isInitialized)
    }
}
