import ArgumentParser
import Foundation
import Quarry
import QuarryExecution
import QuarrySchema

/// `--var name=value` and `--variables FILE.json` (PRODUCT.md §7), typed by the library's
/// `VariableInputs` (SEMANTICS.md §14.3); every problem is a usage error naming the variable
/// (exit 2, §15.3).
struct VariableOptions: ParsableArguments {
    @Option(name: .customLong("var"), help: ArgumentHelp("A variable as name=value (repeatable), typed by its declaration.", valueName: "name=value"))
    var assignments: [String] = []

    @Option(name: .customLong("variables"), help: ArgumentHelp("A JSON file holding an object of variables; --var overrides it.", valueName: "FILE.json"))
    var file: String?

    /// The variables for an operation declaring `declared` (nil: unknown, passed through).
    func values(declared: [DeclaredVariable]?, schema: Schema?) throws -> [String: JSONValue] {
        var texts: [(name: String, text: String)] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw ValidationError("--var \(assignment): expected name=value.")
            }
            texts.append((String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...])))
        }
        let json = try fileEntries()
        do {
            return try VariableInputs(declared: declared, schema: schema).collect(json: json, texts: texts)
        } catch {
            throw ValidationError("--var \(error.variable): \(error.message)")
        }
    }

    private func fileEntries() throws -> [(key: String, value: JSONValue)] {
        guard let file else { return [] }
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("--variables: cannot read \(file).") }
        guard case .object(let entries)? = try? JSONValue.parse([UInt8](data)) else {
            throw ValidationError("--variables: \(file) must hold a JSON object.")
        }
        return entries
    }
}
