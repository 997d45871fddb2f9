import Testing

@testable import Quarry

/// The output formats (SEMANTICS.md §14.4, §15.4) over response bytes.
@Suite struct OutputFormatTests {
    func output(_ json: String, _ format: OutputFormat, rows: String? = nil, width: Int? = nil, pretty: Bool = false) throws -> String {
        let options = OutputOptions(prettyJSON: pretty, width: width, rows: rows.map(RowPath.init))
        return String(decoding: try ResponseOutput.bytes(Array(json.utf8), as: format, options: options), as: UTF8.self)
    }

    let orders = #"{"data":{"orders":{"totalCount":3,"nodes":[{"id":"o-1","total":"35.50","customer":{"name":"张伟","tier":null},"tags":["a","b"]},{"id":"o-2","total":"7.00","customer":null,"tags":[]},{"id":"o-3","total":null,"customer":{"name":"Li, \"Na\"\nJr","tier":2},"tags":null}]}}}"#

    @Test func csvQuotesFlattensAndLeavesNullEmpty() throws {
        #expect(try output(orders, .csv) == """
            id,total,customer.name,customer.tier,tags\r
            o-1,35.50,张伟,,"[""a"",""b""]"\r
            o-2,7.00,,,[]\r
            o-3,,"Li, ""Na""\nJr",2,\r

            """)
    }

    /// A nested object null in the first rows: its columns stand where it first appeared.
    @Test func nullObjectsGiveWayToTheirColumns() throws {
        let json = #"{"data":{"xs":[{"id":1,"c":null,"t":2},{"id":3,"c":{"n":"a","m":{"k":null}},"t":4,"z":5},{"c":{"m":{"k":6}}}]}}"#
        #expect(try output(json, .csv) == "id,c.n,c.m.k,t,z\r\n1,,,2,\r\n3,a,,4,5\r\n,,6,,\r\n")
    }

    @Test func csvKeepsEmptyStringsApartFromNull() throws {
        #expect(try output(#"{"data":{"xs":[{"a":"","b":null,"c":" x "}]}}"#, .csv) == "a,b,c\r\n\"\",, x \r\n")
    }

    @Test func ndjsonIsOneCompactRowPerLine() throws {
        #expect(try output(#"{"data":{"a":{"b":[ {"x": 1} , {"x":[2, 3]}, null ]}}}"#, .ndjson) == "{\"x\": 1}\n{\"x\":[2, 3]}\nnull\n")
    }

    /// Columns sized by display width: 张伟 takes four columns, like `Li Na`'s five minus one.
    @Test func tableAlignsByDisplayWidth() throws {
        let json = #"{"data":{"people":[{"name":"张伟","age":31,"city":"上海"},{"name":"Li Na","age":7,"city":"Singapore"},{"name":"é\u0301x","age":null,"city":"a\tb"}]}}"#
        #expect(try output(json, .table) == """
            name   age  city
            -----  ---  ---------
            张伟    31  上海
            Li Na    7  Singapore
            é́x          a\\tb

            """)
    }

    @Test func tableLinesAreCutToTheWidth() throws {
        let json = #"{"data":{"xs":[{"name":"红烧狮子头","note":"abcdefghij"}]}}"#
        #expect(try output(json, .table, width: 12) == "name       …\n---------- …\n红烧狮子头 …\n")
        #expect(try output(json, .table, width: 11) == "name      …\n----------…\n红烧狮子头…\n")
        #expect(try output(json, .table, width: 16) == "name        note\n----------  ---…\n红烧狮子头  abc…\n")
        #expect(TableOutput.truncated("红烧狮子头", to: 6) == "红烧…")
        #expect(TableOutput.truncated("abc", to: 3) == "abc")
    }

    /// Zero rows: nothing at all, not a header without columns.
    @Test(arguments: [OutputFormat.csv, .table, .ndjson])
    func emptyResults(format: OutputFormat) throws {
        #expect(try output(#"{"data":{"orders":{"nodes":[]}}}"#, format) == "")
        #expect(try output(#"{"errors":[{"message":"boom"}]}"#, format) == "")
        #expect(try output(#"{"errors":[{"message":"boom"}],"data":null}"#, format) == "")
    }

    /// An empty list still has a header when the query is known: its leaf paths, fragments
    /// merged, lists as one column.
    @Test func emptyResultsTakeTheirColumnsFromTheQuery() throws {
        let query = """
            query Q { orders(first: 0) { totalCount nodes { id items { quantity } customer { name } ...F ... on Order { id status } } } }
            fragment F on Order { total customer { merchant { id } } }
            """
        let columns = SelectionColumns(query: query, schema: sample.snapshot.schema)
        let empty = #"{"data":{"orders":{"totalCount":0,"nodes":[]}}}"#
        func run(_ format: OutputFormat, rows: String? = nil) throws -> String {
            let options = OutputOptions(rows: rows.map(RowPath.init), columns: columns)
            return String(decoding: try ResponseOutput.bytes(Array(empty.utf8), as: format, options: options), as: UTF8.self)
        }
        #expect(try run(.csv) == "id,items,customer.name,customer.merchant.id,total,status\r\n")
        #expect(try run(.table) == "id  items  customer.name  customer.merchant.id  total  status\n--  -----  -------------  --------------------  -----  ------\n")
        #expect(try run(.ndjson) == "")
        #expect(try run(.csv, rows: "orders.nodes") == "id,items,customer.name,customer.merchant.id,total,status\r\n")
        #expect(columns.columns(at: ["orders", "nope"]) == nil)
        #expect(SelectionColumns(query: "{", schema: sample.snapshot.schema).columns(at: []) == nil)
    }

    @Test func rowsAreTheFirstListOfObjectsDepthFirst() throws {
        let json = #"{"data":{"merchant":{"tags":["x"],"empty":[],"info":{"since":"2024"},"orders":[null,{"id":"o"}],"later":[{"id":"no"}]}}}"#
        #expect(try output(json, .csv) == "id\r\n\r\no\r\n")
        // Only an empty list: no rows; no list: data as one row.
        #expect(try output(#"{"data":{"a":{"tags":[1],"xs":[]}}}"#, .csv) == "")
        #expect(try output(#"{"data":{"order":{"id":"o-1","customer":{"name":"n"},"tags":[1]}}}"#, .csv) ==
            "order.id,order.customer.name,order.tags\r\no-1,n,[1]\r\n")
    }

    @Test func rowsAtAPath() throws {
        #expect(try output(orders, .csv, rows: "orders") == "totalCount,nodes\r\n3,\"" +
            #"[{""id"":""o-1"",""total"":""35.50"","# + "\"\"customer\"\":{\"\"name\"\":\"\"张伟\"\",\"\"tier\"\":null},\"\"tags\"\":[\"\"a\"\",\"\"b\"\"]},{\"\"id\"\":\"\"o-2\"\",\"\"total\"\":\"\"7.00\"\",\"\"customer\"\":null,\"\"tags\"\":[]},{\"\"id\"\":\"\"o-3\"\",\"\"total\"\":null,\"\"customer\"\":{\"\"name\"\":\"\"Li, \\\"\"Na\\\"\"\\nJr\"\",\"\"tier\"\":2},\"\"tags\"\":null}]\"\r\n")
        #expect(try output(orders, .ndjson, rows: "data.orders.nodes.1.tags") == "")
        #expect(try output(orders, .ndjson, rows: "orders.nodes.0.tags") == "\"a\"\n\"b\"\n")
        #expect(try output(orders, .csv, rows: "orders.nodes.0.tags") == "tags\r\na\r\nb\r\n")
        #expect(try output(orders, .csv, rows: "orders.nodes.1.customer.name") == "")
        #expect(throws: RowPathError(path: RowPath("orders.nodez"), missing: "nodez")) { try output(orders, .csv, rows: "orders.nodez") }
        #expect(throws: RowPathError(path: RowPath("orders.nodes.9"), missing: "9")) { try output(orders, .csv, rows: "orders.nodes.9") }
        #expect(RowPathError(path: RowPath("data.a.b"), missing: "b").description == #"--rows a.b: the response data has no "b" there."#)
    }

    @Test func jsonIsCompactOrPretty() throws {
        let json = #"{"errors":[{"message":"m","path":["a",0]}],"data":{"a":[],"b":{},"c":"名 \"q\"","d":[1,{"e":null}]}}"#
        #expect(try output(json, .json) == json + "\n")
        #expect(try output(json, .json, pretty: true) == """
            {
              "errors": [
                {
                  "message": "m",
                  "path": [
                    "a",
                    0
                  ]
                }
              ],
              "data": {
                "a": [],
                "b": {},
                "c": "名 \\"q\\"",
                "d": [
                  1,
                  {
                    "e": null
                  }
                ]
              }
            }

            """)
    }

    @Test func scannerDecodesEscapes() {
        var scanner = JSONScanner(Array(#" "a\n\"\u00e9\ud83d\ude00\/" "#.utf8))
        #expect(scanner.readString() == "a\n\"é😀/")
    }

    @Test(arguments: [("abc", 3), ("张伟", 4), ("ｱ", 1), ("Ａ", 2), ("e\u{301}", 1), ("😀", 2), ("한국", 4), ("\u{200B}", 0)])
    func displayWidths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    /// The sink hands its buffer on each time it passes the threshold, never the whole output.
    @Test func sinkFlushesInChunks() {
        var chunks: [Int] = []
        let sink = ByteSink(threshold: 10) { chunks.append($0.count) }
        for _ in 0..<7 { sink.write("abcd") }
        sink.flush()
        #expect(chunks == [12, 12, 4])
    }
}
