import ArgumentParser
import QuarrySchema

/// `quarry schema`: the SDL of what is served, generated types included (PRODUCT.md §5).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the served schema as SDL: the source types plus the generated query API.",
        discussion: "Schema problems are printed as FILE:LINE:COLUMN: message, and the exit code is 1."
    )

    @OptionGroup var root: RootOption

    func run() throws {
        let schema: Schema
        do {
            schema = try ServedSchema.build(files: try SchemaFiles.read(root: root.url))
        } catch let errors as SchemaErrors {
            for error in errors.errors { printError(error.description) }
            throw ExitCode(1)
        }
        print(schema.printedSDL(), terminator: "")
    }
}
