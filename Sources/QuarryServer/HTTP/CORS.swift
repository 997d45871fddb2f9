import HTTPTypes
import Hummingbird

/// Cross-origin access for browsers on other origins (`--cors-origin`, repeatable; `*` allows
/// any). A request whose `Origin` is allowed gets `Access-Control-Allow-Origin`; a preflight
/// (`OPTIONS` with `Access-Control-Request-Method`) is answered 204 here.
struct CORSPolicy<Context: RequestContext>: RouterMiddleware {
    let origins: [String]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin], let allowed = allowedOrigin(origin) else {
            return try await next(request, context)
        }
        if request.method == .options && request.headers[.accessControlRequestMethod] != nil {
            var headers = corsHeaders(allowed)
            headers[.accessControlAllowMethods] = "GET, POST, OPTIONS"
            headers[.accessControlAllowHeaders] = request.headers[.accessControlRequestHeaders]
                ?? "Content-Type, Accept, Accept-Encoding, Authorization"
            headers[.accessControlMaxAge] = "600"
            return Response(status: .noContent, headers: headers)
        }
        var response = try await next(request, context)
        response.headers[.accessControlAllowOrigin] = allowed
        // Appended: the response may already vary by Accept-Encoding.
        if allowed != "*" { response.headers.append(HTTPField(name: .vary, value: "Origin")) }
        return response
    }

    private func allowedOrigin(_ origin: String) -> String? {
        if origins.contains("*") { return "*" }
        return origins.contains(origin) ? origin : nil
    }

    private func corsHeaders(_ allowed: String) -> HTTPFields {
        var headers: HTTPFields = [.accessControlAllowOrigin: allowed]
        if allowed != "*" { headers[.vary] = "Origin" }
        return headers
    }
}
