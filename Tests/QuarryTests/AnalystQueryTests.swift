import Foundation
import QuarryExecution
import QuarryLanguage
import Testing

@testable import Quarry

/// The saved analyst queries of `schema/queries/` (issue 7, item 3), by name.
let analystQueryFolder = repositoryRoot.appendingPathComponent("schema/queries")
let analystQueryNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: analystQueryFolder.path)) ?? [])
    .filter { $0.hasSuffix(".graphql") }.map { String($0.dropLast(".graphql".count)) }.sorted()

func analystQueryText(_ name: String, _ suffix: String) throws -> String {
    try String(contentsOf: analystQueryFolder.appendingPathComponent(name + suffix), encoding: .utf8)
}

/// Each saved query is something an analyst can run as it stands (PRODUCT.md §7, SEMANTICS
/// §12.2): it says what it answers, has one named operation, needs no `--var`, and its answer on
/// the bundled data is its golden file. (`quarry test` compares the golden files from the
/// command line; this keeps them honest from `swift test` too.)
@Suite struct AnalystQueryTests {
    @Test func thereAreAtLeastTwelve() {
        #expect(analystQueryNames.count >= 12)
    }

    /// The description is the leading `#` comment block: at least a line of text before the
    /// operation, so that `quarry run` can list it.
    @Test(arguments: analystQueryNames)
    func startsWithADescription(name: String) throws {
        let lines = try analystQueryText(name, ".graphql").split(separator: "\n", omittingEmptySubsequences: false)
        let comment = lines.prefix { $0.hasPrefix("#") }
        #expect(comment.count >= 2, "\(name): no leading comment block")
        #expect(comment.first.map { $0.count > 20 } == true, "\(name): the first line should state the question")
    }

    /// One named query operation whose variables all have a default or may be left out (nullable).
    @Test(arguments: analystQueryNames)
    func runsWithoutVariables(name: String) throws {
        let document = try parse(try analystQueryText(name, ".graphql"), name: name)
        let operations = document.definitions.compactMap { definition -> OperationDefinition? in
            if case .operation(let operation) = definition { return operation }
            return nil
        }
        #expect(operations.count == 1)
        #expect(operations.first?.operation == .query)
        #expect(operations.first?.name != nil, "\(name): the operation should be named")
        for variable in operations.first?.variableDefinitions ?? [] {
            let required = if case .nonNull = variable.type { true } else { false }
            #expect(!required || variable.defaultValue != nil, "\(name): $\(variable.variable.name.value) needs a default")
        }
    }

    /// The answer with default variables has no errors and equals the golden file as a JSON
    /// value: key order significant, whitespace not, numbers by their exact text (SEMANTICS §15.4).
    @Test(arguments: analystQueryNames)
    func answersAsTheGoldenFileSays(name: String) throws {
        let response = sample.execute(try analystQueryText(name, ".graphql"))
        #expect(response.errors.isEmpty, "\(name): \(response.errors.map(\.message))")
        let golden = try JSONValue.parse(Array(try analystQueryText(name, ".expected.json").utf8))
        #expect(try JSONValue.parse(response.json) == golden, "\(name) differs from \(name).expected.json")
    }
}
