/// One file of a generated root: where it goes and what it holds.
struct DataFile: Sendable {
    enum Content: Sendable {
        case schema(Int)
        case supplier(Int)
        case products(supplier: Int)
        case warehouse(Int)
        case merchant(Int)
        case customer(Int)
        case campaigns(year: Int, [Int])
        case groupBuys(year: Int, [Int])
        case order(Int)
        case shipments(day: Int, [Int])
        case ticket(Int)
        case purchasePools(year: Int, [Int])
        case purchaseOrder(Int)
        case designPoll(Int)
        /// Files the loader must skip: hidden files and folders, notes that are not data.
        case decoy(String)
    }

    /// Relative to the root: `schema/orders.graphql`, `data/orders/2025/11/o-000123.yaml`.
    var path: String
    var content: Content
}

extension Dataset {
    /// Every file of the root, in a fixed order: the schema, then the collections in the order
    /// they are built.
    func files() -> [DataFile] {
        var files: [DataFile] = []
        files.reserveCapacity(orders.count + customers.count + tickets.count + merchants.count + 4096)
        for (index, file) in BundledSchema.files.enumerated() {
            files.append(DataFile(path: "schema/" + file.name, content: .schema(index)))
        }
        for (index, supplier) in suppliers.enumerated() {
            files.append(DataFile(path: "data/suppliers/\(Identifier.supplier(index)).\(supplier.usesYML ? "yml" : "yaml")",
                                  content: .supplier(index)))
        }
        for supplier in suppliers.indices {
            files.append(DataFile(path: "data/products/\(Identifier.supplier(supplier)).yaml", content: .products(supplier: supplier)))
        }
        for index in warehouses.indices {
            files.append(DataFile(path: "data/warehouses/\(Identifier.warehouse(index)).yml", content: .warehouse(index)))
        }
        for (index, merchant) in merchants.enumerated() {
            files.append(DataFile(path: "data/merchants/\(merchant.joinedAt.local.year)/\(Identifier.merchant(index)).yaml",
                                  content: .merchant(index)))
        }
        for (index, customer) in customers.enumerated() {
            let folder = customer.isBusiness ? "businesses" : "persons/" + Identifier.make("", index / 1000, width: 3)
            files.append(DataFile(path: "data/customers/\(folder)/\(Identifier.customer(index)).json", content: .customer(index)))
        }
        for (year, members) in grouped(campaigns.indices, by: { campaigns[$0].startsAt.local.year }) {
            files.append(DataFile(path: "data/campaigns/\(year).yaml", content: .campaigns(year: year, members)))
        }
        for (year, members) in grouped(groupBuys.indices, by: { groupBuys[$0].deadline.local.year }) {
            files.append(DataFile(path: "data/group-buys/\(year).json", content: .groupBuys(year: year, members)))
        }
        for index in orders.indices {
            files.append(DataFile(path: "data/orders/\(orderID(index)).yaml", content: .order(index)))
        }
        for (day, members) in grouped(shipments.indices, by: { shipments[$0].shippedAt.localDay }) {
            var path = TextBuffer(capacity: 48)
            let (year, month, _) = Civil.date(day)
            path.text("data/shipments/")
            path.int(year, width: 4)
            path.byte(UInt8(ascii: "/"))
            path.int(month, width: 2)
            path.byte(UInt8(ascii: "/"))
            path.date(day)
            path.text(".yaml")
            files.append(DataFile(path: String(decoding: path.bytes, as: UTF8.self), content: .shipments(day: day, members)))
        }
        for (index, ticket) in tickets.enumerated() {
            let (year, month, _) = ticket.openedAt.local
            files.append(DataFile(path: "data/tickets/\(year)/\(Identifier.make("", month, width: 2))/\(Identifier.ticket(index)).json",
                                  content: .ticket(index)))
        }
        for (year, members) in grouped(purchasePools.indices, by: { purchasePools[$0].opensAt.local.year }) {
            files.append(DataFile(path: "data/purchase-pools/\(year).json", content: .purchasePools(year: year, members)))
        }
        for (index, order) in purchaseOrders.enumerated() {
            files.append(DataFile(path: "data/purchase-orders/\(order.submittedAt.local.year)/\(Identifier.purchaseOrder(index)).yaml",
                                  content: .purchaseOrder(index)))
        }
        for index in designPolls.indices {
            files.append(DataFile(path: "data/design-polls/\(Identifier.designPoll(index)).yml", content: .designPoll(index)))
        }
        for decoy in Self.decoys {
            files.append(DataFile(path: decoy.path, content: .decoy(decoy.text)))
        }
        return files
    }

    static let decoys: [(path: String, text: String)] = [
        ("data/orders/README.md", "Orders live in YYYY/MM folders; an order's id is its path without the extension.\n"),
        ("data/orders/.draft.yaml", "customer: c-999999\nstatus: NOT_A_STATUS\n"),
        ("data/customers/.trash/c-000001.json", "{\"id\": \"c-000001\", \"name\": \"a deleted duplicate\"}\n"),
        ("data/products/README.txt", "Product streams: one file per supplier, one YAML document per product.\n"),
    ]

    /// Indices grouped by a key, keys ascending, indices ascending within a group.
    private func grouped(_ indices: Range<Int>, by key: (Int) -> Int) -> [(Int, [Int])] {
        var groups: [Int: [Int]] = [:]
        for index in indices { groups[key(index), default: []].append(index) }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }

    /// Writes the bytes of `file` into `out`.
    func render(_ file: DataFile, into out: inout TextBuffer) {
        switch file.content {
        case .schema(let index): out.text(BundledSchema.files[index].text)
        case .supplier(let index): renderSupplier(index, into: &out)
        case .products(let supplier): renderProducts(of: supplier, into: &out)
        case .warehouse(let index): renderWarehouse(index, into: &out)
        case .merchant(let index): renderMerchant(index, into: &out)
        case .customer(let index): renderCustomer(index, into: &out)
        case .campaigns(let year, let members): renderCampaigns(year: year, members, into: &out)
        case .groupBuys(_, let members): renderGroupBuys(members, into: &out)
        case .order(let index): renderOrder(index, into: &out)
        case .shipments(let day, let members): renderShipments(day: day, members, into: &out)
        case .ticket(let index): renderTicket(index, into: &out)
        case .purchasePools(_, let members): renderPurchasePools(members, into: &out)
        case .purchaseOrder(let index): renderPurchaseOrder(index, into: &out)
        case .designPoll(let index): renderDesignPoll(index, into: &out)
        case .decoy(let text): out.text(text)
        }
    }
}
