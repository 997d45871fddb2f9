import Foundation
import Testing

@testable import Quarry

/// Golden files (SEMANTICS.md §14.7, §15.4) and the diff `quarry test` prints.
@Suite struct GoldenFilesTests {
    @Test func diffShowsChangedLinesWithContext() {
        let expected = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let actual = expected.replacingOccurrences(of: "line 3\n", with: "line three\n")
            .replacingOccurrences(of: "line 11\n", with: "") + "line 13\n"
        #expect(LineDiff.unified(expected: expected, actual: actual) == """
            @@ -1,6 +1,6 @@
             line 1
             line 2
            -line 3
            +line three
             line 4
             line 5
             line 6
            @@ -8,5 +8,5 @@
             line 8
             line 9
             line 10
            -line 11
             line 12
            +line 13

            """)
        #expect(LineDiff.unified(expected: expected, actual: expected) == "")
        #expect(LineDiff.unified(expected: "", actual: "a\n") == "@@ -1,0 +1,1 @@\n+a\n")
    }

    @Test func checkAndUpdate() throws {
        let root = try temporaryQueries(["one.graphql": "{ customer(id: \"c-000008\") { id segment } }"])
        defer { try? FileManager.default.removeItem(at: root) }
        let golden = GoldenFiles(gateway: sample)
        var query = try #require(try SavedQueries.named("one", root: root))
        #expect(golden.check(query) == .broken("one: no one.expected.json."))
        #expect(try golden.update(query))
        query = try #require(try SavedQueries.named("one", root: root))
        let file = try #require(query.expectedFile)
        #expect(try String(contentsOf: file, encoding: .utf8) ==
            "{\n  \"data\": {\n    \"customer\": {\n      \"id\": \"c-000008\",\n      \"segment\": \"NEW\"\n    }\n  }\n}\n")
        #expect(golden.check(query) == .passed)
        #expect(try !golden.update(query))
        // Layout does not count, a number's text does.
        try Data(#"{"data":{"customer":{"id":"c-000008","segment":"NEW"}}}"#.utf8).write(to: file)
        #expect(golden.check(query) == .passed)
        try Data(#"{"data":{"customer":{"segment":"NEW","id":"c-000008"}}}"#.utf8).write(to: file)
        guard case .failed(let diff) = golden.check(query) else { Issue.record("key order must count"); return }
        #expect(diff.contains("-      \"segment\": \"NEW\",\n") && diff.contains("+      \"segment\": \"NEW\"\n"))
    }
}
