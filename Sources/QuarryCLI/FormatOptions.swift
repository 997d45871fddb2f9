import ArgumentParser
import Foundation
import Quarry
import QuarryExecution

extension OutputFormat: ExpressibleByArgument {}

/// `--format json|table|csv|ndjson` and `--rows PATH` of `query` and `run` (PRODUCT.md §7); any
/// other format is a usage error (exit 2, SEMANTICS.md §14.1).
struct FormatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: json (the response; indented on a terminal), table, csv or ndjson (the rows).",
                               valueName: "json|table|csv|ndjson"))
    var format: OutputFormat = .json

    @Option(help: ArgumentHelp("The dotted path in data of the rows to show (default: the first list of objects).", valueName: "PATH"))
    var rows: String?
}

/// What `query` and `run` share: opening the root, then printing a response in the chosen
/// format on stdout and its errors on stderr (SEMANTICS.md §14.2, §15.3, §15.4).
enum ResponsePrinter {
    /// The gateway of `root`; its schema problems end the command (exit 1), its data problems
    /// are warnings.
    static func openGateway(_ root: RootOption) throws -> Gateway {
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
        return gateway
    }

    /// Runs `request` and prints its response; throws exit 1 when it has errors, 2 when
    /// `--rows` names nothing.
    static func run(_ request: GraphQLRequest, on gateway: Gateway, format: FormatOptions) throws {
        let response = gateway.execute(request)
        let sourceName = request.sourceName
        let terminal = isatty(STDOUT_FILENO) == 1
        let columns = format.format.isTabular
            ? SelectionColumns(query: request.query, operationName: request.operationName, schema: gateway.snapshot.schema) : nil
        let options = OutputOptions(prettyJSON: terminal, width: terminal ? terminalWidth() : nil, rows: format.rows.map(RowPath.init),
                                    columns: columns)
        let sink = ByteSink { StandardOutput.write($0) }
        do {
            try ResponseOutput.write(response.json, as: format.format, options: options, to: sink)
        } catch {
            sink.flush()
            throw ValidationError(error.description)
        }
        sink.flush()
        for error in response.errors {
            if let location = error.locations.first {
                printError("\(sourceName):\(location.line):\(location.column): \(error.message)")
            } else {
                printError("\(sourceName): \(error.message)")
            }
        }
        if !response.errors.isEmpty { throw ExitCode(1) }
    }

    /// The terminal's columns: `$COLUMNS`, else the window size, else 80.
    private static func terminalWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

/// Writes to file descriptor 1 directly, all of it, retrying short writes.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
