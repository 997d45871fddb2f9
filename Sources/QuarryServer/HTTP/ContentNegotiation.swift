import Foundation

/// The media type a response is written in, chosen from the request's `Accept` header
/// (SEMANTICS.md §11.2 and §11.6, GraphQL-over-HTTP "Accept").
enum ResponseMediaType: Equatable {
    /// `application/graphql-response+json`: pre-execution failures answer 4xx.
    case graphQLResponse
    /// `application/json`: every GraphQL response answers 200.
    case json
    /// `text/html`: the explorer.
    case html

    var contentType: String {
        switch self {
        case .graphQLResponse: "application/graphql-response+json; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        }
    }

    /// The type to answer in among `offered` (in the server's order of preference), or nil when
    /// `Accept` allows none of them (406). Each offered type takes the quality of the most
    /// specific range naming it; the highest quality wins, and a tie goes to the type the header
    /// lists first. No `Accept` header means `*/*`.
    static func negotiate(_ accept: String?, offered: [ResponseMediaType]) -> ResponseMediaType? {
        guard let accept, !accept.trimmingCharacters(in: .whitespaces).isEmpty else { return offered.first }
        let ranges = MediaRange.list(accept)
        var best: (type: ResponseMediaType, quality: Double, position: Int)?
        for type in offered {
            var match: (specificity: Int, quality: Double, position: Int)?
            for (position, range) in ranges.enumerated() {
                guard let specificity = range.specificity(for: type.mainType, type.subtype) else { continue }
                if match == nil || specificity > match!.specificity { match = (specificity, range.quality, position) }
            }
            guard let match, match.quality > 0 else { continue }
            // `*/*` stands for application/json only (GraphQL-over-HTTP: "*/*" means the legacy type).
            if match.specificity == 1 && type != .json { continue }
            if best == nil || match.quality > best!.quality || (match.quality == best!.quality && match.position < best!.position) {
                best = (type, match.quality, match.position)
            }
        }
        return best?.type
    }

    private var mainType: String { self == .html ? "text" : "application" }

    private var subtype: String {
        switch self {
        case .graphQLResponse: "graphql-response+json"
        case .json: "json"
        case .html: "html"
        }
    }
}
