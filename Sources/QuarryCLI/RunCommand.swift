import ArgumentParser
import Foundation
import Quarry

/// `quarry run [NAME]`: run the saved query `schema/queries/NAME.graphql`, or list the saved
/// queries (PRODUCT.md §7, SEMANTICS.md §12.2, §15.3).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a saved query (schema/queries/NAME.graphql), or list them without a name.",
        discussion: """
            Without NAME, lists every saved query with its description and variables.
              quarry run sales-by-merchant --var merchant=m-00001 --format table
            --var values are typed by the declared type of the variable; variables not given take \
            their defaults. --format and --rows work as for quarry query.
            Exit status: 0 without errors, 1 when the response has errors or NAME is unknown, \
            2 for usage errors (a bad --var included).
            """
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The saved query to run: schema/queries/NAME.graphql.", valueName: "NAME"))
    var name: String?

    @OptionGroup var variables: VariableOptions

    @OptionGroup var format: FormatOptions

    @OptionGroup var root: RootOption

    func run() throws {
        let queries = try root.savedQueries()
        guard let name else { return list(queries) }
        guard let query = queries.first(where: { $0.name == name }) else {
            let known = queries.isEmpty ? "there are none" : "saved queries: " + queries.map(\.name).joined(separator: ", ")
            printError("No saved query \(name) (schema/queries/\(name).graphql); \(known).")
            throw ExitCode(1)
        }
        let gateway = try ResponsePrinter.openGateway(root)
        let values = try variables.values(declared: query.syntaxError == nil ? query.variables : nil, schema: gateway.snapshot.schema)
        try ResponsePrinter.run(query.request(variables: values), on: gateway, format: format)
    }

    /// One block per query: its name, its description indented, then one line per variable.
    private func list(_ queries: [SavedQuery]) {
        guard !queries.isEmpty else {
            print("No saved queries in schema/queries/.")
            return
        }
        var text = ""
        for query in queries {
            text += query.name + "\n"
            for line in (query.description ?? "").split(separator: "\n", omittingEmptySubsequences: false) where query.description != nil {
                text += line.isEmpty ? "\n" : "    \(line)\n"
            }
            for variable in query.variables {
                text += "    --var \(variable.name): \(variable.typeText)"
                if let value = variable.defaultValueText { text += " = \(value)" }
                if variable.isRequired { text += " (required)" }
                text += "\n"
            }
        }
        StandardOutput.write(Array(text.utf8))
    }
}
