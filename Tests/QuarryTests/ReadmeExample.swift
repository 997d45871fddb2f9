// The README's example ("Using Quarry in your tests"), verbatim below this comment;
// ReadmeExampleTests checks that the two stay the same.
import Quarry
import Testing

struct Book: Decodable, Equatable {
    let title: String
    let year: Int
}

@Test func booksOfAnAuthor() throws {
    // A schema and documents in memory; Gateway(root: URL) opens a folder instead.
    let gateway = try Gateway(
        schema: ["""
            type Author @collection(path: "authors") {
              id: ID!
              name: String!
              books: [Book!]! @reverse(field: "author")
            }
            type Book @collection(path: "books") {
              id: ID!
              title: String!
              year: Int!
              author: Author @ref
            }
            """],
        documents: [
            "authors": [#"{"id": "a-1", "name": "Ursula K. Le Guin"}"#],
            "books": [
                "id: b-1\ntitle: A Wizard of Earthsea\nyear: 1968\nauthor: a-1",
                "id: b-2\ntitle: The Dispossessed\nyear: 1974\nauthor: a-1",
            ],
        ])
    #expect(gateway.snapshot.problems.isEmpty)

    let response = gateway.execute(
        "query Books($id: ID!) { author(id: $id) { name books { title year } } }",
        variables: ["id": .string("a-1")], operationName: "Books")
    #expect(response.errors.isEmpty)

    // The exact JSON, keys in selection order...
    #expect(response.text == #"{"data":{"author":{"name":"Ursula K. Le Guin","books":[{"title":"A Wizard of Earthsea","year":1968},{"title":"The Dispossessed","year":1974}]}}}"#)
    // ...your own Decodable types...
    let books = try response.decode([Book].self, at: "author", "books")
    #expect(books == [Book(title: "A Wizard of Earthsea", year: 1968), Book(title: "The Dispossessed", year: 1974)])
    // ...or single values.
    #expect(response.data?["author"]?["books"]?[1]?["year"]?.int == 1974)

    // Errors are values too, with their locations.
    let wrong = gateway.execute("{ author(id: \"a-1\") { nmae } }")
    #expect(wrong.errors.map(\.message) == [#"Cannot query field "nmae" on type "Author"."#])
    #expect(wrong.errors.first?.locations.first?.column == 23)
}
