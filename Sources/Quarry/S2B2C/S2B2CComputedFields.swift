import QuarryExecution
import QuarrySchema
import QuarryStore

/// The computed fields of the S2B2C domain (PRODUCT.md §1, SEMANTICS.md §8), registered for any
/// schema that declares them with `@computed`: order total and commission split, customer
/// segment and lifetime value, product sell-through, group-buy progress, ticket SLA.
public enum S2B2CComputedFields {
    public static func register(into fields: inout ComputedFields) {
        fields.register("Order.total") { input in
            guard let total = orderTotal(DocumentFields(input.snapshot, type: input.type, values: input.values))
            else { throw FieldFailureReason("The order's items, shipping fee or discount are missing.") }
            return .decimal(total)
        }
        fields.register("Order.commission") { input in
            let order = DocumentFields(input.snapshot, type: input.type, values: input.values)
            guard let total = orderTotal(order) else { throw FieldFailureReason("The order total cannot be computed.") }
            let referred = order.reference("customer").flatMap { input.snapshot.fields(of: "Customer", id: $0) }?
                .reference("referredBy") != nil
            return commissionSplit(total: total, referred: referred, in: input.snapshot)
        }
        fields.register("Customer.segment") { input in
            // Counted for all customers once per snapshot: a point lookup of one customer
            // otherwise pays for reading every order of theirs.
            let counts = input.snapshot.derived("S2B2C.completedOrdersByCustomer", { completedOrdersByCustomer(input.snapshot) })
            switch counts[input.id] ?? 0 {
            case 0: return .null
            case 1: return enumValue("NEW", of: "CustomerSegment", in: input.snapshot)
            case 2...4: return enumValue("RETURNING", of: "CustomerSegment", in: input.snapshot)
            default: return enumValue("LOYAL", of: "CustomerSegment", in: input.snapshot)
            }
        }
        fields.register("Customer.lifetimeValue") { input in
            var sum = DecimalSum()
            sum.add(DecimalValue(significand: 0, scale: 2))
            for order in completedOrders(of: input) {
                if let total = orderTotal(order) { sum.add(total) }
            }
            return sum.sum.map(StoredValue.decimal) ?? .null
        }
        fields.register("Product.sellThroughRate") { input in
            let sold = input.snapshot.derived("S2B2C.unitsSold", { unitsSoldByProduct(input.snapshot) })[input.id] ?? 0
            let stock = input.snapshot.derived("S2B2C.unitsInStock", { unitsInStockByProduct(input.snapshot) })[input.id] ?? 0
            return .float(sold + stock == 0 ? 0 : Double(sold) / Double(sold + stock))
        }
        fields.register("GroupBuy.participantCount") { input in .int(Int32(participants(input))) }
        fields.register("GroupBuy.progress") { input in
            let threshold = DocumentFields(input.snapshot, type: input.type, values: input.values).int("threshold") ?? 0
            guard threshold > 0 else { return .float(1) }
            return .float(min(1, Double(participants(input)) / Double(threshold)))
        }
        fields.register("GroupBuy.reachedThreshold") { input in
            let threshold = DocumentFields(input.snapshot, type: input.type, values: input.values).int("threshold") ?? 0
            return .boolean(participants(input) >= threshold)
        }
        fields.register("Ticket.slaMet") { input in
            let ticket = DocumentFields(input.snapshot, type: input.type, values: input.values)
            guard let opened = ticket.dateTime("openedAt") else { return .boolean(false) }
            let handled = [ticket.dateTime("steppedInAt"), ticket.dateTime("resolvedAt")].compactMap { $0 }.min()
            guard let handled else { return .boolean(false) }
            let elapsed = (handled.epochSeconds - opened.epochSeconds) * 1_000_000_000
                + Int64(handled.nanoseconds - opened.nanoseconds)
            return .boolean(elapsed <= 24 * 3600 * 1_000_000_000)
        }
    }

    /// Σ quantity × unit price + shipping fee − discount, exact (SEMANTICS.md §8.1). Reads the
    /// slots directly: it runs for every order an aggregate or a page covers.
    static func orderTotal(_ order: DocumentFields) -> DecimalValue? {
        guard let slots = order.slots.orderTotal else { return nil }
        return order.values.withUnsafeBufferPointer { values -> DecimalValue? in
            func value(_ slot: Int, _ values: UnsafeBufferPointer<StoredValue>) -> StoredValue {
                slot < values.count ? values[slot] : .null
            }
            var sum = DecimalSum()
            if case .list(let items) = value(slots.items, values) {
                for case .object(let fields) in items {
                    let found: DecimalValue? = fields.withUnsafeBufferPointer { fields in
                        guard case .int(let quantity) = value(slots.quantity, fields),
                            case .decimal(let price) = value(slots.unitPrice, fields)
                        else { return nil }
                        return DecimalValue(significand: price.significand * Int64(quantity), scale: price.scale)
                    }
                    guard let found else { return nil }
                    sum.add(found)
                }
            }
            guard case .decimal(let shipping) = value(slots.shippingFee, values), case .decimal(let discount) = value(slots.discount, values)
            else { return nil }
            sum.add(shipping)
            sum.add(DecimalValue(significand: -discount.significand, scale: discount.scale))
            return sum.sum
        }
    }

    /// Platform 2 %, referrer 3 % when referred, merchant 10 %, each rounded half-up to cents; the
    /// supplier gets the rest, so the parts add up to the total exactly (SEMANTICS.md §8.2).
    static func commissionSplit(total: DecimalValue, referred: Bool, in snapshot: StoreSnapshot) -> StoredValue {
        let cents = total.widenedToCents()
        func share(_ percent: Int64) -> Int64 {
            let scaled = cents * percent
            let quotient = scaled / 100
            let remainder = scaled % 100
            if remainder * 2 >= 100 { return quotient + 1 }
            if remainder * 2 <= -100 { return quotient - 1 }
            return quotient
        }
        let platform = share(2)
        let referrer = referred ? share(3) : 0
        let merchant = share(10)
        let supplier = cents - platform - referrer - merchant
        let parts = ["supplier": supplier, "merchant": merchant, "referrer": referrer, "platform": platform]
        guard let type = snapshot.schema.typeID(named: "CommissionSplit"), let layout = snapshot.layouts[type] else { return .null }
        return .object(layout.slots.map { slot in
            parts[slot.name].map { .decimal(DecimalValue(significand: $0, scale: 2)) } ?? .null
        })
    }

    /// The customer's orders with status SHIPPED or DELIVERED (SEMANTICS.md §8.3).
    /// How many shipped or delivered orders each customer (by id) has.
    static func completedOrdersByCustomer(_ snapshot: StoreSnapshot) -> [String: Int] {
        var counts: [String: Int] = [:]
        for order in snapshot.all("Order") where isCompleted(order) {
            if let customer = order.reference("customer") { counts[customer, default: 0] += 1 }
        }
        return counts
    }

    /// Shipped or delivered: the orders that count towards a customer's segment and lifetime value.
    static func isCompleted(_ order: DocumentFields) -> Bool {
        let status = order.enumName("status")
        return status == "SHIPPED" || status == "DELIVERED"
    }

    static func completedOrders(of input: ComputedInput) -> [DocumentFields] {
        let snapshot = input.snapshot
        guard let orderType = snapshot.schema.typeID(named: "Order"), let orders = snapshot.collection(orderType),
            let fieldIndex = snapshot.schema[orderType].fieldIndex(named: "customer"),
            let slot = orders.layout.slotOfField[fieldIndex]
        else { return [] }
        return orders.referring(to: input.id, throughSlot: slot).compactMap { position in
            let order = DocumentFields(snapshot, type: orderType, values: orders.document(at: position).values)
            return isCompleted(order) ? order : nil
        }
    }

    static func unitsSoldByProduct(_ snapshot: StoreSnapshot) -> [String: Int] {
        var sold: [String: Int] = [:]
        for order in snapshot.all("Order") where isCompleted(order) {
            for item in order.objects("items") {
                if let product = item.reference("product"), let quantity = item.int("quantity") { sold[product, default: 0] += quantity }
            }
        }
        return sold
    }

    static func unitsInStockByProduct(_ snapshot: StoreSnapshot) -> [String: Int] {
        var stock: [String: Int] = [:]
        for warehouse in snapshot.all("Warehouse") {
            for level in warehouse.objects("stock") {
                if let product = level.reference("product"), let quantity = level.int("quantity") { stock[product, default: 0] += quantity }
            }
        }
        return stock
    }

    /// Distinct pledging customers (SEMANTICS.md §8.5).
    static func participants(_ input: ComputedInput) -> Int {
        let groupBuy = DocumentFields(input.snapshot, type: input.type, values: input.values)
        return Set(groupBuy.objects("pledges").compactMap { $0.reference("customer") }).count
    }

    static func enumValue(_ name: String, of type: String, in snapshot: StoreSnapshot) -> StoredValue {
        guard let index = snapshot.schema.type(named: type)?.enumValues.firstIndex(where: { $0.name == name }) else { return .null }
        return .enumValue(Int32(index))
    }
}

extension DecimalValue {
    /// The value in cents (scale 2), rounding half away from zero when it has more digits.
    func widenedToCents() -> Int64 {
        if scale <= 2 {
            var value = significand
            for _ in 0..<(2 - Int(scale)) { value *= 10 }
            return value
        }
        var divisor: Int64 = 1
        for _ in 0..<(Int(scale) - 2) { divisor *= 10 }
        let quotient = significand / divisor
        let remainder = significand % divisor
        if remainder * 2 >= divisor { return quotient + 1 }
        if remainder * 2 <= -divisor { return quotient - 1 }
        return quotient
    }
}
