import QuarrySchema
import Testing

@testable import QuarryStore

/// `DataFileReader`: bytes already in memory read and typed as a load reads a file.
@Suite struct DataFileReaderTests {
    static let schema = """
        type Customer @collection(path: "customers") {
          id: ID!
          name: String!
          visits: Int
        }
        """

    let reader: DataFileReader

    init() throws {
        reader = DataFileReader(schema: try ServedSchema.build(files: [.init(Self.schema, name: "schema/test.graphql")]))
    }

    @Test func typesALoneDocumentAndDerivesItsIDFromThePath() throws {
        let read = try #require(reader.read(Array(#"{"name": "Ann", "visits": 3}"#.utf8), path: "data/customers/eu/c-1.json"))
        #expect(read.documents.map(\.id) == ["eu/c-1"])
        #expect(read.documents.first?.values == [.string("eu/c-1"), .string("Ann"), .int(3)])
        #expect(read.problems.isEmpty)
    }

    @Test func reportsProblemsWithTheirPositions() throws {
        let bytes = Array("- id: c-1\n  name: Ann\n  visits: \"3\"\n- id: c-2\n".utf8)
        let read = try #require(reader.read(bytes, path: "data/customers/list.yaml"))
        #expect(read.documents.map(\.id) == ["c-1", "c-2"])
        #expect(read.problems.map(\.description) == [
            "data/customers/list.yaml:3:11: Customer.visits: expected an Int (a plain whole number from -2147483648 to 2147483647), found quoted text \"3\".",
            "data/customers/list.yaml:4: Customer.name: required field is missing.",
        ])
    }

    /// Int is a plain decimal integer within 32 bits, typed from the bytes (SEMANTICS.md §1.2).
    @Test(arguments: [
        ("-2147483648", StoredValue.int(-2_147_483_648)), ("2147483647", .int(2_147_483_647)), ("+7", .int(7)),
        ("007", .int(7)), ("-0", .int(0)), ("2147483648", .null), ("-2147483649", .null),
        ("99999999999999999999999", .null), ("1e3", .null), ("0x1F", .null), ("'12'", .null), ("+", .null),
    ])
    func intsAreTypedFromTheirBytes(text: String, expected: StoredValue) throws {
        let read = try #require(reader.read(Array("id: c-1\nname: Ann\nvisits: \(text)\n".utf8), path: "data/customers/c-1.yaml"))
        #expect(read.documents.first?.values[2] == expected)
        #expect(read.problems.isEmpty == (expected != .null))
    }

    @Test func pathsOutsideTheCollectionsAreNotData() {
        #expect(reader.read(Array("{}".utf8), path: "data/orders/o-1.json") == nil)
        #expect(reader.read(Array("{}".utf8), path: "data/customers/notes.txt") == nil)
        #expect(reader.prepare(path: "data/orders/o-1.json") == nil)
        #expect(reader.prepare(path: "data/customers") == nil)
    }

    /// A place found once reads a file as its path does: same id from the path, same problems.
    @Test func aPreparedPlaceReadsAsThePathDoes() throws {
        let place = try #require(reader.prepare(path: "data/customers/eu/c-2.yaml"))
        let bytes = Array("name: Bo\nvisits: many\n".utf8)
        let read = reader.read(bytes, at: place)
        #expect(read.documents.map(\.id) == ["eu/c-2"])
        #expect(read.documents.first?.values == [.string("eu/c-2"), .string("Bo"), .null])
        #expect(read.problems.map(\.description) == [
            "data/customers/eu/c-2.yaml:2:9: Customer.visits: expected an Int (a plain whole number from -2147483648 to 2147483647), found \"many\".",
        ])
        let byPath = try #require(reader.read(bytes, path: "data/customers/eu/c-2.yaml"))
        #expect(byPath.documents.map(\.values) == read.documents.map(\.values))
        #expect(byPath.problems.map(\.description) == read.problems.map(\.description))
    }
}
