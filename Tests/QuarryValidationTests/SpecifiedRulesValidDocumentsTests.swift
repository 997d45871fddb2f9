import Foundation
import QuarryLanguage
import QuarrySchema
import Testing

@testable import QuarryValidation

/// Every specified rule at once, in one traversal, on documents that must be valid: the spec's
/// §5 examples that are valid (made whole documents: their fragments spread by an operation,
/// their variables defined), and the benchmark workload against the served schema.
@Suite struct SpecifiedRulesValidDocumentsTests {
    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `../shared/baseline`, present on the development machines only.
    static let baseline = root.deletingLastPathComponent().appendingPathComponent("shared/baseline")
    static var hasBaseline: Bool { FileManager.default.fileExists(atPath: baseline.path) }

    static func allErrors(_ text: String, schema: Schema) -> [String] {
        let source = Source(text)
        guard let document = try? parse(source) else { return ["syntax error"] }
        return validate(document, source: source, schema: schema).map(\.description)
    }

    /// The spec's valid examples of §5, grouped into documents. Where the spec's example schema
    /// differs from the harness's (`ComplexInput.requiredField`), or an example is a snippet
    /// (`field`, a `findDog` without sub-selection), the smallest change makes it whole.
    static let specExamples: [String] = [
        // §5.2.1.1 Operation Name Uniqueness, §5.2.2.1 Lone Anonymous Operation.
        """
        query getDogName { dog { name } }
        query getOwnerName { dog { owner { name } } }
        """,
        "{ dog { name } }",
        // §5.2.3.1 Single root field.
        "subscription sub { newMessage { body sender } }",
        """
        subscription sub { ...newMessageFields }
        fragment newMessageFields on Subscription { newMessage { body sender } }
        """,
        // §5.3.1 Field Selections, §5.3.3 Leaf Field Selections.
        """
        { pet { ...interfaceFieldSelection } catOrDog { ...inDirectFieldSelectionOnUnion } dog { ...scalarSelection } }
        fragment interfaceFieldSelection on Pet { name }
        fragment inDirectFieldSelectionOnUnion on CatOrDog { __typename ... on Pet { name } ... on Dog { barkVolume } }
        fragment scalarSelection on Dog { barkVolume }
        """,
        // §5.3.2 Field Selection Merging.
        """
        query ($dogCommand: DogCommand!) {
          a: dog { ...mergeIdenticalFields ...mergeIdenticalAliasesAndFields }
          b: dog { ...mergeIdenticalFieldsWithIdenticalArgs }
          c: dog { ...mergeIdenticalFieldsWithIdenticalValues }
          pet { ...safeDifferingFields }
          d: pet { ...safeDifferingArgs }
        }
        fragment mergeIdenticalFields on Dog { name name }
        fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }
        fragment safeDifferingArgs on Pet {
          ... on Dog { doesKnowCommand(dogCommand: SIT) }
          ... on Cat { doesKnowCommand(catCommand: JUMP) }
        }
        """,
        // §5.4 Arguments.
        """
        {
          dog { ...argOnRequiredArg ...argOnOptional }
          arguments { ...multipleArgs ...multipleArgsReverseOrder ...goodBooleanArg ...goodNonNullArg }
          a: arguments { ...goodBooleanArgDefault }
        }
        fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }
        fragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }
        fragment multipleArgs on Arguments { multipleRequirements(x: 1, y: 2) }
        fragment multipleArgsReverseOrder on Arguments { multipleRequirements(y: 2, x: 1) }
        fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }
        fragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) }
        fragment goodBooleanArgDefault on Arguments { booleanArgField }
        """,
        // §5.5 Fragments.
        """
        { dog { ...fragmentOne ...fragmentTwo } }
        fragment fragmentOne on Dog { name }
        fragment fragmentTwo on Dog { owner { name } }
        """,
        """
        {
          dog { ...correctType ...inlineFragment ...inlineFragment2 ...fragOnObject ...dogFragment }
          pet { ...fragOnInterface ...petFragment ...unionWithInterface }
          catOrDog { ...fragOnUnion ...catOrDogFragment }
          a: dog { ...interfaceWithinObjectFragment ...unionWithObjectFragment }
        }
        fragment correctType on Dog { name }
        fragment inlineFragment on Dog { ... on Dog { name } }
        fragment inlineFragment2 on Dog { ... @include(if: true) { name } }
        fragment fragOnObject on Dog { name }
        fragment fragOnInterface on Pet { name }
        fragment fragOnUnion on CatOrDog { ... on Dog { name } }
        fragment dogFragment on Dog { ... on Dog { barkVolume } }
        fragment petNameFragment on Pet { name }
        fragment interfaceWithinObjectFragment on Dog { ...petNameFragment }
        fragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } }
        fragment unionWithObjectFragment on Dog { ...catOrDogNameFragment }
        fragment petFragment on Pet { name ... on Dog { barkVolume } }
        fragment catOrDogFragment on CatOrDog { ... on Cat { meowVolume } }
        fragment unionWithInterface on Pet { ...dogOrHumanFragment }
        fragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }
        """,
        // §5.6 Values.
        """
        query goodComplexDefaultValue($search: ComplexInput = { name: "Fido", requiredField: true }) {
          findDog(complex: $search) { name }
          arguments { ...goodBooleanArg ...coercedIntIntoFloatArg }
          a: findDog(complex: { name: "Fido", requiredField: false }) { name }
        }
        fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }
        fragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) }
        """,
        // §5.7.3 Directives Are Unique Per Location (`field` made a field of the schema).
        """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          dog @skip(if: $foo) { name }
          dog @skip(if: $bar) { nickname }
        }
        """,
        // §5.8 Variables.
        """
        query A($atOtherHomes: Boolean) { ...HouseTrainedFragment }
        query B($atOtherHomes: Boolean) { ...HouseTrainedFragment }
        fragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
        """,
        """
        query takesBoolean($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
        query takesComplexInput($complexInput: ComplexInput) { findDog(complex: $complexInput) { name } }
        query TakesListOfBooleanBang($booleans: [Boolean!]) { booleanList(booleanListArg: $booleans) }
        query variableIsDefined($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
        """,
        """
        query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
        query houseTrainedQueryOne($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
        query houseTrainedQueryTwo($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
        query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
        fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
        """,
        """
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments { booleanListArgField(booleanListArg: $nonNullBooleanList) }
        }
        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) }
        }
        """,
        """
        query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
          arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) }
        }
        """,
    ]

    @Test(arguments: specExamples.indices) func specValidExample(_ index: Int) {
        #expect(Self.allErrors(Self.specExamples[index], schema: specExampleSchema) == [])
    }

    /// The spec's OneOf examples of §5.8.5, on the extended schema's `findByOneOf`.
    @Test func specValidOneOfExamples() {
        #expect(Self.allErrors("""
            query addCat($a: String!) { findByOneOf(by: { a: $a }) { name } }
            query addCatWithDefault($a: String! = "Brontie") { findByOneOf(by: { a: $a }) { name } }
            """, schema: extendedExampleSchema) == [])
    }

    /// The benchmark workload and the parser's 40 kB document against the served schema
    /// (`$minTotal: Decimal = "100.00"`: a custom scalar takes a string literal).
    @Test(.enabled(if: hasBaseline)) func baselineQueriesAreValid() throws {
        let schema = try ServedSchema.build(files: SchemaFiles.read(root: Self.root))
        var files = (1...6).map { Self.baseline.appendingPathComponent("queries/Q\($0).graphql") }
        files.append(Self.baseline.appendingPathComponent("parse/big_query.graphql"))
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(Self.allErrors(text, schema: schema) == [], "\(file.lastPathComponent)")
        }
    }
}
