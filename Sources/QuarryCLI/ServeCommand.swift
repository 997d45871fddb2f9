import ArgumentParser
import Foundation
import Logging
import Quarry
import QuarryServer
import QuarrySchema

/// `quarry serve`: GraphQL over HTTP on the root, watched for changes (PRODUCT.md §7–§8).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the root over HTTP: GraphQL, the explorer, saved queries, /healthz and /metrics.",
        discussion: """
            POST or GET /graphql per the GraphQL-over-HTTP specification; a browser opening /graphql \
            gets the explorer. Changes under data/ and schema/ are served without a restart unless \
            --no-watch is given. SIGINT or SIGTERM stops accepting connections and finishes the \
            requests in flight. LOG_LEVEL (trace, debug, info, notice, warning, error) sets the log level.
            """
    )

    @OptionGroup var root: RootOption

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 4000

    @Flag(name: .customLong("no-watch"), help: "Do not watch the root for changes.")
    var noWatch = false

    @Flag(help: "Watch by polling file times instead of inotify.")
    var poll = false

    @Flag(name: .customLong("trusted-only"), help: "Run saved queries only (documentId or /queries/NAME).")
    var trustedOnly = false

    @Flag(name: .customLong("no-introspection"), help: "Refuse __schema and __type.")
    var noIntrospection = false

    @Option(name: .customLong("cors-origin"), help: ArgumentHelp("An origin browsers may call from (* for any); repeatable.",
                                                                 valueName: "O"))
    var corsOrigins: [String] = []

    @Option(name: .customLong("max-depth"), help: ArgumentHelp("The deepest field nesting a query may have.", valueName: "N"))
    var maxDepth = QueryLimits().maxDepth

    @Option(name: .customLong("max-query-bytes"), help: ArgumentHelp("The longest query text, in bytes.", valueName: "N"))
    var maxQueryBytes = QueryLimits().maxQueryBytes

    @Option(help: ArgumentHelp("The longest an execution may take.", valueName: "SECONDS"))
    var timeout: Double = 4

    /// `GET /hello`, the baseline of Benchmarks/http-bench.sh.
    @Flag(name: .customLong("bench-hello-route"), help: .hidden)
    var benchHelloRoute = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be positive.") }
        guard maxQueryBytes > 0 else { throw ValidationError("--max-query-bytes must be positive.") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds.") }
        if noWatch && poll { throw ValidationError("--no-watch and --poll cannot be used together.") }
    }

    func run() throws {
        var limits = QueryLimits()
        limits.maxDepth = maxDepth
        limits.maxQueryBytes = maxQueryBytes
        limits.introspection = !noIntrospection
        let options = ServerOptions(
            host: host, port: port, watch: noWatch ? .off : poll ? .polling : .automatic, trustedOnly: trustedOnly,
            corsOrigins: corsOrigins, limits: limits, timeout: .milliseconds(Int64((timeout * 1000).rounded())),
            helloRoute: benchHelloRoute)
        let progress = ProgressLine(label: "Loading")
        let gateway: LiveGateway
        do {
            gateway = try LiveGateway(root: root.url, watch: options.watch, limits: limits, progress: progress.update)
        } catch let errors as SchemaErrors {
            progress.finish()
            for error in errors.errors { printError(error.description) }
            throw ExitCode(1)
        }
        progress.finish()
        for problem in gateway.store.problems { printError("warning: \(problem)") }
        let server = QuarryServer(gateway: gateway, options: options)
        let logger = Self.logger()
        let failure = ServeOutcome()
        let finished = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run(logger: logger) { port in
                    let host = options.host.contains(":") ? "[\(options.host)]" : options.host
                    // Unbuffered: a script waiting for this line gets it at once.
                    FileHandle.standardOutput.write(Data(
                        "Serving \(gateway.snapshot.documentCount) documents: open http://\(host):\(port)/graphql\n".utf8))
                }
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            printError("error: \(error)")
            throw ExitCode(1)
        }
    }
}

extension ServeCommand {
    /// Logs at `LOG_LEVEL` (default info), one line per request, to standard error.
    static func logger() -> Logger {
        var logger = Logger(label: "quarry")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }
}

/// The server's error, handed from its task to the waiting main thread.
private final class ServeOutcome: @unchecked Sendable {
    var error: (any Error)?
}
