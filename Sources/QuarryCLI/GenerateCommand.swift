import ArgumentParser
import Foundation
import QuarryGenerator

/// `quarry generate`: a deterministic synthetic S2B2C root (SEMANTICS.md §14.8, §15.7).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic S2B2C root (schema/ and data/) with N orders, the same bytes for the same seed.",
        usage: "quarry generate --scale <N> --out <DIR> [--seed <S>] [--force]",
        discussion: """
            Writes DIR/schema/ (the bundled S2B2C schema) and DIR/data/ (every collection of it), \
            ready to serve, query or benchmark. The result passes `quarry check`.

            Sizes scale with N, the number of orders: customers N/5, merchants N/50, suppliers N/500, \
            products N/20, warehouses 2 per supplier, group buys N/200, tickets N/20, purchase orders \
            N/100, purchase pools N/1000, design polls N/2000, campaigns 8 + N/1000 (each with a \
            small minimum), and one shipment per shipped order (two for split parcels): 10 000 orders \
            make about 13 600 files (12.6 MB), 100 000 orders about 130 000 files (125 MB).

            The data looks like real traffic: a few big merchants and many small ones, order dates \
            that peak at 618 (June) and Double 11 (November) and dip over Chinese New Year, \
            statuses with matching paid/shipped/delivered times, several UTC offsets, and every \
            file layout the store reads (one document, lists, YAML streams, JSON; ids from paths \
            such as orders/2025/11/o-000123; YAML values such as NO, 0755 and 0012345 left unquoted).

            The same --seed and --scale always give byte-identical files; another seed gives other \
            data. DIR must be empty or missing; with --force, DIR/schema and DIR/data are replaced \
            and nothing else in DIR is touched. Progress shows on a terminal (not when piped); the \
            last line says how many files and bytes were written, and how long it took.

            Examples:
              quarry generate --scale 10000 --out /tmp/s2b2c-10k
              quarry check --root /tmp/s2b2c-10k
              quarry generate --scale 100000 --out /tmp/s2b2c-100k --seed 7 --force
            """
    )

    @Option(help: ArgumentHelp("Number of orders (1 to 10000000); every other collection scales with it.", valueName: "N"))
    var scale: Int

    @Option(help: ArgumentHelp("Folder to write schema/ and data/ into; created when missing.", valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp("Random seed. The same seed and scale give the same bytes.", valueName: "S"))
    var seed: UInt64 = 1

    @Flag(help: "Write into a non-empty DIR: replace its schema/ and data/, keep everything else.")
    var force = false

    /// Accepted like every command's (PRODUCT.md §7); generate writes to --out.
    @OptionGroup(visibility: .hidden) var root: RootOption

    func run() throws {
        let started = DispatchTime.now()
        guard (1...DatasetGenerator.maximumScale).contains(scale) else {
            printError("quarry generate: \(GeneratorError.scaleOutOfRange(scale))")
            throw ExitCode(2)
        }
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        let summary: GenerationSummary
        do {
            try OutputFolder.prepare(folder, force: force)
            let progress = ProgressLine(label: "Generating")
            defer { progress.finish() }
            summary = try DatasetGenerator.generate(scale: scale, seed: seed, into: folder, progress: progress.update)
        } catch let error as GeneratorError {
            printError("quarry generate: \(error)")
            throw ExitCode(error.isUsageError ? 2 : 1)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let documents = summary.documents.map { "\($0.documents) \($0.path)" }.joined(separator: ", ")
        print("wrote \(count(summary.files, "file")), \(megabytes(summary.bytes)) to \(out) in "
              + "\(String(format: "%.2f", seconds)) s (seed \(seed): \(documents)).")
    }

    private func megabytes(_ bytes: Int) -> String {
        "\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB (\(bytes) bytes)"
    }
}
