import Foundation
import Testing

/// The page's editor logic (lexer, reader, completion, prettify) under Node, when the machine has
/// it: PageLogic/page-logic.test.js asserts exact tokens, roles, suggestions, problems and output.
@Suite struct PageLogicTests {
    static let node: String? = ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: node != nil, "needs Node.js"))
    func editorLogicPassesItsNodeTests() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("PageLogic/page-logic.test.js").path
        let (status, text) = try run(try #require(Self.node), [script])
        #expect(status == 0, "\(text)")
        #expect(text.hasSuffix(" passed, 0 failed\n"), "\(text)")
    }
}
