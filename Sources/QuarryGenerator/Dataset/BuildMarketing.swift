/// Campaigns (the platform's four shopping festivals of each year, then merchants' own) and
/// group buys (拼团) whose pledges come from the organizer's customers.
extension Dataset {
    mutating func buildCampaigns() {
        var all: [CampaignFacts] = []
        let china = Timeline.chinaOffset
        for year in [2024, 2025] {
            let newYear = Timeline.chineseNewYear(year)!
            all.append(CampaignFacts(
                name: "年货节 Spring Festival Fair \(year)", kind: "DISCOUNT", percentOff: nil,
                startsAt: Stamp(Timeline.instant(newYear - 21, offset: china), offset: china),
                endsAt: Stamp(Timeline.instant(newYear - 8, offset: china) - 1, offset: china),
                amountOff: 3000, minimumSpend: 19900, organizer: nil))
            all.append(CampaignFacts(
                name: "618 年中大促 Mid-year Sale \(year)", kind: "PERCENT_OFF", percentOff: 15,
                startsAt: Stamp(Timeline.instant(year, 6, 1), offset: china),
                endsAt: Stamp(Timeline.instant(year, 6, 19) - 1, offset: china),
                amountOff: nil, minimumSpend: nil, organizer: nil))
            all.append(CampaignFacts(
                name: "双十一大促 Double 11 \(year)", kind: "PERCENT_OFF", percentOff: 20,
                startsAt: Stamp(Timeline.instant(year, 10, 31, 20), offset: china, form: .minutes),
                endsAt: Stamp(Timeline.instant(year, 11, 12) - 1, offset: china),
                amountOff: nil, minimumSpend: nil, organizer: nil))
            all.append(CampaignFacts(
                name: "双十二秒杀 Double 12 Flash Sale \(year)", kind: "FLASH_SALE", percentOff: 30,
                startsAt: Stamp(Timeline.instant(year, 12, 12), offset: china),
                endsAt: Stamp(Timeline.instant(year, 12, 13) - 1, offset: china),
                amountOff: nil, minimumSpend: nil, organizer: nil))
        }
        for extra in 0..<(counts.campaigns - DatasetCounts.platformCampaigns) {
            let index = DatasetCounts.platformCampaigns + extra
            var random = stream(.campaign, index)
            let organizer = merchantTable.pick(&random)
            let kind = random.pick(["DISCOUNT", "PERCENT_OFF", "PERCENT_OFF", "FLASH_SALE"])
            let day = Timeline.firstOrderDay + random.below(Timeline.orderDayCount - 7)
            let zone = Regions.all[merchants[organizer].region].zone
            let start = Timeline.instant(day, offset: Timeline.chinaOffset) + Int64(random.pick([0, 10, 19, 20]) * 3600)
            let length: Int64 = kind == "FLASH_SALE" ? Int64(random.int(2...6) * 3600) : Int64(random.int(1...7) * 86_400)
            all.append(CampaignFacts(
                name: random.pick(Vocabulary.merchantCampaignNames).filled(merchants[organizer].name),
                kind: kind,
                percentOff: kind == "DISCOUNT" ? nil : random.pick([5, 10, 15, 20, 30]),
                startsAt: Stamp(start, in: zone),
                endsAt: Stamp(start + length - 1, in: zone),
                amountOff: kind == "DISCOUNT" ? random.pick([5, 10, 20, 30, 50]) * 100 : nil,
                minimumSpend: kind == "DISCOUNT" && random.chance(0.5) ? random.pick([99, 149, 199, 299]) * 100 : nil,
                organizer: organizer))
            campaignsByOrganizer[organizer, default: []].append(index)
        }
        campaigns = all
    }

    mutating func buildGroupBuys() {
        let leaders = merchantsByKind[.communityLeader] ?? []
        let productTable = WeightedTable(products.map(\.popularity))
        let firstDeadline = Timeline.instant(2024, 1, 10)
        let deadlineSpan = Timeline.instant(2026, 1, 20) - firstDeadline
        groupBuys = (0..<counts.groupBuys).map { index in
            var random = stream(.groupBuy, index)
            let organizer = !leaders.isEmpty && random.chance(0.6) ? random.pick(leaders) : merchantTable.pick(&random)
            let supplierChoices = merchants[organizer].suppliers
            let product: Int
            if let supplier = supplierChoices.isEmpty ? nil : random.pick(supplierChoices) {
                product = productsBySupplier[supplier][productTablesBySupplier[supplier].pick(&random)]
            } else {
                product = productTable.pick(&random)
            }
            let original = products[product].listPrice
            let threshold = random.pick([10, 20, 30, 50, 100])
            let deadlineDay = Int(Civil.floorDiv(firstDeadline + Int64(random.below(Int(deadlineSpan))), 86_400))
            let deadline = Timeline.instant(deadlineDay, offset: Timeline.chinaOffset) + Int64(random.pick([12, 20, 22]) * 3600)
            let circle = customersByMerchant[organizer].count >= 3 ? customersByMerchant[organizer] : nil
            var pledges: [PledgeFacts] = []
            for _ in 0..<random.below(threshold * 3 / 2 + 1) {
                let customer = circle.map { random.pick($0) } ?? customerTable.pick(&random)
                let at = deadline - Int64(random.int(60...14 * 86_400))
                let pledge = PledgeFacts(customer: customer, quantity: random.int(1...3),
                                         pledgedAt: Stamp(at, in: Regions.all[customers[customer].region].zone))
                if at <= Timeline.asOf { pledges.append(pledge) }
            }
            pledges.sort { $0.pledgedAt.instant < $1.pledgedAt.instant }
            let participants = Set(pledges.map(\.customer)).count
            let status = deadline > Timeline.asOf ? "OPEN" : (participants >= threshold ? "SUCCEEDED" : "FAILED")
            return GroupBuyFacts(
                title: random.pick(Vocabulary.groupBuyTitles).filled(products[product].name),
                product: product,
                organizer: organizer,
                originalPrice: original,
                targetPrice: max(100, original * random.int(60...90) / 100 / 10 * 10),
                threshold: threshold,
                deadline: Stamp(deadline, offset: Timeline.chinaOffset),
                status: status,
                pledges: pledges,
                description: random.chance(0.3) ? random.pick(Vocabulary.groupBuyBlurbs) : nil
            )
        }
        // Orders placed up to three days after a successful group buy closes fulfil it.
        groupBuysClosingBefore = Array(repeating: [], count: Timeline.orderDayCount)
        for (index, groupBuy) in groupBuys.enumerated() where groupBuy.status == "SUCCEEDED" {
            let day = Int(Civil.floorDiv(groupBuy.deadline.instant + Int64(Timeline.chinaOffset) * 60, 86_400))
            for later in day...(day + 3) where later - Timeline.firstOrderDay >= 0 && later - Timeline.firstOrderDay < Timeline.orderDayCount {
                groupBuysClosingBefore[later - Timeline.firstOrderDay].append(index)
            }
        }
    }
}
