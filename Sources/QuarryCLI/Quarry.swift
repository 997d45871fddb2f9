import ArgumentParser
import Foundation
import Quarry

/// The `quarry` command. Subcommands arrive with the library layers they sit on.
@main
struct QuarryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarry",
        abstract: "A GraphQL gateway over a tree of YAML and JSON documents.",
        discussion: """
            A root folder holds schema/ (GraphQL SDL with @collection, @ref, @reverse, @key and \
            @computed) and data/ (one folder of YAML or JSON documents per collection).
            """,
        version: quarryVersion,
        subcommands: [QueryCommand.self, RunCommand.self, TestCommand.self, CheckCommand.self, SchemaCommand.self, GenerateCommand.self,
                      ServeCommand.self]
    )

    /// Usage errors exit with 2, not ArgumentParser's 64 (PRODUCT.md §7, SEMANTICS.md §14.1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

let quarryVersion = "0.1.0"

/// `--root DIR`, accepted by every command (PRODUCT.md §7).
struct RootOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder holding schema/ and data/.", valueName: "DIR"))
    var root: String = "."

    var url: URL { URL(fileURLWithPath: root, isDirectory: true) }

    /// The root's saved queries (`run`, `test`); a folder that cannot be read ends the command.
    func savedQueries() throws -> [SavedQuery] {
        do {
            return try SavedQueries.all(root: url)
        } catch {
            printError("\(SavedQueries.folder(root: url).path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
