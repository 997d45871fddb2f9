import HTTPTypes

/// A request refused before it is a GraphQL request (GraphQL-over-HTTP §"Request"): answered with
/// its HTTP status and one error, whatever media type was accepted.
struct RequestProblem: Error, Equatable {
    var status: HTTPResponse.Status
    var message: String
    var code: String
    /// `Allow` for 405.
    var allow: String?

    static func badRequest(_ message: String) -> RequestProblem {
        RequestProblem(status: .badRequest, message: message, code: "BAD_REQUEST")
    }
}
