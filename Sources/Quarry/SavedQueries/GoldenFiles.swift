import Foundation
import QuarryExecution

/// Golden-file tests of saved queries (SEMANTICS.md §14.7, §15.4): `NAME.expected.json` holds the
/// whole response, compared as a JSON value (key order significant, whitespace not, numbers and
/// Decimals by their exact text); `NAME.variables.json` optionally holds the variables.
public struct GoldenFiles: Sendable {
    public let gateway: Gateway

    public init(gateway: Gateway) { self.gateway = gateway }

    /// What checking one query found.
    public enum Outcome: Sendable, Equatable {
        case passed
        /// The response differs: a unified diff of the expected against the actual response.
        case failed(diff: String)
        /// The query could not be checked (unreadable golden or variables file); says why.
        case broken(String)
    }

    /// Runs `query` with its variables file and compares the response with its golden file.
    public func check(_ query: SavedQuery) -> Outcome {
        guard let expectedFile = query.expectedFile else { return .broken("\(query.name): no \(query.name).expected.json.") }
        guard let data = FileManager.default.contents(atPath: expectedFile.path) else {
            return .broken("\(relative(expectedFile, query)): cannot read it.")
        }
        let expectedBytes = [UInt8](data)
        let expected: JSONValue
        do {
            expected = try JSONValue.parse(expectedBytes)
        } catch {
            return .broken("\(relative(expectedFile, query)): not JSON: \(error).")
        }
        let response: GraphQLResponse
        switch run(query) {
        case .success(let answer): response = answer
        case .failure(let problem): return .broken(problem.message)
        }
        if let actual = try? JSONValue.parse(response.json), actual == expected { return .passed }
        let diff = LineDiff.unified(expected: String(decoding: PrettyJSON.bytes(expectedBytes), as: UTF8.self),
                                    actual: String(decoding: goldenText(response), as: UTF8.self))
        // Equal text, different values: only the exact text of a number or an escape differs.
        return .failed(diff: diff.isEmpty ? "(the same text once indented; numbers or escapes differ)\n" : diff)
    }

    /// Runs `query` and writes its golden file (2-space indentation, unescaped UTF-8, `errors`
    /// before `data`). Returns whether the file changed (or was created).
    @discardableResult
    public func update(_ query: SavedQuery) throws -> Bool {
        let response = try run(query).get()
        let file = query.expectedFile ?? query.file.deletingLastPathComponent().appendingPathComponent(query.name + ".expected.json")
        let text = goldenText(response)
        if let old = FileManager.default.contents(atPath: file.path), [UInt8](old) == text { return false }
        try Data(text).write(to: file, options: .atomic)
        return true
    }

    /// The golden text of a response: the response's JSON indented, ending with a newline.
    /// Responses already put `errors` before `data` and write UTF-8 unescaped.
    public func goldenText(_ response: GraphQLResponse) -> [UInt8] { PrettyJSON.bytes(response.json) }

    /// The response of `query` with `NAME.variables.json` when there is one.
    public func run(_ query: SavedQuery) -> Result<GraphQLResponse, GoldenFileProblem> {
        var variables: [String: JSONValue] = [:]
        if let file = query.variablesFile {
            guard let data = FileManager.default.contents(atPath: file.path),
                  case .object(let entries)? = try? JSONValue.parse([UInt8](data)) else {
                return .failure(GoldenFileProblem(message: "\(relative(file, query)): not a JSON object of variables."))
            }
            for entry in entries { variables[entry.key] = entry.value }
        }
        return .success(gateway.execute(query.request(variables: variables)))
    }

    /// `schema/queries/FILE`, as messages name it.
    private func relative(_ file: URL, _ query: SavedQuery) -> String {
        (query.sourceName as NSString).deletingLastPathComponent + "/" + file.lastPathComponent
    }
}

/// A golden file or variables file that cannot be used.
public struct GoldenFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
