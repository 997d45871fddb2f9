import Foundation
import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryGenerator

/// A folder under the temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("quarry-generate-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Every file below the folder, hidden ones included: relative path → bytes.
    func contents() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        while let path = enumerator?.nextObject() as? String {
            let file = url.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = [UInt8](try Data(contentsOf: file)) }
        }
        return files
    }
}

/// A generated root in a temporary folder.
func generatedRoot(scale: Int, seed: UInt64) throws -> (TemporaryFolder, GenerationSummary) {
    let folder = TemporaryFolder()
    try OutputFolder.prepare(folder.url, force: false)
    let summary = try DatasetGenerator.generate(scale: scale, seed: seed, into: folder.url)
    return (folder, summary)
}

/// FNV-1a over the sorted paths and their bytes: one number for a whole tree.
func digest(_ files: [String: [UInt8]]) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    func add(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01B3
    }
    for path in files.keys.sorted() {
        for byte in path.utf8 { add(byte) }
        add(0)
        for byte in files[path]! { add(byte) }
        add(0)
    }
    return hash
}

@Suite struct DatasetGeneratorTests {
    @Test func sameSeedAndScaleGiveIdenticalBytesAndAnotherSeedOtherData() throws {
        let (first, firstSummary) = try generatedRoot(scale: 240, seed: 7)
        let (second, secondSummary) = try generatedRoot(scale: 240, seed: 7)
        let (other, _) = try generatedRoot(scale: 240, seed: 8)
        let a = try first.contents()
        let b = try second.contents()
        let c = try other.contents()
        #expect(digest(a) == digest(b))
        #expect(a == b)
        #expect(firstSummary.bytes == secondSummary.bytes)
        #expect(firstSummary.files == a.count)
        #expect(firstSummary.bytes == a.values.reduce(0) { $0 + $1.count })
        #expect(digest(a) != digest(c))
        // Another seed changes the data, not the schema.
        let schemaFiles = a.keys.filter { $0.hasPrefix("schema/") }
        #expect(!schemaFiles.isEmpty)
        for path in schemaFiles { #expect(a[path] == c[path]) }
        let changedOrders = a.keys.filter { $0.hasPrefix("data/orders/") && a[$0] != c[$0] }
        #expect(changedOrders.count > 200)
    }

    @Test func generatedRootLoadsWithoutAnyProblemAndHasTheDocumentedCounts() throws {
        for scale in [300, 1] {
            let (folder, summary) = try generatedRoot(scale: scale, seed: 1)
            let schema = try ServedSchema.build(files: try SchemaFiles.read(root: folder.url))
            let snapshot = StoreLoader.load(root: folder.url, schema: schema)
            // Errors and warnings alike: this is what `quarry check` (even --strict) reports.
            #expect(snapshot.problems.map(\.description) == [], "scale \(scale)")

            // Every collection of the bundled schema has documents.
            let paths = schema.collections.compactMap { schema[$0].collection?.path }.sorted()
            #expect(paths == summary.documents.map(\.path).sorted())
            for collection in summary.documents {
                let type = try #require(schema.collections.first { schema[$0].collection?.path == collection.path })
                let loaded = try #require(snapshot.collection(type))
                #expect(loaded.documents.count == collection.documents, "\(collection.path) at scale \(scale)")
                #expect(collection.documents > 0, "\(collection.path) at scale \(scale)")
            }

            // The documented proportions.
            let expected = DatasetCounts(scale: scale)
            let counted = Dictionary(uniqueKeysWithValues: summary.documents.map { ($0.path, $0.documents) })
            #expect(counted["orders"] == scale)
            #expect(counted["customers"] == expected.customers)
            #expect(counted["merchants"] == expected.merchants)
            #expect(counted["suppliers"] == expected.suppliers)
            #expect(counted["products"] == expected.products)
            #expect(counted["warehouses"] == 2 * expected.suppliers)
            #expect(counted["campaigns"] == expected.campaigns)
            #expect(counted["group-buys"] == expected.groupBuys)
            #expect(counted["tickets"] == expected.tickets)
            #expect(counted["purchase-orders"] == expected.purchaseOrders)
            #expect(counted["purchase-pools"] == expected.purchasePools)
            #expect(counted["design-polls"] == expected.designPolls)

            // Shipments: one per shipped order, two for the split ones.
            let orders = try #require(snapshot.collection(schema.typeID(named: "Order")!))
            let shippedSlot = try #require(orders.layout.slots.firstIndex { $0.name == "shippedAt" })
            let shipped = orders.documents.filter { !$0.values[shippedSlot].isNull }.count
            let shipments = try #require(counted["shipments"])
            #expect(shipments >= shipped && shipments <= 2 * shipped)
        }
    }

    @Test(arguments: [1, 57, 300])
    func exactlyScaleOrdersEachInItsMonthFolder(scale: Int) throws {
        let (folder, _) = try generatedRoot(scale: scale, seed: 3)
        let files = try folder.contents().keys.filter { $0.hasPrefix("data/orders/") && $0.hasSuffix(".yaml") && !$0.contains("/.") }
        #expect(files.count == scale)
        let shape = /data\/orders\/20(24|25)\/(0[1-9]|1[0-2])\/o-[0-9]{6}\.yaml/
        for file in files { #expect(file.wholeMatch(of: shape) != nil, "\(file)") }
        let numbers = Set(files.map { $0.suffix(11).prefix(6) })
        #expect(numbers.count == scale)
    }

    @Test func theBenchmarkLookupOrderExists() throws {
        for seed: UInt64 in [1, 2] {
            let (folder, _) = try generatedRoot(scale: 123, seed: seed)
            #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("data/orders/2025/10/o-000123.yaml").path))
        }
    }

    @Test func yamlTrapsAreWrittenPlainAndReadBackAsText() throws {
        let (folder, _) = try generatedRoot(scale: 300, seed: 1)
        let files = try folder.contents()
        let text = { (path: String) in String(decoding: files[path] ?? [], as: UTF8.self) }
        #expect(text("data/suppliers/s-0002.yaml").contains("\nregion: NO\n"))
        #expect(text("data/suppliers/s-0002.yaml").contains("\ncountry: NO\n"))
        #expect(text("data/products/s-0003.yaml").contains("\nsku: 00"))
        #expect(text("data/design-polls/dp-002.yml").contains("  - code: NO\n"))
        #expect(files.keys.contains { $0.hasPrefix("data/orders/") && text($0).contains("placed_at: ") })
        #expect(files.keys.contains { $0.hasPrefix("data/products/") && text($0).contains("wholesale_price: ") })
        #expect(files.keys.contains { $0.hasPrefix("data/shipments/") && text($0).contains("tracking_no: ") })
        #expect(files.values.contains { String(decoding: $0, as: UTF8.self).contains("region: 0755\n") })

        let schema = try ServedSchema.build(files: try SchemaFiles.read(root: folder.url))
        let snapshot = StoreLoader.load(root: folder.url, schema: schema)
        let suppliers = try #require(snapshot.collection(schema.typeID(named: "Supplier")!))
        let region = try #require(suppliers.layout.slots.firstIndex { $0.name == "region" })
        #expect(suppliers.document(id: "s-0002")?.values[region] == .string("NO"))
        let products = try #require(snapshot.collection(schema.typeID(named: "Product")!))
        let sku = try #require(products.layout.slots.firstIndex { $0.name == "sku" })
        let supplier = try #require(products.layout.slots.firstIndex { $0.name == "supplier" })
        let digitSKUs = products.documents.filter { $0.values[supplier] == .reference("s-0003") }.map { $0.values[sku] }
        #expect(!digitSKUs.isEmpty)
        for value in digitSKUs {
            guard case .string(let text) = value else { Issue.record("sku \(value) is not text"); continue }
            #expect(text.hasPrefix("00") && text.count == 7)
        }
    }

    @Test func aNonEmptyOutputFolderIsRefusedUnlessForced() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("data/orders"), withIntermediateDirectories: true)
        try Data("keep me\n".utf8).write(to: folder.url.appendingPathComponent("notes.txt"))
        try Data("stale\n".utf8).write(to: folder.url.appendingPathComponent("data/orders/stale.yaml"))

        #expect(throws: GeneratorError.outputNotEmpty(folder.url.path)) { try OutputFolder.prepare(folder.url, force: false) }
        #expect(GeneratorError.outputNotEmpty(folder.url.path).isUsageError)
        #expect(GeneratorError.outputNotEmpty("/x").description.contains("/x"))

        // A hidden file alone makes a folder non-empty too.
        let hidden = TemporaryFolder()
        try FileManager.default.createDirectory(at: hidden.url, withIntermediateDirectories: true)
        try Data().write(to: hidden.url.appendingPathComponent(".keep"))
        #expect(throws: GeneratorError.self) { try OutputFolder.prepare(hidden.url, force: false) }

        // --force replaces schema/ and data/ and touches nothing else.
        try OutputFolder.prepare(folder.url, force: true)
        _ = try DatasetGenerator.generate(scale: 20, seed: 1, into: folder.url)
        let files = try folder.contents()
        #expect(files["notes.txt"] == Array("keep me\n".utf8))
        #expect(files["data/orders/stale.yaml"] == nil)
        #expect(files.keys.filter { $0.hasPrefix("data/orders/20") }.count == 20)

        // A path that is a file is refused; a missing folder is created.
        #expect(throws: GeneratorError.outputNotAFolder(folder.url.appendingPathComponent("notes.txt").path)) {
            try OutputFolder.prepare(folder.url.appendingPathComponent("notes.txt"), force: true)
        }
        let fresh = TemporaryFolder()
        try OutputFolder.prepare(fresh.url.appendingPathComponent("a/b"), force: false)
        #expect(FileManager.default.fileExists(atPath: fresh.url.appendingPathComponent("a/b").path))
    }

    @Test func scaleOutOfRangeIsRefused() {
        #expect(throws: GeneratorError.scaleOutOfRange(0)) {
            try DatasetGenerator.generate(scale: 0, seed: 1, into: URL(fileURLWithPath: "/nonexistent"))
        }
    }
}
