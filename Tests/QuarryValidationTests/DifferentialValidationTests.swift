import Foundation
import QuarryLanguage
import QuarrySchema
import QuarryTestSupport
import Testing

@testable import QuarryValidation

/// A differential check of the rules of this branch against an independent implementation:
/// graphql-core (PyPI), when python3 can import it, validates the same documents against the
/// same SDL with its matching rules; the number of errors and the locations of each must agree
/// (messages differ in quoting and suggestions). The documents avoid the few places where the
/// two knowingly differ: a conflict seen from a selection set and from an inline fragment in it
/// (graphql-core reports it twice), a Float literal beyond a double (graphql-core takes
/// infinity), and nullable variables in OneOf fields (graphql-core 3.2 reports them under values
/// of correct type, at the object).
@Suite struct DifferentialValidationTests {
    static var rules: [any ValidationRule.Type] {
        [
            FieldSelectionMergingRule.self, ValuesOfCorrectTypeRule.self, InputObjectFieldNamesRule.self,
            InputObjectFieldUniquenessRule.self, InputObjectRequiredFieldsRule.self, DirectivesAreDefinedRule.self,
            DirectivesAreInValidLocationsRule.self, DirectivesAreUniquePerLocationRule.self, VariableUniquenessRule.self,
            VariablesAreInputTypesRule.self, FragmentSpreadTypeExistenceRule.self, AllVariableUsesDefinedRule.self, AllVariablesUsedRule.self,
            AllVariableUsagesAreAllowedRule.self,
        ]
    }

    /// graphql-core's rules for the same sections.
    static let referenceRules = """
        OverlappingFieldsCanBeMergedRule ValuesOfCorrectTypeRule UniqueInputFieldNamesRule KnownDirectivesRule
        UniqueDirectivesPerLocationRule UniqueVariableNamesRule VariablesAreInputTypesRule KnownTypeNamesRule
        NoUndefinedVariablesRule NoUnusedVariablesRule VariablesInAllowedPositionRule
        """

    /// Invalid documents for every rule, and a few valid ones among them.
    static let documents: [String] = [
        // §5.3.2
        "{ dog { name: nickname name } }",
        "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
        "{ pet { ... on Dog { v: nickname } ... on Cat { v: meowVolume } } }",
        "{ dog { x: name y: barkVolume } dog { x: nickname y: name } }",
        "{ human { pets { name } } human { pets { name: __typename } } }",
        "{ dog { ...A } dog { ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barkVolume }",
        "{ dog { x: name ...A ...B } } fragment A on Dog { x: nickname ...C } fragment B on Dog { y: name } fragment C on Dog { y: barkVolume }",
        "{ pet { name ... on Dog { name: nickname } } }",
        "{ catOrDog { ... on Dog { x: name } ... on Cat { x: nickname } } pet { ... on Dog { y: owner { name } } ... on Cat { y: nickname } } }",
        "{ catOrDog { ... on Dog { x: name n: doesKnowCommand(dogCommand: SIT) } ... on Cat { x: name n: doesKnowCommand(catCommand: JUMP) } } }",
        "{ arguments { multipleRequirements(x: 1, y: 2) multipleRequirements(y: 2, x: 1) } }",
        "{ booleanList(booleanListArg: [true, false]) booleanList(booleanListArg: [false, true]) }",
        "{ dog { ...A ...B } } fragment A on Dog { owner { name } } fragment B on Dog { owner { name: __typename } }",
        "{ dog { a: owner { name } a: owner { pets { name } } a: name } }",
        // More than eight fields of one head: merged rather than compared pair by pair.
        "{ " + (0..<10).map { "dog { \($0 == 3 ? "x: name" : $0 == 7 ? "x: nickname" : "a\($0): barkVolume") } " }.joined() + "}",
        "{ " + (0..<10).map { "dog { \($0 == 2 ? "...A" : $0 == 8 ? "...B" : "a\($0): barkVolume") } " }.joined()
            + "} fragment A on Dog { x: name } fragment B on Dog { x: barkVolume }",
        "{ " + (0..<10).map { "dog { \($0 == 5 ? "x: name x: nickname" : "a\($0): name") } " }.joined() + "}",
        "{ " + (0..<10).map { "human { pets { \($0 == 1 ? "name" : $0 == 6 ? "name: __typename" : "a\($0): name") } } " }
            .joined() + "}",
        "{ " + (0..<9).map { "dog { a\($0): name } " }.joined() + "...F } fragment F on Query { dog { a3: nickname } }",
        // More than eight fragments in a set, and three against three in two sub-selections.
        "{ dog { " + (0..<10).map { "...F\($0) " }.joined() + "} } "
            + (0..<10).map { "fragment F\($0) on Dog { \($0 == 3 ? "x: name" : $0 == 7 ? "x: nickname" : "f\($0): name") } " }.joined(),
        "{ dog { x: name " + (0..<10).map { "...F\($0) " }.joined() + "} } "
            + (0..<10).map { "fragment F\($0) on Dog { \($0 == 5 ? "x: nickname" : "f\($0): name") } " }.joined(),
        "{ dog { ...A0 ...A1 ...A2 } dog { ...B0 ...B1 ...B2 } } "
            + (0..<3).map { "fragment A\($0) on Dog { \($0 == 1 ? "x: name" : "a\($0): name") } " }.joined()
            + (0..<3).map { "fragment B\($0) on Dog { \($0 == 2 ? "x: nickname" : "b\($0): name") } " }.joined(),
        // §5.6
        "{ arguments { intArgField(intArg: \"123\") a: intArgField(intArg: 2147483648) b: floatArgField(floatArg: true) } }",
        "{ findDog(complex: { name: 123 }) { name } }",
        "{ dog { doesKnowCommand(dogCommand: \"SIT\") a: doesKnowCommand(dogCommand: JUMP) b: doesKnowCommand(dogCommand: null) } }",
        "{ booleanList(booleanListArg: [true, null, 1]) }",
        "query ($a: Int = \"1\", $b: [Int!] = [1, null], $c: Boolean! = null, $d: DogCommand = SITS) { values(id: $a, required: $b) dog { isHouseTrained(atOtherHomes: $c) doesKnowCommand(dogCommand: $d) } }",
        "{ findDog(complex: { favoriteCookieFlavor: \"Bacon\", name: \"x\", name: \"y\" }) { name } }",
        "{ values(nested: { inner: { nam: \"x\" }, list: [{ requiredField: true, age: 3 }, {}], oneOf: { c: 1 } }, required: [1, \"2\"]) }",
        "{ values(required: 1, json: { any: [1, \"two\"] }, ints: [[1, true], 2.5], nested: [{ number: \"3\" }]) }",
        "{ a: findByOneOf(by: { a: \"x\", b: 1 }) { name } b: findByOneOf(by: {}) { name } c: findByOneOf(by: { a: null }) { name } }",
        "{ dog { name @include(if: { x: 1, x: 2 }) } findDog(complex: [{}]) { name } }",
        // §5.7
        "query Q($v: Int @onVar) @unknown { dog @Include(if: true) { name @skip(if: true) @skip(if: false) } }",
        "query Q($v: Boolean @skip(if: true)) @include(if: true) { dog @onVariable { name } }",
        "query ($v: Int @onVariable @onVariable) @tag @tag { dog @include(if: true) @include(if: true) @include(if: false) { name } }",
        "{ dog { ...F @skip(if: true) @skip(if: true) ... @onVariable { name } } } fragment F on Dog @tag { name }",
        // §5.8
        "query ($a: Int, $b: Int, $a: String, $b: Int, $a: Int) { dog { name } }",
        "query ($cat: Cat, $d: Dog!, $p: [Pet], $u: [Unknown!], $ok: [[DogCommand!]]!) { values(command: $ok) }",
        "query Q { dog { isHouseTrained(atOtherHomes: $atOtherHomes) ...F } } fragment F on Dog { name @skip(if: $x) }",
        "query A($v: Boolean) { dog { ...F } } query B { dog { ...F } } fragment F on Dog { ...G } fragment G on Dog { name @skip(if: $v) }",
        "query ($a: Boolean, $b: String, $e: Boolean) { dog @include(if: $a) { name } findDog(complex: { name: $b, requiredField: true }) { name } }",
        "query ($intArg: Int, $l: [Boolean], $b: Boolean) { arguments { booleanArgField(booleanArg: $intArg) a: booleanArgField(booleanArg: $l) nonNullBooleanArgField(nonNullBooleanArg: $b) nonNullBooleanListField(nonNullBooleanListArg: $l) } }",
        "query ($b: Boolean, $bs: [Boolean], $n: Int, $ints: [Int]) { booleanList(booleanListArg: [$b]) a: booleanList(booleanListArg: $bs) values(nested: { withDefault: $n }, required: [$n], ints: $ints) }",
        "query ($b: Boolean = null, $c: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) a: nonNullBooleanArgField(nonNullBooleanArg: $c) optionalNonNullBooleanArgField(optionalBooleanArg: $b) } }",
        "query A($v: Boolean!) { dog { ...F } } query B($v: Int) { dog { ...F } } fragment F on Dog { name @skip(if: $v) }",
    ]

    static var referenceAvailable: Bool { Python.hasGraphQLCore }

    /// Each document's errors as `line:column, …` strings, sorted (the two implementations
    /// visit in different orders).
    static func ours(_ text: String) -> [String] {
        let source = Source(text)
        guard let document = try? parse(source) else { return ["syntax error"] }
        return validate(document, source: source, schema: extendedExampleSchema, rules: rules).map { error in
            error.locations.map { "\($0.line):\($0.column)" }.joined(separator: ", ")
        }.sorted()
    }

    @Test(.enabled(if: referenceAvailable)) func errorCountsAndLocationsMatchGraphQLCore() throws {
        let sdl = extendedExampleFiles.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
        let input = try JSONSerialization.data(withJSONObject: ["sdl": sdl, "documents": Self.documents])
        let script = """
            import sys, json
            import graphql
            from graphql import build_schema, parse, validate
            request = json.load(sys.stdin)
            schema = build_schema(request['sdl'], assume_valid_sdl=True)
            rules = [getattr(graphql, name) for name in '''\(Self.referenceRules)'''.split()]
            result = []
            for text in request['documents']:
                errors = validate(schema, parse(text), rules)
                result.append(sorted(', '.join('%d:%d' % (l.line, l.column) for l in e.locations) for e in errors))
            print(json.dumps(result))
            """
        let run = try Python.run(script, input: String(decoding: input, as: UTF8.self))
        try #require(run.status == 0, "\(run.output)")
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String]])
        try #require(reference.count == Self.documents.count)
        for (index, text) in Self.documents.enumerated() {
            #expect(Self.ours(text) == reference[index], "\(text)")
        }
    }
}
