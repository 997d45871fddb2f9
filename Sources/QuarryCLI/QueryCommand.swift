import ArgumentParser
import Foundation
import Quarry
import QuarryExecution
import QuarryLanguage
import QuarrySchema

/// `quarry query`: run a query against the root and print the response (PRODUCT.md §7,
/// SEMANTICS.md §14.1–§14.3, §15.3).
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a GraphQL query against the root and print the response or its rows.",
        discussion: """
            The query is given inline, as @FILE, or as - for standard input:
              quarry query '{ orders(first: 3) { nodes { id status } } }'
              quarry query @report.graphql --var merchant=m-00001 --var first=10
            --var values are typed by the variable's declared type: strings and ids verbatim \
            (code=007 stays "007"), Int and Float parsed, Boolean true|false, enums by name, lists \
            and input objects as JSON. Errors are also printed on stderr as SOURCE:LINE:COLUMN: message.
            --format table|csv|ndjson prints rows: the first list of objects in data (or --rows \
            PATH, e.g. orders.nodes), else data as one row; nested objects become dotted columns.
            Exit status: 0 without errors, 1 when the response has errors, 2 for usage errors.
            """
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The query text, @FILE to read it from a file, or - for standard input.", valueName: "QUERY"))
    var query: String

    @OptionGroup var variables: VariableOptions

    @Option(name: .customLong("operation"), help: ArgumentHelp("The operation to run when the document has several.", valueName: "NAME"))
    var operationName: String?

    @OptionGroup var format: FormatOptions

    @OptionGroup var root: RootOption

    func run() throws {
        let (text, sourceName) = try readQuery()
        let gateway = try ResponsePrinter.openGateway(root)
        let given = try variables.values(declared: DeclaredVariable.declared(in: text, operationName: operationName),
                                         schema: gateway.snapshot.schema)
        try ResponsePrinter.run(GraphQLRequest(query: text, operationName: operationName, variables: given, sourceName: sourceName),
                                on: gateway, format: format)
    }

    private func readQuery() throws -> (String, String) {
        if query == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return (String(decoding: data, as: UTF8.self), "<stdin>")
        }
        if query.hasPrefix("@") {
            let path = String(query.dropFirst())
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("\(path): no such file.")
                throw ExitCode(1)
            }
            return (String(decoding: data, as: UTF8.self), path)
        }
        return (query, "<query>")
    }
}
