import QuarryLanguage
import QuarrySchema
import Testing

@testable import QuarryValidation

/// The schema of the spec's §5 examples (Dog, Cat, Pet, …), extended where rules need it.
let specExampleSchema: Schema = {
    let sdl = """
        type Query { dog: Dog pet: Pet catOrDog: CatOrDog human: Human findDog(complex: ComplexInput): Dog
                     booleanList(booleanListArg: [Boolean!]): Boolean arguments: Arguments }
        type Subscription { newMessage: Message disallowedSecondRootField: Boolean }
        schema { query: Query subscription: Subscription }
        type Message { body: String sender: String }
        enum DogCommand { SIT DOWN HEEL }
        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }
        interface Sentient { name: String! }
        interface Pet { name: String! }
        type Alien implements Sentient { name: String! homePlanet: String }
        type Human implements Sentient { name: String! pets: [Pet!] }
        enum CatCommand { JUMP }
        type Cat implements Pet { name: String! nickname: String doesKnowCommand(catCommand: CatCommand!): Boolean! meowVolume: Int }
        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        input ComplexInput { name: String owner: String requiredField: Boolean! }
        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
        }
        input OneOfInput @oneOf { a: String b: Int }
        """
    return try! SchemaBuilder.build(files: [Source(sdl, name: "spec.graphql")])
}()

/// The errors of validating `query` against the spec-example schema with only `rule`, rendered
/// as `line:column: message` (every location of each error, joined by `, `).
func errors(of rule: any ValidationRule.Type, in query: String, schema: Schema = specExampleSchema) -> [String] {
    let source = Source(query)
    guard let document = try? parse(source) else { return ["syntax error"] }
    return validate(document, source: source, schema: schema, rules: [rule]).map { error in
        error.locations.map { "\($0.line):\($0.column)" }.joined(separator: ", ") + ": " + error.message
    }
}
