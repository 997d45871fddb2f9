import ArgumentParser
import Foundation
import Quarry
import QuarryExecution
import QuarrySchema
import QuarryStore

/// `quarry schema`: the SDL of what is served, generated types included (PRODUCT.md §5), or the
/// introspection result as JSON.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the served schema as SDL: the source types plus the generated query API.",
        discussion: """
            With --introspection, print the result of the full introspection query as JSON instead \
            (what GraphiQL, Apollo and graphql-codegen read). Schema problems are printed as \
            FILE:LINE:COLUMN: message, and the exit code is 1.
            """
    )

    @OptionGroup var root: RootOption

    @Flag(help: "Print the introspection result as JSON instead of SDL.")
    var introspection = false

    func run() throws {
        let schema: Schema
        do {
            schema = try ServedSchema.build(files: try SchemaFiles.read(root: root.url))
        } catch let errors as SchemaErrors {
            for error in errors.errors { printError(error.description) }
            throw ExitCode(1)
        }
        guard introspection else {
            print(schema.printedSDL(), terminator: "")
            return
        }
        // Introspection reads only the schema: an empty snapshot of it is enough.
        let gateway = Gateway(snapshot: StoreSnapshot.empty(schema: schema))
        let response = gateway.execute(fullIntrospectionQuery)
        FileHandle.standardOutput.write(Data(response.json + [0x0A]))
        if !response.errors.isEmpty { throw ExitCode(1) }
    }
}
