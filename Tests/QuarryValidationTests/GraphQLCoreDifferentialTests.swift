import Foundation
import QuarryLanguage
import QuarrySchema
import Testing

@testable import QuarryValidation

/// Each rule against graphql-core (the Python port of graphql-js), when `python3` can
/// `import graphql`: on the same schema and invalid documents, the same number of errors at the
/// same locations, with the same message once quotes and "Did you mean" suggestions are set
/// aside. Skipped where graphql-core is not installed.
@Suite(.enabled(if: GraphQLCore.isAvailable, "needs python3 with graphql-core"))
struct GraphQLCoreDifferentialTests {
    /// Our rule, graphql-core's rule for the same spec section, and documents to compare on.
    /// Left out: §5.2.1.1 (graphql-core 3.2 has no KnownOperationTypesRule), `@skip`/`@include`
    /// at a subscription's root (newer than graphql-core 3.2), and the interface-in-implemented-
    /// interface spread of §5.5.2.3 (graphql-core still requires a common object type).
    static var cases: [(rule: any ValidationRule.Type, reference: String, documents: [String])] {
        [
            (OperationNameUniquenessRule.self, "UniqueOperationNamesRule", [
                "query A { dog { name } } query A { dog { name } }\nsubscription A { newMessage { body } }",
                "{ dog { name } } query B { dog { name } } query B { dog { name } }",
            ]),
            (LoneAnonymousOperationRule.self, "LoneAnonymousOperationRule", [
                "{ dog { name } }\nquery A { dog { name } }\n  { dog { name } }",
                "fragment F on Dog { name } { dog { ...F } } query { dog { name } }",
            ]),
            (SingleRootFieldRule.self, "SingleFieldSubscriptionsRule", [
                "subscription S { newMessage { body } disallowedSecondRootField __typename }",
                "subscription { ...F } fragment F on Subscription { a: newMessage { body } b: newMessage { body } }",
                "subscription S { __typename t: __typename }",
                "subscription S { newMessage { body } ... { extra: newMessage { sender } } }",
            ]),
            (FieldSelectionsRule.self, "FieldsOnCorrectTypeRule", [
                "fragment F on Dog { meowVolume barkVolume: kawVolume }\nfragment G on Pet { nickname name }",
                "fragment H on CatOrDog { name barkVolume __typename ... on Dog { barkVolume } }",
                "{ dog { __schema { queryType { name } } } unknown { deeper } }",
            ]),
            (LeafFieldSelectionsRule.self, "ScalarLeafsRule", [
                "{ human pet catOrDog dog { barkVolume { sinceWhen } name { x } } }",
                "{ human { pets } __typename { x } __schema { types { kind { x } } } }",
            ]),
            (ArgumentNamesRule.self, "KnownArgumentNamesRule", [
                "fragment F on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) isHouseTrained(atOtherHomes: true) @include(unless: false) }",
                "{ __type(nam: \"Dog\") { name } dog { doesKnowCommand(dogCommand: SIT) @skip(if: true, dogCommand: SIT) } }",
                "{ dog { unknown(a: 1) name @unknown(b: 2) } human { pets { name(x: 1) } } }",
            ]),
            (ArgumentUniquenessRule.self, "UniqueArgumentNamesRule", [
                "{ arguments { multipleRequirements(x: 1, y: 2, x: 3, y: 4, x: 5) } }",
                "{ dog @include(if: true, if: false) { name @skip(if: true, if: true) } }",
            ]),
            (RequiredArgumentsRule.self, "ProvidedRequiredArgumentsRule", [
                "{ arguments { multipleRequirements nonNullBooleanArgField optionalNonNullBooleanArgField booleanArgField } }",
                "{ __type { name } dog @include { doesKnowCommand name @skip(unless: true) } }",
            ]),
            (FragmentNameUniquenessRule.self, "UniqueFragmentNamesRule", [
                "{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { nickname }\nfragment F on Pet { name }",
            ]),
            (FragmentSpreadTypeExistenceRule.self, "KnownTypeNamesRule", [
                "fragment F on NotInSchema { name } fragment G on Dog { ... on NotInSchema { name } ... on Dgo { name } }",
                "query Q($a: Unknown, $b: [Strin!]!, $c: Int, $d: ComplexInput) { dog { name } }",
            ]),
            (FragmentsOnCompositeTypesRule.self, "FragmentsOnCompositeTypesRule", [
                "fragment F on Int { x } fragment G on Dog { ... on Boolean { y } ... on ComplexInput { z } }",
                "fragment H on DogCommand { x } fragment I on Pet { ... { name } }",
            ]),
            (FragmentsMustBeUsedRule.self, "NoUnusedFragmentsRule", [
                "fragment nameFragment on Dog { name }\n{ dog { name } }",
                """
                { dog { ...Used } }
                fragment Used on Dog { ...Nested }
                fragment Nested on Dog { name }
                fragment Unused on Dog { ...UsedByUnused }
                fragment UsedByUnused on Dog { name }
                fragment CycleA on Dog { ...CycleB }
                fragment CycleB on Dog { ...CycleA }
                """,
            ]),
            (FragmentSpreadTargetDefinedRule.self, "KnownFragmentNamesRule", [
                "{ dog { ...undefinedFragment ... on Dog { ...InInline } owner { ...Nested } } }\nfragment F on Dog { ...InFragment }",
            ]),
            (FragmentSpreadsMustNotFormCyclesRule.self, "NoFragmentCyclesRule", [
                "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name ...barkVolumeFragment }\nfragment barkVolumeFragment on Dog { barkVolume ...nameFragment }",
                "fragment dogFragment on Dog { name owner { ...ownerFragment } }\nfragment ownerFragment on Human { name pets { ...dogFragment } }",
                "fragment F on Dog { ...F }\nfragment A on Dog { ...B }\nfragment B on Dog { ...C }\nfragment C on Dog { ...B }",
                "fragment X on Dog { ...Y }\nfragment Y on Dog { ...Z }\nfragment Z on Dog { ...X }\nfragment D on Dog { ...D2 }\nfragment D2 on Dog { name }",
            ]),
            (FragmentSpreadIsPossibleRule.self, "PossibleFragmentSpreadsRule", [
                "fragment A on Dog { ... on Cat { meowVolume } ...catFragment ... on Sentient { name } ... on CatOrDog { __typename } }\nfragment catFragment on Cat { meowVolume }",
                "fragment B on Sentient { ... on Dog { barkVolume } }\nfragment C on HumanOrAlien { ... on Cat { meowVolume } ...D }\nfragment D on Pet { name }",
                "fragment E on Pet { ...sentientFragment ...dogOrHuman }\nfragment sentientFragment on Sentient { name }\nfragment dogOrHuman on DogOrHuman { __typename }",
                "query Q { ...OnQuery ... on Dog { name } }\nfragment OnQuery on Query { dog { name } }",
            ]),
        ]
    }

    @Test func everyRuleAgreesWithGraphQLCore() throws {
        var requests: [[String: String]] = []
        var ours: [[Reported]] = []
        for (rule, reference, documents) in Self.cases {
            for document in documents {
                requests.append(["rule": reference, "query": document])
                let source = Source(document)
                ours.append(validate(try parse(source), source: source, schema: specExampleSchema, rules: [rule]).map {
                    Reported(message: $0.message, locations: $0.locations.map { [$0.line, $0.column] })
                })
            }
        }
        let theirs = try GraphQLCore.validate(sdl: specExampleSchema.printedSDL(), cases: requests)
        try #require(theirs.count == ours.count)
        for index in ours.indices {
            let label = "\(requests[index]["rule"]!): \(requests[index]["query"]!)"
            let theirErrors = theirs[index].map { $0.fixingLineStarts(in: requests[index]["query"]!) }
            #expect(ours[index].map(\.normalized).sorted() == theirErrors.map(\.normalized).sorted(), "\(label)")
            #expect(!ours[index].isEmpty, "every document here is invalid: \(label)")
        }
    }
}

/// One error, as both sides report it.
struct Reported: Decodable {
    var message: String
    var locations: [[Int]]

    /// graphql-core 3.2 locates the first character of a line at the end of the line before
    /// (`get_location` is off by one there); graphql-js and Quarry say column 1 of the line.
    func fixingLineStarts(in text: String) -> Reported {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fixed = self
        fixed.locations = locations.map { location in
            let (line, column) = (location[0], location[1])
            guard line < lines.count, column == lines[line - 1].count + 1 else { return location }
            return [line + 1, 1]
        }
        return fixed
    }

    /// Locations first (so that sorting groups errors by place), then the message with graphql-core's
    /// single quotes made double and a trailing "Did you mean …?" suggestion set aside.
    var normalized: String {
        var text = message.replacingOccurrences(of: "'", with: "\"")
        if let suggestion = text.range(of: " Did you mean ", options: .backwards), text.hasSuffix("?") {
            text = String(text[..<suggestion.lowerBound])
        }
        return locations.map { "\($0[0]):\($0[1])" }.joined(separator: ", ") + ": " + text
    }
}

/// graphql-core, driven through `python3`.
enum GraphQLCore {
    static let script = """
        import json, sys
        from graphql import build_schema, parse, validate
        import graphql.validation as rules
        request = json.load(sys.stdin)
        schema = build_schema(request["sdl"])
        results = []
        for case in request["cases"]:
            errors = validate(schema, parse(case["query"]), [getattr(rules, case["rule"])])
            results.append([{"message": e.message,
                             "locations": [[l.line, l.column] for l in (e.locations or [])]} for e in errors])
        json.dump(results, sys.stdout)
        """

    static let isAvailable: Bool = (try? run(arguments: ["-c", "import graphql"], input: Data())) != nil

    static func validate(sdl: String, cases: [[String: String]]) throws -> [[Reported]] {
        let request: [String: Any] = ["sdl": sdl, "cases": cases]
        let output = try run(arguments: ["-c", script], input: try JSONSerialization.data(withJSONObject: request))
        return try JSONDecoder().decode([[Reported]].self, from: output)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `python3` with `arguments`, `input` on its standard input; its standard output, or a
    /// failure when it cannot start or exits non-zero. Input and errors go through files, so
    /// that no pipe can fill up while another is being read.
    static func run(arguments: [String], input: Data) throws -> Data {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("quarry-graphql-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFile = folder.appendingPathComponent("input.json")
        let errorFile = folder.appendingPathComponent("stderr.txt")
        try input.write(to: inputFile)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            throw Failure(description: "python3 exited with \(process.terminationStatus): \(errors)")
        }
        return output
    }
}
