import Foundation
import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// The response writer's fast paths: strings copied by words, ids found by their bytes, path
/// steps in owned memory, document lists written by position, the response size remembered.
@Suite struct ResponseWritingTests {
    /// RFC 8259 §7, one byte at a time: what the word-at-a-time writer must match.
    static func referenceJSON(_ text: String) -> String {
        var out = "\""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case ..<0x20: out += String(format: "\\u%04x", byte)
            default: out += String(UnicodeScalar(byte))
            }
        }
        return out + "\""
    }

    /// Every length around the word sizes (short loop, 4- and 8-byte overlapping copies,
    /// memmove), with a byte to escape at every position, including in the overlapping tail.
    @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\u{1F}"])
    func stringsOfEveryShortLengthEscapeExactly(special: String) {
        for length in 0...40 {
            let plain = String((0..<length).map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
            var variants = [plain]
            for position in 0..<length {
                var characters = Array(plain)
                characters[position] = Character(special)
                variants.append(String(characters))
            }
            for text in variants {
                var writer = JSONWriter(capacity: 16)
                writer.string(text)
                #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.referenceJSON(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func nonASCIIAndBridgedStringsAreWrittenAsIs() {
        var writer = JSONWriter(capacity: 16)
        writer.string("李娜 café")
        writer.string(NSString(string: "bridged \"text\"") as String)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""李娜 café""bridged \"text\"""#)
    }

    /// Every id is found by its bytes, as the store finds it; an unknown one is not, nor one
    /// equal only under Unicode normalization.
    @Test func idTableFindsWhatTheStoreFinds() throws {
        let snapshot = try makeSnapshot(
            schema: "type Tag @collection(path: \"tags\") { id: ID! }",
            files: ["data/tags/t.yaml": "- {id: caf\u{E9}}\n- {id: a-rather-long-identifier-over-16}\n- {id: x}\n"])
        let data = snapshot.collections[0]
        let table = IDTable(data)
        for id in ["caf\u{E9}", "a-rather-long-identifier-over-16", "x"] {
            #expect(table.position(of: id) != nil)
            #expect(table.position(of: id) == data.position(of: id))
        }
        // Ids are compared by code points, without normalization (SEMANTICS.md §3.4): the
        // decomposed spelling is another id, in the table as in the store.
        #expect(table.position(of: "cafe\u{301}") == nil)
        #expect(data.position(of: "cafe\u{301}") == nil)
        #expect(table.position(of: "missing") == nil)
        #expect(table.position(of: "") == nil)
    }

    @Test func pathStepsGrowAndReadBackInOrder() {
        var steps = PathSteps()
        for index in 0..<100 { steps.append(.index(index)) }
        steps.removeLast()
        #expect(steps.count == 99)
        #expect(steps.map { step -> Int in
            if case .index(let index) = step { return index }
            return -1
        } == Array(0..<99))
    }

    /// A failed item in a page of documents (or of edges) nulls the list, its items being
    /// non-null, and so on up to `data`, with the item's index in the error's path.
    @Test func failedItemInADocumentPageNullsThePage() {
        #expect(run("{ orders { nodes { id customer { name } } } }") ==
            #"{"errors":[{"message":"Cannot return null for non-nullable field Order.customer.","locations":[{"line":1,"column":23}],"path":["orders","nodes",2,"customer"]}],"data":null}"#)
        #expect(run("{ orders { edges { node { id customer { name } } } } }") ==
            #"{"errors":[{"message":"Cannot return null for non-nullable field Order.customer.","locations":[{"line":1,"column":30}],"path":["orders","edges",2,"node","customer"]}],"data":null}"#)
    }

    @Test func documentListsFromReverseFieldsAndConnections() {
        #expect(run("{ customer(id: \"c-1\") { orders { id status } } }") ==
            #"{"data":{"customer":{"orders":[{"id":"o-1","status":"SHIPPED"},{"id":"o-2","status":"OPEN"}]}}}"#)
        #expect(run("{ customer(id: \"c-1\") { ordersConnection { nodes { id customer { id } } } } }") ==
            #"{"data":{"customer":{"ordersConnection":{"nodes":[{"id":"o-1","customer":{"id":"c-1"}},{"id":"o-2","customer":{"id":"c-1"}}]}}}}"#)
        #expect(run("{ orders(first: 0) { nodes { id } edges { node { id } } } }") == #"{"data":{"orders":{"nodes":[],"edges":[]}}}"#)
    }

    /// A repeated document starts its writer as large as its largest response, and answers the
    /// same bytes.
    @Test func responseSizeIsRememberedPerDocument() throws {
        let prepared = PreparedDocument(query: "{ orders { nodes { id items { sku price } } } }", schema: shopSnapshot.schema)
        let first = execute(prepared, operationName: nil, variables: [:], on: shopSnapshot)
        let second = execute(prepared, operationName: nil, variables: [:], on: shopSnapshot)
        #expect(first.json == second.json)
        let key = PreparedDocument.PlanKey(operation: 0, variables: [:])
        #expect(prepared.cached(key, schema: shopSnapshot.schema).responseCapacity >= first.json.count)
    }
}
