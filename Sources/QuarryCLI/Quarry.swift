import ArgumentParser
import QuarryLanguage

/// The `quarry` command. Subcommands arrive with the library layers they sit on.
@main
struct QuarryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarry",
        abstract: "A GraphQL gateway over a tree of YAML and JSON documents.",
        version: quarryVersion
    )
}

let quarryVersion = "0.1.0"
