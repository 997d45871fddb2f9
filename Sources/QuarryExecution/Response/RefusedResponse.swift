import QuarryLanguage

extension GraphQLResponse {
    /// A request refused before execution (spec §7.1 "Response Format": errors and no `data`), for
    /// refusals decided outside the engine: a server's limits, persisted-query lookups.
    public static func refused(_ errors: [GraphQLError]) -> GraphQLResponse { failed(errors) }
}
