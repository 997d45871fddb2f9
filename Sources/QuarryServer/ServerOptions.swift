import Quarry
import QuarryStore

/// How `quarry serve` runs (PRODUCT.md §7, SEMANTICS.md §15.5).
public struct ServerOptions: Sendable {
    public var host: String
    public var port: Int
    /// How file changes are noticed; `.off` for `--no-watch`, `.polling` for `--poll`.
    public var watch: LiveStore.WatchMode
    /// `--trusted-only`: only saved queries run (`documentId`, `/queries/NAME`).
    public var trustedOnly: Bool
    /// `--cors-origin`: origins allowed to call from a browser (`*` for any); none: no CORS headers.
    public var corsOrigins: [String]
    /// `--max-query-bytes`, `--max-depth`, `--no-introspection` and the fixed field and token limits.
    public var limits: QueryLimits
    /// `--timeout`: the longest an execution may take before the request is answered with an error.
    public var timeout: Duration
    /// The largest request body read (413 beyond).
    public var maxBodyBytes: Int
    /// The longest a client may take to send its body (408 beyond).
    public var bodyTimeout: Duration
    /// Responses at least this long are gzipped when the client accepts it.
    public var gzipMinimumBytes: Int
    /// Adds `GET /hello` (plain text), the baseline the HTTP benchmark measures against.
    public var helloRoute: Bool

    public init(host: String = "127.0.0.1", port: Int = 4000, watch: LiveStore.WatchMode = .automatic,
                trustedOnly: Bool = false, corsOrigins: [String] = [], limits: QueryLimits = QueryLimits(),
                timeout: Duration = .seconds(4), maxBodyBytes: Int = 16 << 20, bodyTimeout: Duration = .seconds(3),
                gzipMinimumBytes: Int = 512, helloRoute: Bool = false) {
        self.host = host
        self.port = port
        self.watch = watch
        self.trustedOnly = trustedOnly
        self.corsOrigins = corsOrigins
        self.limits = limits
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.bodyTimeout = bodyTimeout
        self.gzipMinimumBytes = gzipMinimumBytes
        self.helloRoute = helloRoute
    }
}
