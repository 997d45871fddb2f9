import HTTPTypes
import Hummingbird

/// Reads a request body whole, refusing one larger than `limit` (413, SEMANTICS.md §10.10) or
/// slower than `timeout` (408: a client that stalls mid-body holds only its own request,
/// SEMANTICS.md §13.4). A declared `Content-Length` over the limit is refused unread.
func readBody(of request: Request, limit: Int, timeout: Duration) async throws(RequestProblem) -> [UInt8] {
    let declared = request.headers.value(.contentLength).flatMap { Int($0) }
    if let declared, declared > limit {
        throw RequestProblem.tooLarge(limit)
    }
    let body = request.body
    // A small declared body comes with the head or right after it: read without a timer, which
    // costs a task group per request. A client that stalls there holds only its own request.
    if let declared, declared <= 65_536 {
        return try await collect(body, limit: limit, declared: declared).get()
    }
    let outcome: Result<[UInt8], RequestProblem> = await withTaskGroup(of: Result<[UInt8], RequestProblem>?.self) { group in
        group.addTask { await collect(body, limit: limit) }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return Task.isCancelled ? nil : .failure(RequestProblem(
                status: .requestTimeout, message: "The request body did not arrive within \(secondsText(timeout)).", code: "REQUEST_TIMEOUT"))
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first ?? .failure(.badRequest("The request body could not be read."))
    }
    return try outcome.get()
}

/// The body's bytes. With a `declared` length it stops once that many have come: the body is
/// complete by its framing, and its end is left to Hummingbird, which reads past it anyway.
private func collect(_ body: RequestBody, limit: Int, declared: Int? = nil) async -> Result<[UInt8], RequestProblem> {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(declared ?? 0)
    do {
        for try await chunk in body {
            guard bytes.count + chunk.readableBytes <= limit else { return .failure(.tooLarge(limit)) }
            bytes.append(contentsOf: chunk.readableBytesView)
            if let declared, bytes.count >= declared { break }
        }
    } catch {
        return .failure(RequestProblem(status: .badRequest, message: "The request body could not be read.", code: "BAD_REQUEST"))
    }
    return .success(bytes)
}

extension RequestProblem {
    static func tooLarge(_ limit: Int) -> RequestProblem {
        RequestProblem(status: .contentTooLarge, message: "The request body is larger than the limit of \(limit) bytes.",
                       code: "QUERY_TOO_LARGE")
    }
}
