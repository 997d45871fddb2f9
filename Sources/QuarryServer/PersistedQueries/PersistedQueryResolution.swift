import QuarryExecution
import QuarryLanguage

/// Which document a request runs (SEMANTICS.md §12.1, §15.5): its query text, a trusted
/// document named by `documentId`, or an automatic persisted query named by
/// `extensions.persistedQuery.sha256Hash`. Under `trustedOnly`, only trusted documents run.
struct PersistedQueryResolution {
    let automatic: AutomaticPersistedQueries
    let trusted: TrustedDocuments
    let trustedOnly: Bool

    enum Outcome {
        case query(String)
        /// A GraphQL error answered without running anything; `status` overrides the media
        /// type's choice when set.
        case refused(GraphQLError, alwaysStatus: Int?)
    }

    func resolve(_ parameters: GraphQLParameters) throws(RequestProblem) -> Outcome {
        if let id = parameters.documentId {
            guard let document = trusted.document(id: id) else { return Self.notFound }
            return .query(document)
        }
        if let persisted = parameters.extensions["persistedQuery"] {
            return try resolve(persisted: persisted, query: parameters.query)
        }
        guard let query = parameters.query else { throw .badRequest("The request has no query.") }
        if trustedOnly { return Self.onlyPersisted }
        return .query(query)
    }

    private func resolve(persisted: JSONValue, query: String?) throws(RequestProblem) -> Outcome {
        guard case .object(let fields) = persisted,
              case .string(let hash)? = fields.first(where: { $0.key == "sha256Hash" })?.value
        else { throw .badRequest("extensions.persistedQuery must be an object with a sha256Hash string.") }
        if let version = fields.first(where: { $0.key == "version" })?.value, version != .number("1") {
            throw .badRequest("extensions.persistedQuery.version must be 1.")
        }
        guard let query else {
            if let known = trusted.document(hash: hash) ?? (trustedOnly ? nil : automatic.query(forHash: hash)) {
                return .query(known)
            }
            return Self.notFound
        }
        if trustedOnly { return Self.onlyPersisted }
        guard sha256Hex(query.utf8) == hash else {
            return .refused(GraphQLError(message: "provided sha does not match query", code: "PERSISTED_QUERY_HASH_MISMATCH"),
                            alwaysStatus: 400)
        }
        automatic.register(query, hash: hash)
        return .query(query)
    }

    private static let notFound = Outcome.refused(
        GraphQLError(message: "PersistedQueryNotFound", code: "PERSISTED_QUERY_NOT_FOUND"), alwaysStatus: 200)

    private static let onlyPersisted = Outcome.refused(
        GraphQLError(message: "This server runs trusted documents only: send a documentId naming a saved query.",
                     code: "PERSISTED_QUERY_ONLY"), alwaysStatus: nil)
}
