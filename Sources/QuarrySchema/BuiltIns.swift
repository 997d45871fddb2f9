import QuarryLanguage

/// The types and directives every schema has (spec §3.5.1–§3.5.5 scalars, §3.13 built-in
/// directives, §4.2 introspection types), written as SDL and read with our own parser, and
/// Quarry's storage directives (PRODUCT.md §4) for schemas that use them without defining them.
enum BuiltIns {
    static let sdl = #"""
    "A signed 32-bit integer."
    scalar Int
    "A double-precision floating-point number (IEEE 754)."
    scalar Float
    "Text: a sequence of Unicode characters."
    scalar String
    "`true` or `false`."
    scalar Boolean
    "A unique identifier, serialized as a string."
    scalar ID

    "Leaves the field or fragment out of the response when `if` is true."
    directive @skip("Skipped when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

    "Keeps the field or fragment in the response only when `if` is true."
    directive @include("Included when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

    "Marks an element of the schema as no longer supported."
    directive @deprecated(
      "Why it is deprecated and what to use instead, in Markdown."
      reason: String = "No longer supported"
    ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

    "Points to the specification of a custom scalar."
    directive @specifiedBy("The URL of the specification." url: String!) on SCALAR

    "An input object of which exactly one field must be given, and not null."
    directive @oneOf on INPUT_OBJECT

    "The whole schema as introspection shows it: its types, root operation types and directives."
    type __Schema {
      description: String
      "Every named type of the schema, built-in ones included."
      types: [__Type!]!
      "The type of query operations."
      queryType: __Type!
      "The type of mutation operations, if the schema has them."
      mutationType: __Type
      "The type of subscription operations, if the schema has them."
      subscriptionType: __Type
      "Every directive the schema knows."
      directives: [__Directive!]!
    }

    "A type: a named type, or a list or non-null wrapper around one (see `ofType`)."
    type __Type {
      kind: __TypeKind!
      name: String
      description: String
      "The URL of a custom scalar's specification."
      specifiedByURL: String
      fields(includeDeprecated: Boolean = false): [__Field!]
      interfaces: [__Type!]
      possibleTypes: [__Type!]
      enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
      inputFields(includeDeprecated: Boolean = false): [__InputValue!]
      "The wrapped type of a list or non-null type."
      ofType: __Type
      "Whether an input object is a OneOf input object."
      isOneOf: Boolean
    }

    "What kind of type a `__Type` is."
    enum __TypeKind {
      "A leaf value: a built-in or custom scalar."
      SCALAR
      "An object with fields."
      OBJECT
      "An abstract type whose implementations share its fields."
      INTERFACE
      "An abstract type that is one of several object types."
      UNION
      "A leaf value from a fixed set of names."
      ENUM
      "A structured input argument value."
      INPUT_OBJECT
      "A list of another type."
      LIST
      "A non-null version of another type."
      NON_NULL
    }

    "A field of an object or interface type."
    type __Field {
      name: String!
      description: String
      args(includeDeprecated: Boolean = false): [__InputValue!]!
      type: __Type!
      isDeprecated: Boolean!
      deprecationReason: String
    }

    "An argument or an input object field."
    type __InputValue {
      name: String!
      description: String
      type: __Type!
      "The default value as GraphQL text, if there is one."
      defaultValue: String
      isDeprecated: Boolean!
      deprecationReason: String
    }

    "One value of an enum type."
    type __EnumValue {
      name: String!
      description: String
      isDeprecated: Boolean!
      deprecationReason: String
    }

    "A directive: where it may be used and which arguments it takes."
    type __Directive {
      name: String!
      description: String
      isRepeatable: Boolean!
      locations: [__DirectiveLocation!]!
      args(includeDeprecated: Boolean = false): [__InputValue!]!
    }

    "A place in a document or schema where a directive may appear."
    enum __DirectiveLocation {
      "On a query operation." QUERY
      "On a mutation operation." MUTATION
      "On a subscription operation." SUBSCRIPTION
      "On a field." FIELD
      "On a fragment definition." FRAGMENT_DEFINITION
      "On a fragment spread." FRAGMENT_SPREAD
      "On an inline fragment." INLINE_FRAGMENT
      "On a variable definition." VARIABLE_DEFINITION
      "On a schema definition." SCHEMA
      "On a scalar definition." SCALAR
      "On an object type definition." OBJECT
      "On a field definition." FIELD_DEFINITION
      "On an argument definition." ARGUMENT_DEFINITION
      "On an interface definition." INTERFACE
      "On a union definition." UNION
      "On an enum definition." ENUM
      "On an enum value definition." ENUM_VALUE
      "On an input object definition." INPUT_OBJECT
      "On an input object field definition." INPUT_FIELD_DEFINITION
    }
    """#

    /// Quarry's storage directives, added when the schema files do not define them.
    static let storageDirectivesSDL = #"""
    "The type is stored: one document per entry in the folder `data/<path>`; root fields are generated for it."
    directive @collection("The folder under `data/`." path: String!, "The plural root field, when not the type's name plus s." plural: String) on OBJECT
    "The stored value is the id (or list of ids) of documents of the field's type."
    directive @ref("The stored key, when not the field's name." key: String) on FIELD_DEFINITION
    "The documents of the field's type whose `@ref` field `field` points to this document."
    directive @reverse("The `@ref` field of the target type." field: String!) on FIELD_DEFINITION
    "The value is stored under another key in the document."
    directive @key("The stored key." name: String!) on FIELD_DEFINITION
    "The value is computed by Swift code registered for this field."
    directive @computed on FIELD_DEFINITION
    """#

    static let scalarNames: Set<String> = ["Int", "Float", "String", "Boolean", "ID"]
}
