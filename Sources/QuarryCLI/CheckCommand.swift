import ArgumentParser
import Foundation
import QuarrySchema
import QuarryStore

/// `quarry check`: the schema and every document, every problem reported (SEMANTICS.md §14.6).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the schema and every document: types, required fields, references, ids.",
        discussion: """
            Prints one line per problem as FILE:LINE:COLUMN: message (FILE relative to the root), \
            then a summary. Exits 1 when there is an error (or, with --strict, a warning), else 0.
            Warnings are likely mistakes that do not stop a value from being served, such as a key \
            that the schema does not declare.
            """
    )

    @OptionGroup var root: RootOption

    @Flag(help: "Fail on warnings too (unknown keys).")
    var strict = false

    func run() throws {
        let started = DispatchTime.now()
        let schema: Schema
        do {
            schema = try ServedSchema.build(files: try SchemaFiles.read(root: root.url))
        } catch let errors as SchemaErrors {
            for error in errors.errors { print(error.description) }
            print("\(count(errors.errors.count, "schema problem")); the data was not checked.")
            throw ExitCode(1)
        }
        let progress = ProgressLine(label: "Checking")
        let snapshot = StoreLoader.load(root: root.url, schema: schema, progress: progress.update)
        progress.finish()
        for problem in snapshot.problems { print(problem.description) }
        let errors = snapshot.problems.filter { $0.severity == .error }.count
        let warnings = snapshot.problems.count - errors
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let scope = "\(count(snapshot.collections.count, "collection")), \(count(snapshot.documentCount, "document")) in \(count(snapshot.fileCount, "file"))"
        if errors > 0 || (strict && warnings > 0) {
            print("\(count(errors, "error")), \(count(warnings, "warning")) in \(scope).")
            throw ExitCode(1)
        }
        let warningNote = warnings > 0 ? ", \(count(warnings, "warning"))" : ""
        print("ok: \(scope)\(warningNote) (\(String(format: "%.2f", seconds)) s).")
    }
}

/// "1 file", "3 files".
func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
