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
        abstract: "Run a GraphQL query against the root and print the JSON response.",
        discussion: """
            The query is given inline, as @FILE, or as - for standard input:
              quarry query '{ orders(first: 3) { nodes { id status } } }'
              quarry query @report.graphql --var merchant=m-00001 --var first=10
            --var values are typed by the variable's declared type: strings and ids verbatim \
            (code=007 stays "007"), Int and Float parsed, Boolean true|false, enums by name, lists \
            and input objects as JSON. Errors are also printed on stderr as SOURCE:LINE:COLUMN: message.
            Exit status: 0 without errors, 1 when the response has errors, 2 for usage errors.
            """
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The query text, @FILE to read it from a file, or - for standard input.", valueName: "QUERY"))
    var query: String

    @Option(name: .customLong("var"), help: ArgumentHelp("A variable as name=value (repeatable).", valueName: "name=value"))
    var variables: [String] = []

    @Option(name: .customLong("variables"), help: ArgumentHelp("A JSON file holding an object of variables; --var overrides it.", valueName: "FILE.json"))
    var variablesFile: String?

    @Option(name: .customLong("operation"), help: ArgumentHelp("The operation to run when the document has several.", valueName: "NAME"))
    var operationName: String?

    @OptionGroup var root: RootOption

    func run() throws {
        let (text, sourceName) = try readQuery()
        let given = try VariableArguments.collect(query: text, file: variablesFile, assignments: variables, operation: operationName)
        let gateway: Gateway
        do {
            gateway = try Gateway(root: root.url)
        } catch {
            for problem in error.errors { printError(problem.description) }
            throw ExitCode(1)
        }
        for problem in gateway.snapshot.problems where problem.severity == .error {
            printError("warning: \(problem.description)")
        }
        let response = gateway.execute(GraphQLRequest(query: text, operationName: operationName, variables: given, sourceName: sourceName))
        FileHandle.standardOutput.write(Data(response.json + [0x0A]))
        for error in response.errors {
            if let location = error.locations.first {
                printError("\(sourceName):\(location.line):\(location.column): \(error.message)")
            } else {
                printError("\(sourceName): \(error.message)")
            }
        }
        if !response.errors.isEmpty { throw ExitCode(1) }
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

/// `--var name=value` and `--variables FILE.json`, typed by the operation's declared variables
/// (SEMANTICS.md §14.3); every problem is a usage error naming the variable (exit 2, §15.3).
enum VariableArguments {
    static func collect(query: String, file: String?, assignments: [String], operation: String?) throws -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw usage("--variables: cannot read \(file).") }
            guard case .object(let entries)? = try? JSONValue.parse([UInt8](data)) else {
                throw usage("--variables: \(file) must hold a JSON object.")
            }
            for entry in entries { values[entry.key] = entry.value }
        }
        guard !assignments.isEmpty else { return values }
        let declared = declaredVariables(query: query, operation: operation)
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw usage("--var \(assignment): expected name=value.")
            }
            let name = String(assignment[..<equals])
            let text = String(assignment[assignment.index(after: equals)...])
            guard let type = declared[name] else {
                throw usage("--var \(name): the operation declares no variable $\(name).")
            }
            values[name] = try typed(text, type, name: name)
        }
        return values
    }

    /// The declared type of each variable of the selected operation (the only one when unnamed).
    private static func declaredVariables(query: String, operation: String?) -> [String: TypeReference] {
        guard let document = try? parse(query) else { return [:] }
        let operations = document.definitions.compactMap { if case .operation(let op) = $0 { op } else { nil } }
        let selected = operation.flatMap { name in operations.first { $0.name?.value == name } } ?? operations.first
        var types: [String: TypeReference] = [:]
        for definition in selected?.variableDefinitions ?? [] { types[definition.variable.name.value] = definition.type }
        return types
    }

    private static func typed(_ text: String, _ type: TypeReference, name: String) throws -> JSONValue {
        switch type {
        case .nonNull(let inner, _): return try typed(text, inner, name: name)
        case .list:
            guard let value = try? JSONValue.parse(Array(text.utf8)), case .array = value else {
                throw usage("--var \(name): expected a JSON list for \(type.printed()), got \(text).")
            }
            return value
        case .named(let scalar):
            switch scalar.value {
            case "Int":
                guard Int32(text) != nil else { throw usage("--var \(name): expected an Int, got \(text).") }
                return .number(text)
            case "Float":
                guard let number = Double(text), number.isFinite else { throw usage("--var \(name): expected a Float, got \(text).") }
                return .number(text)
            case "Boolean":
                guard text == "true" || text == "false" else { throw usage("--var \(name): expected true or false, got \(text).") }
                return .bool(text == "true")
            case "String", "ID", "Decimal", "Date", "DateTime":
                return .string(text)
            default:
                // An input object is written as JSON; an enum or a custom scalar by its text.
                if text.hasPrefix("{") {
                    guard let value = try? JSONValue.parse(Array(text.utf8)) else {
                        throw usage("--var \(name): expected a JSON object for \(scalar.value), got \(text).")
                    }
                    return value
                }
                return .string(text)
            }
        }
    }

    private static func usage(_ message: String) -> ValidationError { ValidationError(message) }
}
