import Foundation
import QuarryLanguage
import QuarrySchema
import Testing

@testable import QuarryValidation

/// Every specified rule at once (`validate` with its default rules) on documents that are valid:
/// the spec-example schema's valid examples, gathered into complete documents, and the baseline
/// queries Q1–Q6 against the schema Quarry serves.
@Suite struct SpecifiedRulesTests {
    /// Valid under every rule of §5, whichever rules exist: variables defined and used, every
    /// fragment used, fields mergeable.
    static let validSpecExampleDocuments = [
        """
        query getDogName {
          dog {
            name
            ...dogFields
            ... on Pet { name }
            ... @include(if: true) { nickname }
          }
        }

        query getOwnerName($atOtherHomes: Boolean, $command: DogCommand! = SIT) {
          dog {
            owner { name pets { ...petFields } }
            isHouseTrained(atOtherHomes: $atOtherHomes)
            doesKnowCommand(dogCommand: $command) @skip(if: false)
          }
        }

        fragment dogFields on Dog {
          nickname
          barkVolume
          doesKnowCommand(dogCommand: SIT)
          ...petNameFragment
          ...catOrDogNameFragment
        }

        fragment petNameFragment on Pet {
          name
        }

        fragment catOrDogNameFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment petFields on Pet {
          name
          ... on Dog { barkVolume }
          ... on Cat { meowVolume }
          ...dogOrHumanFragment
        }

        fragment dogOrHumanFragment on DogOrHuman {
          __typename
          ... on Dog { nickname }
        }
        """,
        """
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """,
        """
        {
          arguments {
            multipleRequirements(y: 2, x: 1)
            booleanArgField(booleanArg: true)
            floatArgField(floatArg: 1)
            intArgField(intArg: 3)
            nonNullBooleanArgField(nonNullBooleanArg: true)
            booleanListArgField(booleanListArg: [true, false])
            optionalNonNullBooleanArgField
          }
          findDog(complex: { name: "Fido", requiredField: true }) { name }
          human { name pets { name } }
          pet { name }
          catOrDog { __typename ... on Cat { meowVolume } ... on Dog { barkVolume } }
          __schema { queryType { name } }
          __type(name: "Dog") { name fields { name } }
        }
        """,
    ]

    @Test(arguments: validSpecExampleDocuments.indices)
    func specExampleDocumentsAreValid(index: Int) throws {
        let source = Source(Self.validSpecExampleDocuments[index])
        let document = try parse(source)
        #expect(validate(document, source: source, schema: specExampleSchema).map(\.description) == [])
    }

    @Test func aDocumentWithManyErrorsReportsThemAllInOnePass() throws {
        let source = Source("""
            query Q { dog { meowVolume ...Undefined ...Cycle } }
            query Q { dog { ... on Cat { meowVolume } } }
            fragment Cycle on Dog { ...Cycle }
            fragment Unused on Int { x }
            """)
        let found = validate(try parse(source), source: source, schema: specExampleSchema)
        #expect(found.allSatisfy { $0.code == "GRAPHQL_VALIDATION_FAILED" })
        #expect(Set(found.map(\.description)).isSuperset(of: [
            "1:7: There can be only one operation named \"Q\".",
            "1:17: Cannot query field \"meowVolume\" on type \"Dog\".",
            "1:31: Unknown fragment \"Undefined\".",
            "2:17: Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".",
            "3:25: Cannot spread fragment \"Cycle\" within itself.",
            "4:1: Fragment \"Unused\" is never used.",
            "4:20: Fragment \"Unused\" cannot condition on non composite type \"Int\".",
        ]))
    }

    /// A hostile document cannot make megabytes of errors: the first 100 are reported, then one
    /// saying validation stopped, and the rest of the document is not visited.
    @Test func errorsStopAtTheLimit() throws {
        let fields = (0..<5_000).map { "f\($0)" }.joined(separator: " ")
        let source = Source("{ dog { \(fields) } }")
        let found = validate(try parse(source), source: source, schema: specExampleSchema)
        #expect(found.count == ValidationContext.maximumErrors + 1)
        #expect(found.first?.description == "1:9: Cannot query field \"f0\" on type \"Dog\".")
        #expect(found[99].message == "Cannot query field \"f99\" on type \"Dog\".")
        #expect(found.last?.message == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(found.last?.locations == [])
        #expect(found.allSatisfy { $0.code == "GRAPHQL_VALIDATION_FAILED" })
        // Exactly at the limit nothing is added.
        let exact = Source("{ dog { \((0..<100).map { "f\($0)" }.joined(separator: " ")) } }")
        #expect(validate(try parse(exact), source: exact, schema: specExampleSchema).count == 100)
    }

    // MARK: The served schema

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let baselineQueries = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/baseline/queries")
    static let servedSchema: Schema? = try? ServedSchema.build(files: SchemaFiles.read(root: repositoryRoot))

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: baselineQueries.path), "needs ../shared/baseline"),
        arguments: ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"])
    func baselineQueriesAreValidOnTheServedSchema(name: String) throws {
        let schema = try #require(Self.servedSchema)
        let url = Self.baselineQueries.appendingPathComponent("\(name).graphql")
        let source = Source(try String(contentsOf: url, encoding: .utf8), name: "\(name).graphql")
        let document = try parse(source)
        #expect(validate(document, source: source, schema: schema).map(\.description) == [])
    }

    @Test func theServedSchemaRefusesMutationsAndSubscriptions() throws {
        // SEMANTICS.md §10.8 and §15.5: refused by validation, before any execution.
        let schema = try #require(Self.servedSchema)
        let source = Source("mutation M { placeOrder { id } }\nsubscription S { orderPlaced { id } }")
        let found = validate(try parse(source), source: source, schema: schema).map(\.description)
        #expect(found == [
            "1:1: The schema does not support mutation operations.",
            "2:1: The schema does not support subscription operations.",
        ])
    }
}

/// Each problem is reported by exactly one rule when all run together.
@Suite struct OneReportPerProblemTests {
    @Test func anUnknownVariableTypeIsReportedOnce() {
        let source = Source("query ($x: Nope) { dog { name } }")
        let document = try! parse(source)
        let errors = validate(document, source: source, schema: specExampleSchema).map(\.message)
        #expect(errors == ["Unknown type \"Nope\".", "Variable \"$x\" is never used."])
    }
}
