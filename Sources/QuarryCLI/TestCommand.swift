import ArgumentParser
import Foundation
import Quarry

/// `quarry test [--update]`: the golden-file tests of the saved queries (PRODUCT.md §7,
/// SEMANTICS.md §14.7, §15.4). Everything goes to stdout; the last line is `N passed, N failed`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Check every saved query against its golden file (schema/queries/NAME.expected.json).",
        discussion: """
            Each saved query with NAME.expected.json is run (with NAME.variables.json when present) \
            and its response compared with the file as JSON: key order counts, whitespace does not. \
            A difference prints a diff naming the query and exits 1.
            --update runs every saved query and writes its golden file instead, then exits 0.
            """
    )

    @Flag(help: "Write (or create) every saved query's golden file from its current response.")
    var update = false

    @OptionGroup var root: RootOption

    func run() throws {
        let queries = try root.savedQueries()
        let golden = GoldenFiles(gateway: try ResponsePrinter.openGateway(root))
        var passed = 0, failed = 0
        var report = ""
        func flush() {
            StandardOutput.write(Array(report.utf8))
            report = ""
        }
        for query in queries where update || query.expectedFile != nil {
            if update {
                do {
                    let changed = try golden.update(query)
                    report += "\(changed ? "updated" : "unchanged") \(query.name)\n"
                    passed += 1
                } catch {
                    report += "FAIL \(query.name): \(error)\n"
                    failed += 1
                }
            } else {
                switch golden.check(query) {
                case .passed:
                    report += "ok   \(query.name)\n"
                    passed += 1
                case .failed(let diff):
                    report += "FAIL \(query.name): the response differs from schema/queries/\(query.name).expected.json\n"
                    report += "--- expected\n+++ actual\n" + diff
                    failed += 1
                case .broken(let message):
                    report += "FAIL \(query.name): \(message)\n"
                    failed += 1
                }
            }
            flush()
        }
        report += "\(passed) passed, \(failed) failed\n"
        flush()
        if failed > 0 && !update { throw ExitCode(1) }
    }
}
