import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Quarry
import QuarryStore
import ServiceLifecycle

/// `quarry serve` (PRODUCT.md §7–§8): GraphQL over HTTP on a live root, with the explorer, persisted
/// and saved queries, `/healthz` and `/metrics`. Build one, then `run()` it; the tests use
/// `application()` through HummingbirdTesting.
public struct QuarryServer: Sendable {
    public let gateway: LiveGateway
    public let options: ServerOptions
    let metrics = ServerMetrics()
    private let endpoint: GraphQLEndpoint
    private let savedQueries: SavedQueryEndpoint

    /// Serves `gateway`; trusted documents are the saved queries under `root/schema/queries/`.
    public init(gateway: LiveGateway, options: ServerOptions) {
        self.gateway = gateway
        self.options = options
        let root = gateway.store.root
        let trusted = TrustedDocuments { ((try? SavedQueries.all(root: root)) ?? []).map(\.bytes) }
        endpoint = GraphQLEndpoint(
            gateway: gateway, options: options,
            persisted: PersistedQueryResolution(automatic: AutomaticPersistedQueries(), trusted: trusted,
                                                trustedOnly: options.trustedOnly),
            metrics: metrics, reply: Reply(gzipMinimumBytes: options.gzipMinimumBytes), explorer: explorerPage,
            quick: QuickExecutions(timeout: options.timeout))
        savedQueries = SavedQueryEndpoint(root: root, graphql: endpoint)
    }

    /// Opens `root` (watched as `options.watch` says) and serves it.
    public init(root: URL, options: ServerOptions) throws {
        self.init(gateway: try LiveGateway(root: root, watch: options.watch, limits: options.limits), options: options)
    }

    /// Where to open it, e.g. `http://127.0.0.1:4000/graphql`.
    public var url: String {
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        return "http://\(host):\(options.port)/graphql"
    }

    /// The routes and middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLogging(metrics: metrics))
        if !options.corsOrigins.isEmpty { router.add(middleware: CORSPolicy(origins: options.corsOrigins)) }
        let endpoint = self.endpoint
        let reply = endpoint.reply
        for method in [HTTPRequest.Method.get, .post, .put, .delete, .patch] {
            router.on("/graphql", method: method) { request, context in await endpoint.handle(request, logger: context.logger) }
        }
        let savedQueries = self.savedQueries
        router.get("/queries") { request, _ in savedQueries.list(request) }
        for method in [HTTPRequest.Method.get, .post] {
            router.on("/queries/:name", method: method) { request, context in
                await savedQueries.run(request, name: context.parameters.get("name") ?? "", logger: context.logger)
            }
        }
        router.get("/") { request, _ in
            reply.bytes(endpoint.explorer(), contentType: ResponseMediaType.html.contentType, for: request)
        }
        let gateway = self.gateway
        router.get("/healthz") { request, _ in
            reply.bytes(healthReport(gateway.store.health), contentType: ResponseMediaType.json.contentType, for: request)
        }
        let metrics = self.metrics
        router.get("/metrics") { request, _ in
            reply.bytes(metrics.exposition(snapshot: gateway.snapshot), contentType: "text/plain; version=0.0.4; charset=utf-8",
                        for: request)
        }
        if options.helloRoute {
            router.get("/hello") { _, _ in Response(status: .ok, headers: [.contentType: "text/plain"],
                                                      body: ResponseBody(byteBuffer: ByteBuffer(string: "Hello, world!"))) }
        }
        return router
    }

    /// The application on `options.host` and `options.port` (0 picks a free port).
    public func application(logger: Logger = Logger(label: "quarry"),
                            onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then stops accepting connections and finishes the
    /// requests in flight before returning (ServiceLifecycle's graceful shutdown).
    public func run(logger: Logger = Logger(label: "quarry"), onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        async throws
    {
        let app = application(logger: logger, onServerRunning: onServerRunning)
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: logger))
        try await group.run()
    }
}
