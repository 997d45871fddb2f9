/// Purchase pools (a JSON list per year), purchase orders (YAML) and design polls (`.yml`).
extension Dataset {
    func renderPurchasePools(_ members: [Int], into out: inout TextBuffer) {
        out.byte(UInt8(ascii: "["))
        for (position, index) in members.enumerated() {
            let pool = purchasePools[index]
            out.text(position == 0 ? "\n  {" : ",\n  {")
            var first = true
            out.jsonKey("id", first: &first, indent: 4)
            out.jsonString(Identifier.purchasePool(index))
            out.jsonKey("title", first: &first, indent: 4)
            out.jsonString(pool.title)
            out.jsonKey("supplier", first: &first, indent: 4)
            out.jsonString(Identifier.supplier(pool.supplier))
            out.jsonKey("status", first: &first, indent: 4)
            out.jsonString(pool.status)
            out.jsonKey("opensAt", first: &first, indent: 4)
            out.jsonStamp(pool.opensAt)
            out.jsonKey("closesAt", first: &first, indent: 4)
            out.jsonStamp(pool.closesAt)
            if let ordered = pool.orderedAt {
                out.jsonKey("orderedAt", first: &first, indent: 4)
                out.jsonStamp(ordered)
            }
            if let minimum = pool.minimumUnits {
                out.jsonKey("minimumUnits", first: &first, indent: 4)
                out.int(minimum)
            }
            out.text("\n  }")
        }
        out.text("\n]\n")
    }

    func renderPurchaseOrder(_ index: Int, into out: inout TextBuffer) {
        let order = purchaseOrders[index]
        out.yaml("id", raw: Identifier.purchaseOrder(index))
        out.yaml("merchant", raw: Identifier.merchant(order.merchant))
        out.yaml("supplier", raw: Identifier.supplier(order.supplier))
        if let pool = order.pool { out.yaml("pool", raw: Identifier.purchasePool(pool)) }
        out.yaml("status", raw: order.status)
        out.yaml("submittedAt", stamp: order.submittedAt)
        if let received = order.receivedAt { out.yaml("receivedAt", stamp: received) }
        out.text("items:\n")
        for item in order.items {
            out.yamlItem(indent: 2)
            out.yaml("product", raw: Identifier.product(item.product))
            out.yaml("quantity", int: item.quantity, indent: 4)
            out.yaml("unitPrice", money: item.unitPrice, indent: 4)
        }
        if let drawn = order.creditDrawn { out.yaml("creditDrawn", money: drawn) }
        if let note = order.note { out.yaml("note", text: note) }
    }

    func renderDesignPoll(_ index: Int, into out: inout TextBuffer) {
        let poll = designPolls[index]
        out.yaml("id", raw: Identifier.designPoll(index))
        out.yaml("title", text: poll.title)
        out.yaml("organizer", raw: Identifier.merchant(poll.organizer))
        out.yaml("supplier", raw: Identifier.supplier(poll.supplier))
        out.yaml("category", raw: poll.category)
        out.yaml("status", raw: poll.status)
        out.yaml("opensAt", stamp: poll.opensAt)
        out.yaml("closesAt", stamp: poll.closesAt)
        out.text("candidates:\n")
        for candidate in poll.candidates {
            out.yamlItem(indent: 2)
            // Codes such as `NO`, `YES` and `1` are written plain: the schema says String.
            out.yaml("code", raw: candidate.code)
            out.yaml("title", text: candidate.title, indent: 4)
            if let description = candidate.description { out.yaml("description", text: description, indent: 4) }
            if let url = candidate.imageURL { out.yaml("imageUrl", text: url, indent: 4) }
        }
        if poll.votes.isEmpty {
            out.text("votes: []\n")
        } else {
            out.text("votes:\n")
            for vote in poll.votes {
                out.yamlItem(indent: 2)
                out.yaml("customer", raw: Identifier.customer(vote.customer))
                out.yaml("candidate", raw: poll.candidates[vote.candidate].code, indent: 4)
                out.yaml("votedAt", stamp: vote.votedAt, indent: 4)
            }
        }
        if let winner = poll.winner { out.yaml("winner", raw: poll.candidates[winner].code) }
        if let product = poll.product { out.yaml("product", raw: Identifier.product(product)) }
    }
}
