/// S2B2B procurement (purchase pools and merchants' purchase orders) and C2B design polls.
extension Dataset {
    mutating func buildPurchasePools() {
        let firstDay = Civil.days(2024, 1, 1)
        let lastDay = Civil.days(2025, 12, 20)
        purchasePools = (0..<counts.purchasePools).map { index in
            var random = stream(.purchasePool, index)
            let supplier = supplierTable.pick(&random)
            let zone = Regions.all[suppliers[supplier].region].zone
            let day = firstDay + random.below(lastDay - firstDay)
            // Opens at 09:00 and closes at 18:00 where the supplier is.
            let opens = Timeline.instant(day, offset: zone.offset(at: Int64(day) * 86_400)) + 9 * 3600
            let closes = opens + Int64(random.int(7...21) * 86_400) + 9 * 3600 - 1
            let ordered = closes + Int64(random.int(3600...24 * 3600))
            let received = ordered + Int64(random.int(5 * 86_400...15 * 86_400))
            let status: String
            if closes > Timeline.asOf {
                status = "COLLECTING"
            } else if random.chance(0.08) {
                status = "CANCELLED"
            } else {
                status = received <= Timeline.asOf ? "RECEIVED" : "ORDERED"
            }
            let (year, month, _) = Civil.date(day)
            let category = Vocabulary.categories[random.pick(suppliers[supplier].categories)].slug
            return PurchasePoolFacts(
                title: "\(year) Q\((month - 1) / 3 + 1) \(category) 集采 pooled order",
                supplier: supplier,
                status: status,
                opensAt: Stamp(opens, in: zone),
                closesAt: Stamp(closes, in: zone),
                orderedAt: status == "ORDERED" || status == "RECEIVED" ? Stamp(ordered, in: zone) : nil,
                receivedAt: status == "RECEIVED" ? received : nil,
                minimumUnits: random.chance(0.8) ? random.int(2...40) * 50 : nil
            )
        }
    }

    mutating func buildPurchaseOrders() {
        let start = Timeline.instant(2024, 1, 1)
        let span = Timeline.asOf - start
        purchaseOrders = (0..<counts.purchaseOrders).map { index in
            var random = stream(.purchaseOrder, index)
            var pool: Int?
            let supplier: Int
            let merchant: Int
            let submitted: Int64
            var status: String
            var received: Int64?
            if !purchasePools.isEmpty && random.chance(0.75) {
                let chosen = random.below(purchasePools.count)
                let facts = purchasePools[chosen]
                pool = chosen
                supplier = facts.supplier
                let buyers = merchantsBySupplier[supplier]
                merchant = buyers.isEmpty ? merchantTable.pick(&random) : random.pick(buyers)
                submitted = facts.opensAt.instant + Int64(random.below(Int(facts.closesAt.instant - facts.opensAt.instant)))
                switch facts.status {
                case "COLLECTING": status = "SUBMITTED"
                case "CANCELLED": status = "CANCELLED"
                case "ORDERED": status = facts.orderedAt!.instant + 3 * 86_400 <= Timeline.asOf && random.chance(0.5) ? "SHIPPED" : "CONFIRMED"
                default:
                    let arrived = facts.receivedAt! + Int64(random.int(0...2 * 86_400))
                    if arrived <= Timeline.asOf {
                        status = "RECEIVED"
                        received = arrived
                    } else {
                        status = "SHIPPED"
                    }
                }
            } else {
                merchant = merchantTable.pick(&random)
                supplier = random.pick(merchants[merchant].suppliers)
                submitted = start + Int64(random.below(Int(span)))
                let confirmed = submitted + Int64(random.int(3600...86_400))
                let shipped = confirmed + Int64(random.int(86_400...5 * 86_400))
                let arrived = shipped + Int64(random.int(3 * 86_400...10 * 86_400))
                if random.chance(0.05) {
                    status = "CANCELLED"
                } else if arrived <= Timeline.asOf {
                    status = "RECEIVED"
                    received = arrived
                } else if shipped <= Timeline.asOf {
                    status = "SHIPPED"
                } else if confirmed <= Timeline.asOf {
                    status = "CONFIRMED"
                } else {
                    status = random.chance(0.5) ? "DRAFT" : "SUBMITTED"
                }
            }
            let offered = productsBySupplier[supplier]
            let items = random.distinct(random.int(1...4), below: offered.count).map { position in
                let product = products[offered[position]]
                let minimum = product.minOrderQuantity ?? 1
                let quantity = minimum > 1 ? minimum * random.int(2...20) : random.pick([10, 20, 50, 100, 200])
                let price = product.wholesalePrice * (pool == nil ? 100 : random.int(92...97)) / 100
                return OrderItemFacts(product: offered[position], quantity: quantity, unitPrice: price)
            }
            let total = items.reduce(0) { $0 + $1.quantity * $1.unitPrice }
            let zone = Regions.all[merchants[merchant].region].zone
            return PurchaseOrderFacts(
                merchant: merchant,
                supplier: supplier,
                pool: pool,
                status: status,
                submittedAt: Stamp(submitted, in: zone),
                receivedAt: received.map { Stamp($0, in: zone) },
                items: items,
                creditDrawn: merchants[merchant].creditLine != nil && random.chance(0.4) ? total * random.int(20...100) / 100 : nil,
                note: random.chance(0.15) ? random.pick(Vocabulary.purchaseNotes) : nil
            )
        }
    }

    mutating func buildDesignPolls() {
        let makers = [MerchantKind.creator, .brand, .store].flatMap { merchantsByKind[$0] ?? [] }.sorted()
        let firstDay = Civil.days(2024, 1, 1)
        let lastDay = Civil.days(2026, 1, 15)
        designPolls = (0..<counts.designPolls).map { index in
            var random = stream(.designPoll, index)
            let organizer = !makers.isEmpty && random.chance(0.7) ? random.pick(makers) : merchantTable.pick(&random)
            let supplier = random.pick(merchants[organizer].suppliers)
            let categories = suppliers[supplier].categories.map { Vocabulary.categories[$0].slug }
            let category = categories.first { $0 == "apparel" || $0 == "home" } ?? random.pick(categories)
            let opens = Timeline.instant(firstDay + random.below(lastDay - firstDay), offset: Timeline.chinaOffset) + 20 * 3600
            let closes = opens + Int64(random.int(7...21) * 86_400) + 4 * 3600 - 1
            let status: String
            if opens > Timeline.asOf {
                status = "DRAFT"
            } else if closes > Timeline.asOf {
                status = "VOTING"
            } else {
                status = random.chance(0.6) ? "PRODUCED" : "CLOSED"
            }
            // dp-002 asks a yes/no question: its codes `YES` and `NO` are text, not booleans.
            let codes: [String]
            if index == 1 {
                codes = ["YES", "NO"]
            } else if random.chance(0.6) {
                codes = Array(["A", "B", "C", "D"].prefix(random.int(2...4)))
            } else {
                codes = Array(["1", "2", "3"].prefix(random.int(2...3)))
            }
            let pollID = Identifier.designPoll(index)
            let designs = random.distinct(codes.count, below: Vocabulary.designTitles.count)
            let candidates = codes.enumerated().map { position, code in
                let design = Vocabulary.designTitles[designs[position % designs.count]]
                return CandidateFacts(
                    code: code,
                    title: code == "YES" ? "做 Make it" : (code == "NO" ? "不做 Skip it" : "\(design.0) \(design.1)"),
                    description: index != 1 && random.chance(0.4)
                        ? (random.chance(0.5) ? "\(design.1) print.\n\(design.0)图案，限量生产。" : "A \(design.1.lowercased()) motif.")
                        : nil,
                    imageURL: random.chance(0.8) ? "https://img.example.cn/\(pollID)/\(code.lowercased()).png" : nil
                )
            }
            var votes: [VoteFacts] = []
            if status != "DRAFT" {
                let circle = customersByMerchant[organizer].count >= 3 ? customersByMerchant[organizer] : nil
                let favourite = random.below(codes.count)
                let end = min(closes, Timeline.asOf)
                for _ in 0..<random.int(0...60) {
                    let customer = circle.map { random.pick($0) } ?? customerTable.pick(&random)
                    let at = opens + Int64(random.below(Int(end - opens) + 1))
                    votes.append(VoteFacts(customer: customer, candidate: random.chance(0.4) ? favourite : random.below(codes.count),
                                           votedAt: Stamp(at, in: Regions.all[customers[customer].region].zone)))
                }
                votes.sort { $0.votedAt.instant < $1.votedAt.instant }
            }
            var winner: Int?
            if status == "CLOSED" || status == "PRODUCED" {
                var tally = [Int](repeating: 0, count: codes.count)
                for vote in votes { tally[vote.candidate] += 1 }
                winner = tally.indices.max { tally[$0] < tally[$1] || (tally[$0] == tally[$1] && $0 > $1) }
            }
            let offered = productsBySupplier[supplier]
            let product = status == "PRODUCED"
                ? (offered.first { Vocabulary.categories[products[$0].category].slug == category } ?? offered[0])
                : nil
            return DesignPollFacts(
                title: random.pick(Vocabulary.pollTitles).filled(category),
                organizer: organizer,
                supplier: supplier,
                category: category,
                status: status,
                opensAt: Stamp(opens, offset: Timeline.chinaOffset),
                closesAt: Stamp(closes, offset: Timeline.chinaOffset),
                candidates: candidates,
                votes: votes,
                winner: winner,
                product: product
            )
        }
    }
}
