import QuarryLanguage
import QuarrySchema

/// The spec-example schema plus what the tests of the value, directive and variable rules need
/// beyond it: a field taking the OneOf input object, the `nonNullBooleanListField` of the spec's
/// §5.8.5 example, a custom scalar, arguments of every built-in scalar and of nested lists and
/// input objects, a repeatable directive and one for variable definitions. Built from the
/// harness's own SDL file plus an extension file, so the shared harness stays as it is.
let extendedExampleSDL = """
    scalar JSON
    input NestedInput {
      inner: ComplexInput
      list: [ComplexInput!]
      oneOf: OneOfInput
      number: Int = 3
      withDefault: Int! = 3
    }
    extend type Query {
      findByOneOf(by: OneOfInput): Dog
      values(
        nested: NestedInput, json: JSON, ints: [[Int]], id: ID, float: Float, string: String,
        command: DogCommand, required: [Int!]!, oneOfs: [OneOfInput!]
      ): Boolean
    }
    extend type Arguments { nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): [Boolean] }
    directive @tag(name: String) repeatable on QUERY | FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
    directive @onVariable on VARIABLE_DEFINITION
    """

/// The SDL files of `extendedExampleSchema`: the harness's and the additions.
let extendedExampleFiles: [Source] =
    specExampleSchema.files.filter { $0.name == "spec.graphql" } + [Source(extendedExampleSDL, name: "additions.graphql")]

let extendedExampleSchema: Schema = try! SchemaBuilder.build(files: extendedExampleFiles)
