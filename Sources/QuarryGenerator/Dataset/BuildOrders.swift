/// Orders: seasonal placement times, skewed customers, items from the merchant's approved
/// suppliers, campaign discounts, and a lifecycle whose timestamps agree with the status as of
/// the end of 2025 (an order paid at 23:50 on December 31 is still PAID).
extension Dataset {
    /// The order that the benchmark's point lookup reads: `2025/10/o-000123` exists at every scale
    /// from 123 orders and with every seed.
    static let pinnedOrder = 122
    /// The first order is always delivered, so that every collection (shipments included) has
    /// documents even at scale 1.
    static let deliveredOrder = 0

    mutating func buildOrders() {
        let snapshot = self
        orders = parallelMap(counts.orders) { index in snapshot.order(index) }
    }

    private func order(_ index: Int) -> OrderFacts {
        var random = stream(.order, index)
        let seasons = Seasonality.shared
        let placed: Int64
        if index == Self.pinnedOrder {
            // Mid-October, so that no offset moves it out of the month.
            placed = seasons.instant(onDay: Civil.days(2025, 10, 10) + random.below(10), &random)
        } else {
            var drawn = seasons.orderInstant(&random)
            if index == Self.deliveredOrder && drawn > Timeline.asOf - 30 * 86_400 { drawn -= 365 * 86_400 }
            placed = drawn
        }
        let placedDay = Int(Civil.floorDiv(placed + Int64(Timeline.chinaOffset) * 60, 86_400))

        // Who buys what: a group buy's participant right after it succeeded, or anyone.
        var customer = -1
        var merchant = -1
        var items: [OrderItemFacts] = []
        var groupBuy: Int?
        if random.chance(0.06) {
            let closing = groupBuysClosingBefore[placedDay - Timeline.firstOrderDay].filter { groupBuys[$0].deadline.instant < placed }
            if !closing.isEmpty {
                let chosen = random.pick(closing)
                let pledge = random.pick(groupBuys[chosen].pledges)
                groupBuy = chosen
                customer = pledge.customer
                merchant = groupBuys[chosen].organizer
                items = [OrderItemFacts(product: groupBuys[chosen].product, quantity: pledge.quantity,
                                        unitPrice: groupBuys[chosen].targetPrice)]
            }
        }
        if groupBuy == nil {
            customer = customerTable.pick(&random)
            merchant = random.chance(0.96) ? customers[customer].merchant : merchantTable.pick(&random)
        }
        let buyer = customers[customer]
        let seller = merchants[merchant]
        let zone = Regions.all[buyer.region].zone

        if groupBuy == nil {
            let lines = random.pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5])
            let approved = seller.suppliers.isEmpty ? [0] : seller.suppliers
            for _ in 0..<lines {
                let supplier = random.pick(approved)
                let offered = productsBySupplier[supplier]
                var product = offered[productTablesBySupplier[supplier].pick(&random)]
                var tries = 0
                while products[product].launchedOn > placedDay && tries < 3 {
                    product = offered[productTablesBySupplier[supplier].pick(&random)]
                    tries += 1
                }
                if products[product].launchedOn > placedDay { product = offered[0] }
                let quantity = buyer.isBusiness ? random.pick([5, 10, 12, 20, 24, 50, 100]) : random.pick([1, 1, 1, 1, 2, 2, 3, 5])
                var price = products[product].listPrice
                if buyer.isBusiness {
                    price = min(price, products[product].wholesalePrice * 115 / 100 / 10 * 10)
                } else if random.chance(0.1) {
                    price = price * 90 / 100 / 10 * 10
                }
                if let existing = items.firstIndex(where: { $0.product == product }) {
                    items[existing].quantity += quantity
                } else {
                    items.append(OrderItemFacts(product: product, quantity: quantity, unitPrice: price))
                }
            }
        }
        let subtotal = items.reduce(0) { $0 + $1.quantity * $1.unitPrice }

        // Ships from a warehouse of the first item's supplier, the one in the buyer's region if any.
        let supplier = products[items[0].product].supplier
        let nearby = [2 * supplier, 2 * supplier + 1].filter { warehouses[$0].region == buyer.region }
        let warehouse = nearby.first ?? 2 * supplier + random.below(2)

        // Orders from before the channel was recorded (April 2024) have none.
        let channel: String? = placed < Timeline.instant(2024, 4, 1) ? nil : Self.channel(seller.kind, business: buyer.isBusiness, &random)

        // Campaign discount: a platform festival running at the time, or the merchant's own.
        var campaign: Int?
        var discount = 0
        if groupBuy == nil {
            var running = (0..<DatasetCounts.platformCampaigns).filter { campaigns[$0].startsAt.instant <= placed && placed <= campaigns[$0].endsAt.instant }
            if running.isEmpty || !random.chance(0.7) {
                running = (campaignsByOrganizer[merchant] ?? []).filter {
                    campaigns[$0].startsAt.instant <= placed && placed <= campaigns[$0].endsAt.instant
                }
            }
            if let chosen = running.first, random.chance(0.8) {
                let offer = campaigns[chosen]
                if let percent = offer.percentOff {
                    campaign = chosen
                    discount = (subtotal * percent + 50) / 100
                } else if let amount = offer.amountOff, subtotal >= (offer.minimumSpend ?? 0), subtotal > amount {
                    campaign = chosen
                    discount = amount
                }
            }
            if campaign == nil && random.chance(0.05) {
                let coupon = random.pick([300, 500, 1000])
                if subtotal > 2 * coupon { discount = coupon }
            }
        }
        let overseas = !Regions.all[buyer.region].isChina
        let coldChain = items.contains { products[$0.product].category == Vocabulary.freshCategory }
        let shippingFee: Int
        if groupBuy != nil || buyer.isBusiness || channel == "IN_STORE" || (subtotal >= 9900 && !overseas) {
            shippingFee = 0
        } else if overseas {
            shippingFee = random.pick([3800, 4500, 6800])
        } else {
            shippingFee = coldChain ? 1800 : random.pick([600, 800, 1000, 1200])
        }

        // The lifecycle, drawn in full, then cut at the end of 2025.
        let outcome = index == Self.deliveredOrder ? 1 : random.unit()
        let payDelay = Int64(random.chance(0.9) ? random.int(20...45 * 60) : random.int(3600...20 * 3600))
        let paid = placed + payDelay
        var shipped = paid + Int64(random.int(2 * 3600...72 * 3600))
        if let newYear = Timeline.chineseNewYear(Civil.date(placedDay).year) {
            // Couriers stop over the New Year holiday; parcels wait for them.
            let day = Int(Civil.floorDiv(shipped + Int64(Timeline.chinaOffset) * 60, 86_400))
            if day - newYear >= -8 && day - newYear <= 6 {
                shipped = Timeline.instant(newYear + 7, offset: Timeline.chinaOffset) + Int64(random.int(8 * 3600...20 * 3600))
            }
        }
        let transit = overseas ? random.int(3 * 86_400...8 * 86_400) : random.int(12 * 3600...120 * 3600)
        let arrival = shipped + Int64(transit)
        let confirmDelay = Int64(random.chance(0.7) ? random.int(0...2 * 3600) : random.int(2 * 3600...5 * 86_400))
        let delivered = arrival + confirmDelay
        let paidStamp = Stamp(paid, in: zone, form: random.chance(0.05) ? .utc : .seconds)
        let shippedStamp = Stamp(shipped, in: Regions.all[warehouses[warehouse].region].zone)
        let asOf = Timeline.asOf

        var status = "PENDING"
        var paidAt: Stamp?
        var shippedAt: Stamp?
        var deliveredAt: Stamp?
        var cancelledAt: Stamp?
        var refundedAt: Stamp?
        var parcelReturned = false
        /// Pays, ships and delivers as far as the end of 2025 allows; true when delivered.
        func fulfil(confirm: Bool) -> Bool {
            guard paid <= asOf else { return false }
            status = "PAID"
            paidAt = paidStamp
            guard shipped <= asOf else { return false }
            status = "SHIPPED"
            shippedAt = shippedStamp
            guard confirm, delivered <= asOf else { return false }
            status = "DELIVERED"
            deliveredAt = Stamp(delivered, in: zone)
            return true
        }
        switch outcome {
        case ..<0.025:
            break  // never paid: stays PENDING
        case ..<0.085:
            let cancelled = placed + Int64(random.int(300...24 * 3600))
            if cancelled <= asOf {
                status = "CANCELLED"
                cancelledAt = Stamp(cancelled, in: zone)
            }
        case ..<0.12:
            let cancelled = paid + Int64(random.int(600...36 * 3600))
            if paid <= asOf {
                status = "PAID"
                paidAt = paidStamp
                if cancelled <= asOf {
                    status = "CANCELLED"
                    cancelledAt = Stamp(cancelled, in: zone)
                }
            }
        case ..<0.14:
            let refunded = paid + Int64(random.int(3600...48 * 3600))
            if paid <= asOf {
                status = "PAID"
                paidAt = paidStamp
                if refunded <= asOf {
                    status = "REFUNDED"
                    refundedAt = Stamp(refunded, in: .china)
                }
            }
        case ..<0.19:
            let refunded = delivered + Int64(random.int(86_400...15 * 86_400))
            if fulfil(confirm: true) && refunded <= asOf {
                status = "REFUNDED"
                refundedAt = Stamp(refunded, in: .china)
            }
        case ..<0.23:
            // The customer never confirms receipt; a fifth of these parcels came back.
            parcelReturned = random.chance(0.2)
            _ = fulfil(confirm: false)
        default:
            _ = fulfil(confirm: true)
        }

        let parcels = shippedAt == nil ? 0 : (items.count >= 3 && random.chance(0.3) ? 2 : 1)
        return OrderFacts(
            customer: customer,
            merchant: merchant,
            status: status,
            placedAt: Stamp(placed, in: zone),
            paidAt: paidAt,
            shippedAt: shippedAt,
            deliveredAt: deliveredAt,
            cancelledAt: cancelledAt,
            refundedAt: refundedAt,
            parcelArrival: shippedAt == nil ? nil : arrival,
            parcelReturned: parcelReturned,
            parcels: parcels,
            warehouse: warehouse,
            campaign: campaign,
            groupBuy: groupBuy,
            items: items,
            shippingFee: shippingFee,
            discount: discount,
            note: random.chance(0.08) ? random.pick(Vocabulary.orderNotes) : nil,
            channel: channel,
            flowItems: channel == "B2B_PORTAL" || random.chance(0.2),
            legacy: placed < Timeline.instant(2024, 4, 1)
        )
    }

    /// Where an order was placed, by the kind of merchant.
    private static func channel(_ kind: MerchantKind, business: Bool, _ random: inout EntityRandom) -> String {
        switch kind {
        case .creator: random.chance(0.8) ? "LIVE_STREAM" : "MINI_PROGRAM"
        case .communityLeader: random.chance(0.8) ? "COMMUNITY_GROUP" : "MINI_PROGRAM"
        case .shopGuide: random.pick(["COMMUNITY_GROUP", "MINI_PROGRAM"])
        case .store: random.pick(["IN_STORE", "IN_STORE", "MINI_PROGRAM"])
        case .reseller: "B2B_PORTAL"
        case .distributor, .brand: business ? "B2B_PORTAL" : "MINI_PROGRAM"
        case .individual: random.pick(["MINI_PROGRAM", "COMMUNITY_GROUP"])
        }
    }
}
