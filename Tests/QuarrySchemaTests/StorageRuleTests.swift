import Testing

@testable import QuarrySchema

/// Quarry's storage rules (PRODUCT.md §3–§4) with exact messages and locations.
@Suite struct StorageRuleTests {
    static let query = "type Query { x: Int }\n"

    @Test(arguments: [
        ("type A @collection(path: \"a\") { name: String }", "2:6: Stored type \"A\" must have a field \"id: ID!\"."),
        ("type A @collection(path: \"a\") { id: String! }", "2:33: Stored type \"A\" must have a field \"id: ID!\"."),
        ("type A @collection(path: \"../a\") { id: ID! }",
         "2:6: Collection path \"../a\" of \"A\" must be a relative folder under data/ without \"..\" or empty parts."),
        ("type A @collection(path: \"a\") { id: ID! }\ntype B @collection(path: \"a/b\") { id: ID! }",
         "3:6: Collection path \"a/b\" of \"B\" overlaps \"a\" of \"A\"."),
        ("type A @collection(path: \"a\", plural: \"bs\") { id: ID! }\ntype B @collection(path: \"b\") { id: ID! }",
         "3:6: Root field \"bs\" of \"B\" is already generated for \"A\"."),
        ("type Sheep @collection(path: \"s\", plural: \"sheep\") { id: ID! }",
         "2:6: Collection \"Sheep\" needs a plural different from \"sheep\"; set @collection(plural:)."),
        ("type A @collection(path: \"a\") { id: ID! e: E @ref }\ntype E { x: Int }",
         "2:41: Field \"A.e\" is a @ref to \"E\", which is not a stored (@collection) type."),
        ("type A @collection(path: \"a\") { id: ID! b: [B!]! @reverse(field: \"a\") }\ntype B @collection(path: \"b\") { id: ID! a: String }",
         "2:41: Field \"A.b\" is @reverse(field: \"a\"), but \"B.a\" is not a @ref to \"A\"."),
        ("type A @collection(path: \"a\") { id: ID! b: B @reverse(field: \"a\") }\ntype B @collection(path: \"b\") { id: ID! a: A @ref }",
         "2:41: Field \"A.b\" is a @reverse: its type must be a list of a stored type, like [B!]!."),
        ("type E { bs: [B!]! @reverse(field: \"a\") }\ntype B @collection(path: \"b\") { id: ID! a: A @ref }\ntype A @collection(path: \"a\") { id: ID! }",
         "2:10: Field \"E.bs\" is a @reverse, but \"E\" is not a stored type."),
        ("type A @collection(path: \"a\") { id: ID! n: String @key(name: \"m\") m: String }",
         "2:67: Fields \"A.n\" and \"A.m\" are both stored under the key \"m\"."),
        ("type A @collection(path: \"a\") { id: ID! b: A @ref @computed }",
         "2:41: Field \"A.b\" combines @ref and @computed; use one of them."),
    ])
    func storageRule(sdl: String, expected: String) {
        #expect(errors(Self.query + sdl) == ["schema/test.graphql:" + expected])
    }

    @Test func benchmarkSchemaShapeIsValid() throws {
        let schema = try build(
            Self.query + """
            scalar Decimal
            type Merchant @collection(path: "merchants") {
              id: ID!
              upline: Merchant @ref
              downline: [Merchant!]! @reverse(field: "upline")
              customers: [Customer!]! @reverse(field: "merchant")
            }
            type Customer @collection(path: "customers") { id: ID! merchant: Merchant! @ref referredBy: Merchant @ref }
            type GroupBuy @collection(path: "group-buys", plural: "groupBuys") { id: ID! organizer: Merchant! @ref }
            """)
        #expect(schema.type(named: "GroupBuy")?.collection?.singular == "groupBuy")
    }
}
