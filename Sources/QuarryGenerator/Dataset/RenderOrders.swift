/// Orders (YAML without `id`: the id is the path), campaigns (a YAML list per year), group buys
/// (a JSON list per year), shipments (a YAML stream per day) and tickets (JSON).
extension Dataset {
    func renderOrder(_ index: Int, into out: inout TextBuffer) {
        let order = orders[index]
        if order.legacy { out.text("# Imported from the first order system; the id is the file's path.\n") }
        out.yaml("customer", raw: Identifier.customer(order.customer))
        out.yaml("merchant", raw: Identifier.merchant(order.merchant))
        out.yaml("status", raw: order.status)
        out.yaml("placed_at", stamp: order.placedAt)
        if let paid = order.paidAt { out.yaml("paidAt", stamp: paid) }
        if let shipped = order.shippedAt { out.yaml("shippedAt", stamp: shipped) }
        if let delivered = order.deliveredAt { out.yaml("deliveredAt", stamp: delivered) }
        if let cancelled = order.cancelledAt { out.yaml("cancelledAt", stamp: cancelled) }
        if let refunded = order.refundedAt { out.yaml("refundedAt", stamp: refunded) }
        out.yaml("warehouse", raw: Identifier.warehouse(order.warehouse))
        if let campaign = order.campaign { out.yaml("campaign", raw: Identifier.campaign(campaign)) }
        if let groupBuy = order.groupBuy { out.yaml("groupBuy", raw: Identifier.groupBuy(groupBuy)) }
        if let channel = order.channel { out.yaml("channel", raw: channel) }
        out.text("items:\n")
        for item in order.items {
            if order.flowItems {
                out.text("  - {product: ")
                out.text(Identifier.product(item.product))
                out.text(", quantity: ")
                out.int(item.quantity)
                out.text(", unitPrice: ")
                out.money(item.unitPrice)
                out.text("}\n")
            } else {
                out.yamlItem(indent: 2)
                out.yaml("product", raw: Identifier.product(item.product))
                out.yaml("quantity", int: item.quantity, indent: 4)
                out.yaml("unitPrice", money: item.unitPrice, indent: 4)
            }
        }
        out.yaml("shippingFee", money: order.shippingFee)
        out.yaml("discount", money: order.discount)
        if let note = order.note { out.yaml("note", text: note) }
        // Orders from before parcels were tracked separately carry the (deprecated) number too.
        if order.legacy, firstShipment[index] >= 0 {
            out.yaml("trackingNumber", raw: shipments[Int(firstShipment[index])].trackingNumber)
        }
    }

    func renderCampaigns(year: Int, _ members: [Int], into out: inout TextBuffer) {
        out.text("# Campaigns starting in \(year), one list. Platform-wide campaigns have no organizer.\n")
        for index in members {
            let campaign = campaigns[index]
            out.yamlItem(indent: 0)
            out.yaml("id", raw: Identifier.campaign(index))
            out.yaml("name", text: campaign.name, indent: 2)
            out.yaml("kind", raw: campaign.kind, indent: 2)
            if let percent = campaign.percentOff { out.yaml("percentOff", int: percent, indent: 2) }
            out.yaml("startsAt", stamp: campaign.startsAt, indent: 2)
            out.yaml("endsAt", stamp: campaign.endsAt, indent: 2)
            if let amount = campaign.amountOff { out.yaml("amountOff", money: amount, indent: 2) }
            if let minimum = campaign.minimumSpend { out.yaml("minimumSpend", money: minimum, indent: 2) }
            if let organizer = campaign.organizer { out.yaml("organizer", raw: Identifier.merchant(organizer), indent: 2) }
        }
    }

    func renderGroupBuys(_ members: [Int], into out: inout TextBuffer) {
        out.byte(UInt8(ascii: "["))
        for (position, index) in members.enumerated() {
            let groupBuy = groupBuys[index]
            out.text(position == 0 ? "\n  {" : ",\n  {")
            var first = true
            out.jsonKey("id", first: &first, indent: 4)
            out.jsonString(Identifier.groupBuy(index))
            out.jsonKey("title", first: &first, indent: 4)
            out.jsonString(groupBuy.title)
            out.jsonKey("product", first: &first, indent: 4)
            out.jsonString(Identifier.product(groupBuy.product))
            out.jsonKey("organizer", first: &first, indent: 4)
            out.jsonString(Identifier.merchant(groupBuy.organizer))
            out.jsonKey("originalPrice", first: &first, indent: 4)
            out.money(groupBuy.originalPrice)
            out.jsonKey("targetPrice", first: &first, indent: 4)
            out.money(groupBuy.targetPrice)
            out.jsonKey("threshold", first: &first, indent: 4)
            out.int(groupBuy.threshold)
            out.jsonKey("deadline", first: &first, indent: 4)
            out.jsonStamp(groupBuy.deadline)
            out.jsonKey("status", first: &first, indent: 4)
            out.jsonString(groupBuy.status)
            out.jsonKey("pledges", first: &first, indent: 4)
            if groupBuy.pledges.isEmpty {
                out.text("[]")
            } else {
                out.byte(UInt8(ascii: "["))
                for (number, pledge) in groupBuy.pledges.enumerated() {
                    out.text(number == 0 ? "\n      {" : ",\n      {")
                    var inner = true
                    out.jsonInlineKey("customer", first: &inner)
                    out.jsonString(Identifier.customer(pledge.customer))
                    out.jsonInlineKey("quantity", first: &inner)
                    out.int(pledge.quantity)
                    out.jsonInlineKey("pledgedAt", first: &inner)
                    out.jsonStamp(pledge.pledgedAt)
                    out.byte(UInt8(ascii: "}"))
                }
                out.text("\n    ]")
            }
            if let description = groupBuy.description {
                out.jsonKey("description", first: &first, indent: 4)
                out.jsonString(description)
            }
            out.text("\n  }")
        }
        out.text("\n]\n")
    }

    func renderShipments(day: Int, _ members: [Int], into out: inout TextBuffer) {
        out.text("# Parcels that left a warehouse on ")
        out.date(day)
        out.text(".\n")
        for index in members {
            let shipment = shipments[index]
            out.text("---\n")
            out.yaml("id", raw: Identifier.shipment(index))
            out.yaml("order", raw: orderID(shipment.order))
            if let warehouse = shipment.warehouse { out.yaml("warehouse", raw: Identifier.warehouse(warehouse)) }
            out.yaml("carrier", text: shipment.carrier)
            out.yaml("tracking_no", raw: shipment.trackingNumber)
            out.yaml("status", raw: shipment.status)
            out.yaml("shippedAt", stamp: shipment.shippedAt)
            if let delivered = shipment.deliveredAt { out.yaml("deliveredAt", stamp: delivered) }
            if let coldChain = shipment.coldChain { out.yaml("coldChain", bool: coldChain) }
            out.text("events:\n")
            for event in shipment.events {
                out.yamlItem(indent: 2)
                out.yaml("at", stamp: event.at)
                out.yaml("status", raw: event.status, indent: 4)
                out.yaml("place", text: event.place, indent: 4)
                if let carrier = event.carrier { out.yaml("carrier", text: carrier, indent: 4) }
                if let note = event.note { out.yaml("note", text: note, indent: 4) }
            }
        }
    }

    func renderTicket(_ index: Int, into out: inout TextBuffer) {
        let ticket = tickets[index]
        var first = true
        out.byte(UInt8(ascii: "{"))
        out.jsonKey("id", first: &first, indent: 2)
        out.jsonString(Identifier.ticket(index))
        out.jsonKey("order", first: &first, indent: 2)
        out.jsonString(orderID(ticket.order))
        out.jsonKey("kind", first: &first, indent: 2)
        out.jsonString(ticket.kind)
        out.jsonKey("status", first: &first, indent: 2)
        out.jsonString(ticket.status)
        out.jsonKey("openedAt", first: &first, indent: 2)
        out.jsonStamp(ticket.openedAt)
        // The older system wrote absent times as explicit nulls.
        if let stepped = ticket.steppedInAt {
            out.jsonKey("steppedInAt", first: &first, indent: 2)
            out.jsonStamp(stepped)
        } else if ticket.refundAsText {
            out.jsonKey("steppedInAt", first: &first, indent: 2)
            out.text("null")
        }
        if let resolved = ticket.resolvedAt {
            out.jsonKey("resolvedAt", first: &first, indent: 2)
            out.jsonStamp(resolved)
        }
        out.jsonKey("description", first: &first, indent: 2)
        out.jsonString(ticket.description)
        if let resolution = ticket.resolution {
            out.jsonKey("resolution", first: &first, indent: 2)
            out.jsonString(resolution)
        }
        if let refund = ticket.refundAmount {
            out.jsonKey("refundAmount", first: &first, indent: 2)
            if ticket.refundAsText { out.byte(UInt8(ascii: "\"")) }
            out.money(refund)
            if ticket.refundAsText { out.byte(UInt8(ascii: "\"")) }
        }
        out.text("\n}\n")
    }
}
