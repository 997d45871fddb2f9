import Hummingbird
import Logging

/// One structured log line per request (swift-log), carrying Hummingbird's request id
/// (`hb.request.id`, also answered as `X-Request-Id`), and the latency metric.
struct RequestLogging<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response = try await next(request, context)
        let elapsed = ContinuousClock.now - started
        metrics.recordRequest(duration: elapsed)
        response.headers[.init("X-Request-Id")!] = context.id
        context.logger.info("request", metadata: [
            "method": "\(request.method.rawValue)", "path": "\(request.uri.path)",
            "status": "\(response.status.code)", "duration_ms": "\(elapsed / .milliseconds(1))",
        ])
        return response
    }
}
