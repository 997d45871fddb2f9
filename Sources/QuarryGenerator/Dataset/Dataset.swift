import Dispatch

/// Every entity of a generated root, decided before anything is written. Built in dependency
/// order (suppliers, products, warehouses, merchants, customers, campaigns, group buys, orders,
/// shipments, tickets, procurement, design polls); each entity draws from its own random stream
/// (`EntityRandom(seed:kind:index:)`), and picks references from the tables built before it.
struct Dataset: Sendable {
    let seed: UInt64
    let counts: DatasetCounts

    var suppliers: [SupplierFacts] = []
    var products: [ProductFacts] = []
    var warehouses: [WarehouseFacts] = []
    var merchants: [MerchantFacts] = []
    var customers: [CustomerFacts] = []
    var campaigns: [CampaignFacts] = []
    var groupBuys: [GroupBuyFacts] = []
    var orders: [OrderFacts] = []
    var shipments: [ShipmentFacts] = []
    var tickets: [TicketFacts] = []
    var purchasePools: [PurchasePoolFacts] = []
    var purchaseOrders: [PurchaseOrderFacts] = []
    var designPolls: [DesignPollFacts] = []

    // Lookup tables built along the way.
    var supplierTable = WeightedTable([])
    var productsBySupplier: [[Int]] = []
    var productTablesBySupplier: [WeightedTable] = []
    var merchantTable = WeightedTable([])
    var merchantsByKind: [MerchantKind: [Int]] = [:]
    var merchantsBySupplier: [[Int]] = []
    var customerTable = WeightedTable([])
    var customersByMerchant: [[Int]] = []
    /// Final `joinedAt` of each customer (no later than their first activity).
    var customerJoinedAt: [Stamp] = []
    /// Succeeded group buys whose deadline lies within the three days before each order day
    /// (index: day − first order day).
    var groupBuysClosingBefore: [[Int]] = []
    var campaignsByOrganizer: [Int: [Int]] = [:]
    /// The first shipment of each order, or −1.
    var firstShipment: [Int32] = []

    init(scale: Int, seed: UInt64) {
        self.seed = seed
        counts = DatasetCounts(scale: scale)
        buildSuppliers()
        buildProducts()
        buildWarehouses()
        buildMerchants()
        buildCustomers()
        buildCampaigns()
        buildGroupBuys()
        buildOrders()
        buildShipments()
        buildTickets()
        buildPurchasePools()
        buildPurchaseOrders()
        buildDesignPolls()
        settleCustomerJoinDates()
    }

    func stream(_ kind: EntityKind, _ index: Int) -> EntityRandom {
        EntityRandom(seed: seed, kind: kind, index: index + 1)
    }

    /// The id of order `index`: its path under `data/orders/` without extension.
    func orderID(_ index: Int) -> String {
        let local = orders[index].placedAt.local
        var buffer = TextBuffer(capacity: 24)
        buffer.int(local.year, width: 4)
        buffer.byte(UInt8(ascii: "/"))
        buffer.int(local.month, width: 2)
        buffer.byte(UInt8(ascii: "/"))
        buffer.text(Identifier.orderFile(index))
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// A customer joins before their first order, pledge or vote.
    private mutating func settleCustomerJoinDates() {
        var first = [Int64](repeating: .max, count: customers.count)
        for order in orders { first[order.customer] = min(first[order.customer], order.placedAt.instant) }
        for groupBuy in groupBuys {
            for pledge in groupBuy.pledges { first[pledge.customer] = min(first[pledge.customer], pledge.pledgedAt.instant) }
        }
        for poll in designPolls {
            for vote in poll.votes { first[vote.customer] = min(first[vote.customer], vote.votedAt.instant) }
        }
        customerJoinedAt = customers.indices.map { index in
            let customer = customers[index]
            let joined = first[index] == .max ? customer.drawnJoin : min(customer.drawnJoin, first[index] - customer.joinLead)
            return Stamp(joined, in: Regions.all[customer.region].zone)
        }
    }
}

/// `body(index)` for every index on all cores, results in index order.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let base = UnsafeSendable(buffer.baseAddress!)
        let chunk = 2048
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
            for index in part * chunk..<min(count, (part + 1) * chunk) {
                (base.value + index).initialize(to: body(index))
            }
        }
        initialized = count
    }
}

/// A value handed to other threads where the code guarantees they touch disjoint parts of it.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
