import QuarryLanguage
import Testing

@testable import QuarryValidation

/// The validation context's line/column index agrees with `Source.location(at:)` everywhere.
@Suite struct SourceLocatorTests {
    @Test(arguments: [
        "",
        "{ dog { name } }",
        "a\nb\r\nc\rd\n\n\r\r\n",
        "\r",
        "query 查询 { dog { name } } # 😀\n  { x }\r\n\t\"é\" ...",
        String(repeating: "abcdefghij\n", count: 30) + String(repeating: "é", count: 70) + "\r\nend",
    ])
    func agreesWithTheSourceAtEveryOffset(text: String) {
        let source = Source(text)
        let locator = SourceLocator(source)
        for offset in -1...source.bytes.count + 1 {
            #expect(locator.location(at: offset) == source.location(at: offset), "offset \(offset)")
        }
    }
}
