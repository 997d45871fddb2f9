import Foundation
import QuarryExecution
import QuarryLanguage

/// A saved query, `schema/queries/NAME.graphql` (PRODUCT.md §7, SEMANTICS.md §12.2): a document
/// run by name from `quarry run NAME`, `quarry test` and `/queries/NAME`.
public struct SavedQuery: Sendable {
    /// The file name without `.graphql`; the name in `quarry run NAME` and `/queries/NAME`.
    public let name: String
    /// The operation's description, else the leading `#` comment lines, else nil.
    public let description: String?
    /// The variables of the operation it runs, in declaration order (empty when it does not parse).
    public let variables: [DeclaredVariable]
    /// The operation it runs: the first in the document (nil for an anonymous one).
    public let operationName: String?
    /// The file's exact bytes (`documentId` hashes these, SEMANTICS.md §15.5) and their text.
    public let bytes: [UInt8]
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// The file, and its path relative to the root (`schema/queries/NAME.graphql`), which names
    /// the document in error messages.
    public let file: URL
    public let sourceName: String
    /// `NAME.expected.json` and `NAME.variables.json` beside it, when they exist.
    public let expectedFile: URL?
    public let variablesFile: URL?
    /// Why the document does not parse; running it answers the same error.
    public let syntaxError: SyntaxError?

    /// Reads `file`; `sourceName` is how messages name it.
    public init(file: URL, sourceName: String) throws {
        let bytes = [UInt8](try Data(contentsOf: file))
        let name = file.deletingPathExtension().lastPathComponent
        let folder = file.deletingLastPathComponent()
        func sibling(_ suffix: String) -> URL? {
            let url = folder.appendingPathComponent(name + suffix)
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
        self.init(name: name, bytes: bytes, file: file, sourceName: sourceName,
                  expectedFile: sibling(".expected.json"), variablesFile: sibling(".variables.json"))
    }

    /// A saved query from text in memory (tests, the server's own listings).
    public init(name: String, bytes: [UInt8], file: URL, sourceName: String, expectedFile: URL? = nil, variablesFile: URL? = nil) {
        self.name = name
        self.bytes = bytes
        self.file = file
        self.sourceName = sourceName
        self.expectedFile = expectedFile
        self.variablesFile = variablesFile
        do {
            let document = try parse(Source(bytes: bytes, name: sourceName))
            let operation = document.definitions.lazy.compactMap { definition -> OperationDefinition? in
                if case .operation(let operation) = definition { operation } else { nil }
            }.first
            self.operationName = operation?.name?.value
            self.variables = operation.map(DeclaredVariable.of) ?? []
            self.description = operation?.description?.value ?? LeadingComment.text(of: bytes)
            self.syntaxError = nil
        } catch {
            self.operationName = nil
            self.variables = []
            self.description = LeadingComment.text(of: bytes)
            self.syntaxError = error
        }
    }

    /// The request that runs it with `variables`; defaults apply to the ones not given.
    public func request(variables: [String: JSONValue] = [:]) -> GraphQLRequest {
        GraphQLRequest(query: text, operationName: operationName, variables: variables, sourceName: sourceName)
    }

    /// Types `texts` (`--var`, URL parameters) and the `json` object by this query's declared
    /// variables (SEMANTICS.md §14.3); see `VariableInputs.collect`.
    public func variableValues(json: [(key: String, value: JSONValue)] = [], texts: [(name: String, text: String)] = [],
                               gateway: Gateway? = nil) throws(VariableInputError) -> [String: JSONValue] {
        let declared = syntaxError == nil ? variables : nil
        return try VariableInputs(declared: declared, schema: gateway?.snapshot.schema).collect(json: json, texts: texts)
    }
}

/// The `#` comment lines a file starts with (blank lines before them skipped), without the `#`
/// and one following space, joined by newlines; nil when there are none.
enum LeadingComment {
    static func text(of bytes: [UInt8]) -> String? {
        var lines: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if trimmed.hasPrefix("#") {
                var comment = trimmed.dropFirst()
                if comment.first == " " { comment = comment.dropFirst() }
                lines.append(String(comment.reversed().drop { $0 == "\r" || $0 == " " }.reversed()))
            } else if trimmed.allSatisfy({ $0 == "\r" }) && lines.isEmpty {
                continue
            } else {
                break
            }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
