/// Shipments with tracking events for every shipped order, and after-sales tickets about orders
/// that were refunded, delivered or shipped.
extension Dataset {
    mutating func buildShipments() {
        // Shipment numbers run in order of the orders they belong to.
        var owners: [(order: Int, parcel: Int)] = []
        firstShipment = [Int32](repeating: -1, count: orders.count)
        for (index, order) in orders.enumerated() where order.parcels > 0 {
            firstShipment[index] = Int32(owners.count)
            for parcel in 0..<order.parcels { owners.append((index, parcel)) }
        }
        let snapshot = self
        let parcels = owners
        shipments = parallelMap(parcels.count) { number in
            snapshot.shipment(number, order: parcels[number].order, parcel: parcels[number].parcel)
        }
    }

    private func shipment(_ number: Int, order index: Int, parcel: Int) -> ShipmentFacts {
        var random = stream(.shipment, number)
        let order = orders[index]
        let buyer = customers[order.customer]
        let destination = Regions.all[buyer.region]
        let site = warehouses[order.warehouse]
        let origin = Regions.all[site.region]
        let coldChain = order.items.contains { products[$0.product].category == Vocabulary.freshCategory }
        let carrier: Vocabulary.Carrier
        if origin.code == "NO" && destination.code == "NO" {
            carrier = Vocabulary.norwegianCarrier
        } else if origin.country != destination.country {
            carrier = Vocabulary.internationalCarrier
        } else if coldChain {
            carrier = Vocabulary.coldChainCarrier
        } else {
            carrier = Vocabulary.domesticCarriers[Vocabulary.domesticCarrierTable.pick(&random)]
        }
        let tracking = carrier.prefix + Self.digits(carrier.digits, &random) + carrier.suffix

        let shipped = min(order.shippedAt!.instant + Int64(parcel == 0 ? 0 : random.int(3600...6 * 3600)), Timeline.asOf)
        let arrival = max(order.parcelArrival! + Int64(parcel == 0 ? 0 : random.int(0...24 * 3600)), shipped + 6 * 3600)
        let span = arrival - shipped
        let atOrigin = { (instant: Int64) in Stamp(instant, in: origin.zone) }
        let atDestination = { (instant: Int64) in Stamp(instant, in: destination.zone) }
        var events: [TrackingEventFacts] = []
        if random.chance(0.4) {
            events.append(TrackingEventFacts(at: atOrigin(shipped - Int64(random.int(1800...3 * 3600))), status: "CREATED",
                                             place: site.name))
        }
        events.append(TrackingEventFacts(at: atOrigin(shipped), status: "PICKED_UP", place: site.name))
        events.append(TrackingEventFacts(at: atOrigin(shipped + span / 10), status: "IN_TRANSIT", place: origin.hub))
        if origin.country != destination.country {
            events.append(TrackingEventFacts(at: Stamp(shipped + span * 3 / 10, offset: 0, form: .utc), status: "IN_TRANSIT",
                                             place: origin.hub, carrier: random.pick(Vocabulary.airlines), note: "international leg"))
        }
        let troubled = random.chance(0.04) || order.parcelReturned
        if troubled {
            events.append(TrackingEventFacts(at: atDestination(shipped + span / 2), status: "EXCEPTION", place: destination.hub,
                                             note: random.pick(Vocabulary.exceptionNotes)))
        }
        if order.parcelReturned {
            events.append(TrackingEventFacts(at: atOrigin(arrival + Int64(random.int(2 * 86_400...6 * 86_400))), status: "RETURNED",
                                             place: site.name))
        } else {
            if origin.code != destination.code {
                events.append(TrackingEventFacts(at: atDestination(shipped + span * 6 / 10), status: "IN_TRANSIT", place: destination.hub))
            }
            events.append(TrackingEventFacts(at: atDestination(arrival - min(span / 10, Int64(random.int(1800...4 * 3600)))),
                                             status: "OUT_FOR_DELIVERY", place: destination.cityZh + " " + destination.cityEn))
            events.append(TrackingEventFacts(at: atDestination(arrival), status: "DELIVERED", place: destination.cityZh + " " + destination.cityEn,
                                             note: random.chance(0.5) ? random.pick(Vocabulary.deliveryNotes) : nil))
        }
        // What has happened by the end of 2025.
        events.removeAll { $0.at.instant > Timeline.asOf }
        let last = events.last!.status
        return ShipmentFacts(
            order: index,
            warehouse: random.chance(0.97) ? order.warehouse : nil,
            carrier: carrier.name,
            trackingNumber: tracking,
            status: last,
            shippedAt: atOrigin(shipped),
            deliveredAt: last == "DELIVERED" ? atDestination(arrival) : nil,
            coldChain: coldChain ? true : (random.chance(0.2) ? false : nil),
            events: events
        )
    }

    mutating func buildTickets() {
        let refunded = orders.indices.filter { orders[$0].status == "REFUNDED" }
        let fulfilled = orders.indices.filter { orders[$0].status == "SHIPPED" || orders[$0].status == "DELIVERED" }
        tickets = (0..<counts.tickets).map { index in
            var random = stream(.ticket, index)
            let order: Int
            if !refunded.isEmpty && (fulfilled.isEmpty || random.chance(0.55)) {
                order = random.pick(refunded)
            } else if !fulfilled.isEmpty {
                order = random.pick(fulfilled)
            } else {
                order = random.below(orders.count)
            }
            return ticket(about: order, &random)
        }
    }

    private func ticket(about index: Int, _ random: inout EntityRandom) -> TicketFacts {
        let order = orders[index]
        let zone = Regions.all[customers[order.customer].region].zone
        let asOf = Timeline.asOf
        let fresh = order.items.contains { products[$0.product].category == Vocabulary.freshCategory }
        let kind: String
        let opened: Int64
        var resolved: Int64
        if let refundedAt = order.refundedAt {
            // The ticket that led to the refund: opened between the trigger and the refund.
            let start = order.deliveredAt?.instant ?? order.paidAt!.instant
            kind = order.deliveredAt != nil ? "RETURN" : (fresh || random.chance(0.5) ? "REFUND_ONLY" : "COMPLAINT")
            opened = start + (refundedAt.instant - start) * Int64(random.int(10...50)) / 100
            resolved = refundedAt.instant
        } else {
            let start = order.deliveredAt?.instant ?? order.shippedAt?.instant ?? order.placedAt.instant
            if order.shippedAt == nil {
                kind = "COMPLAINT"
            } else {
                kind = random.pick(fresh ? ["RETURN", "EXCHANGE", "COMPLAINT", "REFUND_ONLY"] : ["RETURN", "EXCHANGE", "EXCHANGE", "COMPLAINT", "COMPLAINT"])
            }
            opened = start + min(Int64(random.int(3600...10 * 86_400)), max(0, asOf - start))
            resolved = opened + Int64(random.int(2 * 3600...10 * 86_400))
        }
        // The platform promises to step in within 24 hours; it mostly does.
        var steppedIn: Int64? = random.chance(0.6)
            ? opened + Int64(random.chance(0.8) ? random.int(600...23 * 3600) : random.int(25 * 3600...72 * 3600))
            : nil
        if let stepped = steppedIn, stepped >= resolved { steppedIn = nil }
        if order.refundedAt == nil && resolved > asOf && steppedIn == nil && random.chance(0.5) {
            resolved = .max  // still open
        }
        let status: String
        if resolved <= asOf {
            status = resolved + 7 * 86_400 <= asOf && random.chance(0.6) ? "CLOSED" : "RESOLVED"
        } else if let stepped = steppedIn, stepped <= asOf {
            status = "STEPPED_IN"
        } else {
            status = "OPEN"
        }
        let product = products[order.items[0].product].name
        let isSettled = status == "RESOLVED" || status == "CLOSED"
        let refund: Int? = isSettled && (kind == "RETURN" || kind == "REFUND_ONLY")
            ? (order.refundedAt != nil ? order.total : order.items[0].unitPrice * order.items[0].quantity)
            : nil
        return TicketFacts(
            order: index,
            kind: kind,
            status: status,
            openedAt: Stamp(opened, in: zone),
            steppedInAt: steppedIn.flatMap { $0 <= asOf ? Stamp($0, in: .china) : nil },
            resolvedAt: isSettled ? Stamp(resolved, in: .china) : nil,
            description: random.pick(Vocabulary.ticketTexts[kind]!).filled(product, product),
            resolution: isSettled ? random.pick(Vocabulary.resolutions[kind]!) : nil,
            refundAmount: refund,
            refundAsText: opened < Timeline.instant(2025, 1, 1)
        )
    }
}
