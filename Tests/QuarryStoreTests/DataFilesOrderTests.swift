import Testing
@testable import QuarryStore

/// The walk lists a collection's files in code point order of their paths, whatever order the
/// folder gives its entries in: names that share their first eight bytes, shorter names,
/// non-ASCII names and subfolders included.
@Suite struct DataFilesOrderTests {
    @Test func filesComeInCodePointOrderOfTheirPaths() throws {
        let names = [
            "data/things/order-10.yaml", "data/things/order-1.yaml", "data/things/order-2a.yml",
            "data/things/order-2.json", "data/things/a.yaml", "data/things/ab.yaml", "data/things/Z.yaml",
            "data/things/é.yaml", "data/things/order-1/inner.yaml",
            "data/things/order-/x.yaml", "data/things/zz/yy/deep.yaml", "data/things/ordering.yaml",
        ]
        let root = try TemporaryRoot(schema: "type Thing @collection(path: \"things\") { id: ID! }",
                                     files: Dictionary(uniqueKeysWithValues: names.map { ($0, "id: x\n") }))
        // Apart: as a dictionary key it would be the same string as the composed `é`.
        try root.write("data/things/e\u{301}.yaml", "id: y\n")
        var finder = DataFiles(root: root.url)
        let found = finder.files(inFolder: "data/things", collectionFolder: "data/things").map(\.path)
        #expect(found == [
            "data/things/Z.yaml", "data/things/a.yaml", "data/things/ab.yaml", "data/things/e\u{301}.yaml",
            "data/things/order-/x.yaml", "data/things/order-1.yaml", "data/things/order-1/inner.yaml",
            "data/things/order-10.yaml", "data/things/order-2.json", "data/things/order-2a.yml",
            "data/things/ordering.yaml", "data/things/zz/yy/deep.yaml", "data/things/é.yaml",
        ])
        #expect(DataFiles.orderKey("order-10.yaml") == 0x6F72_6465_722D_3130)
        #expect(DataFiles.orderKey("ab") == 0x6162_0000_0000_0000)
        #expect(DataFiles.orderKey("é") == 0xC3A9_0000_0000_0000)
    }
}
