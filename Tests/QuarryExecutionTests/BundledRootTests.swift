import Foundation
import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// The repository's own `schema/` and `data/`.
let bundledSnapshot: StoreSnapshot = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let schema = try! ServedSchema.build(files: try! SchemaFiles.read(root: root))
    return StoreLoader.load(root: root, schema: schema)
}()

/// Test doubles for the computed fields the workload selects (the real ones are registered by
/// the library): `Order.total` exactly as PRODUCT.md §1 defines it, `Customer.segment` null.
let bundledComputed: ComputedFields = {
    var fields = ComputedFields()
    fields.register("Order.total") { input in
        var sum = DecimalSum()
        if case .list(let items)? = input.value("items") {
            let layout = input.snapshot.layouts[input.snapshot.schema.typeID(named: "OrderItem")!]!
            let quantity = layout.slots.firstIndex { $0.name == "quantity" }!
            let price = layout.slots.firstIndex { $0.name == "unitPrice" }!
            for case .object(let values) in items {
                guard case .int(let count) = values[quantity], case .decimal(let unit) = values[price] else { continue }
                for _ in 0..<max(0, Int(count)) { sum.add(unit) }
            }
        }
        if case .decimal(let fee)? = input.value("shippingFee") { sum.add(fee) }
        if case .decimal(let discount)? = input.value("discount") {
            sum.add(DecimalValue(significand: -discount.significand, scale: discount.scale))
        }
        return sum.sum.map(StoredValue.decimal) ?? .null
    }
    fields.register("Customer.segment") { _ in .null }
    return fields
}()

/// Q1–Q4 of the baseline workload (`/work/shared/baseline/queries`), answered without errors
/// on the bundled root, and checked against values computed directly from the snapshot.
@Suite struct BundledRootTests {
    private func run(_ query: String) -> String {
        execute(GraphQLRequest(query: query), on: bundledSnapshot, computed: bundledComputed).text
    }

    private let q1 = """
        query Q1 {
          order(id: "2025/10/o-000123") {
            id status placedAt total
            customer { id name region segment }
            merchant { id name kind region }
            items { quantity unitPrice product { id sku name listPrice supplier { id name } } }
          }
        }
        """

    private let q2 = """
        query Q2 {
          orders(
            filter: {
              status: { eq: SHIPPED }
              placedAt: { gte: "2025-03-01T00:00:00+08:00", lt: "2025-09-01T00:00:00+08:00" }
            }
            orderBy: [{ placedAt: DESC }]
            first: 50
          ) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id placedAt status total customer { name region } merchant { name } }
          }
        }
        """

    private let q3 = """
        query Q3 {
          suppliers {
            totalCount
            nodes {
              id name
              products(first: 5, orderBy: [{ sku: ASC }]) { sku name wholesalePrice }
              warehouses { id name region }
            }
          }
          merchants(first: 50, filter: { orders: { some: { status: { eq: DELIVERED } } } }) {
            totalCount
            nodes {
              id name
              upline { name }
              customers {
                id name
                orders(first: 3, orderBy: [{ placedAt: DESC }]) {
                  id status total
                  items { quantity product { name supplier { name } } }
                }
              }
            }
          }
        }
        """

    private let q4 = """
        query Q4 {
          orders(
            filter: {
              status: { in: [PAID, SHIPPED, DELIVERED] }
              placedAt: { gte: "2025-01-01T00:00:00+08:00", lt: "2026-01-01T00:00:00+08:00" }
            }
          ) {
            aggregate {
              count
              sum { total shippingFee discount }
              avg { total }
              min { placedAt total }
              max { placedAt total }
            }
            byMerchant: groupBy(by: [MERCHANT]) { key { merchant { id name } } count sum { total } }
            byMonth: groupBy(by: [PLACED_AT], granularity: MONTH) { key { placedAt } count sum { total } avg { total } }
          }
        }
        """

    /// The orders whose status is one of `statuses` and whose `placedAt` lies in [from, to).
    private func orders(_ statuses: [String], from: String, to: String) -> [StoredDocument] {
        let schema = bundledSnapshot.schema
        let type = schema.typeID(named: "Order")!
        let data = bundledSnapshot.collection(type)!
        let status = data.layout.slots.firstIndex { $0.name == "status" }!
        let placed = data.layout.slots.firstIndex { $0.name == "placedAt" }!
        let values = schema.type(named: "OrderStatus")!.enumValues
        let wanted = Set(statuses.map { name in Int32(values.firstIndex { $0.name == name }!) })
        let start = DateTimeValue(parsing: from)!
        let end = DateTimeValue(parsing: to)!
        return data.documents.filter { document in
            guard case .enumValue(let index) = document.values[status], wanted.contains(index),
                case .dateTime(let at) = document.values[placed]
            else { return false }
            return at >= start && at < end
        }
    }

    @Test func q1PointLookup() {
        let text = run(q1)
        #expect(!text.contains("\"errors\""))
        #expect(text.hasPrefix(#"{"data":{"order":{"id":"2025/10/o-000123","status":"DELIVERED","placedAt":"2025-10-05T14:17:27+08:00","total":"406.00","customer":{"id":"c-000040""#))
    }

    @Test func q2FilteredSortedPage() throws {
        let text = run(q2)
        #expect(!text.contains("\"errors\""))
        let expected = orders(["SHIPPED"], from: "2025-03-01T00:00:00+08:00", to: "2025-09-01T00:00:00+08:00")
        #expect(jsonValue(text, ["data", "orders", "totalCount"]) as? Int == expected.count)
        let nodes = try #require(jsonValue(text, ["data", "orders", "nodes"]) as? [[String: Any]])
        #expect(nodes.count == min(50, expected.count))
        let placed = nodes.compactMap { ($0["placedAt"] as? String).flatMap { DateTimeValue(parsing: $0) } }
        #expect(placed.count == nodes.count)
        #expect(zip(placed, placed.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(nodes.allSatisfy { $0["status"] as? String == "SHIPPED" })
        #expect(jsonValue(text, ["data", "orders", "pageInfo", "hasNextPage"]) as? Bool == (expected.count > 50))
    }

    @Test func q3DeepNesting() throws {
        let text = run(q3)
        #expect(!text.contains("\"errors\""))
        let merchants = try #require(jsonValue(text, ["data", "merchants", "nodes"]) as? [[String: Any]])
        #expect(!merchants.isEmpty)
        let suppliers = try #require(jsonValue(text, ["data", "suppliers", "nodes"]) as? [[String: Any]])
        for supplier in suppliers {
            let skus = (supplier["products"] as? [[String: Any]] ?? []).compactMap { $0["sku"] as? String }
            #expect(skus.count <= 5)
            #expect(zip(skus, skus.dropFirst()).allSatisfy { ValueOrdering.compareText($0, $1) <= 0 })
        }
        let delivered = Set(orders(["DELIVERED"], from: "0001-01-01T00:00:00Z", to: "9999-01-01T00:00:00Z").compactMap { document -> String? in
            let slot = bundledSnapshot.collection(bundledSnapshot.schema.typeID(named: "Order")!)!.layout.slots.firstIndex { $0.name == "merchant" }!
            if case .reference(let id) = document.values[slot] { return id }
            return nil
        })
        #expect(jsonValue(text, ["data", "merchants", "totalCount"]) as? Int == delivered.count)
        #expect(merchants.allSatisfy { delivered.contains($0["id"] as? String ?? "") })
    }

    @Test func q4AggregateAndGroups() throws {
        let text = run(q4)
        #expect(!text.contains("\"errors\""))
        let expected = orders(["PAID", "SHIPPED", "DELIVERED"], from: "2025-01-01T00:00:00+08:00", to: "2026-01-01T00:00:00+08:00")
        #expect(jsonValue(text, ["data", "orders", "aggregate", "count"]) as? Int == expected.count)
        let layout = bundledSnapshot.collection(bundledSnapshot.schema.typeID(named: "Order")!)!.layout
        let fee = layout.slots.firstIndex { $0.name == "shippingFee" }!
        var fees = DecimalSum()
        for document in expected { if case .decimal(let value) = document.values[fee] { fees.add(value) } }
        #expect(jsonValue(text, ["data", "orders", "aggregate", "sum", "shippingFee"]) as? String == fees.sum?.description)
        let byMerchant = try #require(jsonValue(text, ["data", "orders", "byMerchant"]) as? [[String: Any]])
        #expect(byMerchant.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == expected.count)
        let merchantIDs = byMerchant.compactMap { (($0["key"] as? [String: Any])?["merchant"] as? [String: Any])?["id"] as? String }
        #expect(merchantIDs.count == byMerchant.count)
        #expect(zip(merchantIDs, merchantIDs.dropFirst()).allSatisfy { ValueOrdering.compareText($0, $1) < 0 })
        let byMonth = try #require(jsonValue(text, ["data", "orders", "byMonth"]) as? [[String: Any]])
        #expect(byMonth.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == expected.count)
        let months = byMonth.compactMap { (($0["key"] as? [String: Any])?["placedAt"] as? String).flatMap { DateTimeValue(parsing: $0) } }
        #expect(months.count == byMonth.count)
        #expect(months.allSatisfy { $0.description.contains("-01T00:00:00") })
        #expect(zip(months, months.dropFirst()).allSatisfy { $0 < $1 })
        // The month sums add up to the total sum, exactly.
        var monthly = DecimalSum()
        for group in byMonth {
            if let text = (group["sum"] as? [String: Any])?["total"] as? String, let value = DecimalValue(parsing: text) { monthly.add(value) }
        }
        #expect(jsonValue(text, ["data", "orders", "aggregate", "sum", "total"]) as? String == monthly.sum?.description)
    }
}
