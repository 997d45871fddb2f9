/// Merchants (a few big ones, many small B's, in distribution chains) and their customers.
extension Dataset {
    mutating func buildMerchants() {
        let kinds: [MerchantKind] = [.communityLeader, .creator, .shopGuide, .store, .distributor, .reseller, .brand]
        let kindTable = WeightedTable([22, 15, 18, 20, 8, 8, 4])
        /// The kinds a merchant's upline may have, and how often it has one.
        func uplineRule(_ kind: MerchantKind) -> (kinds: [MerchantKind], chance: Double) {
            switch kind {
            case .shopGuide: ([.store], 0.8)
            case .store: ([.distributor, .brand], 0.5)
            case .communityLeader: ([.distributor], 0.35)
            case .distributor: ([.brand], 0.6)
            case .creator: ([.brand], 0.15)
            case .individual: ([.store, .distributor], 0.4)
            case .reseller, .brand: ([], 0)
            }
        }
        let start = Timeline.instant(2019, 1, 1)
        let span = Timeline.instant(2023, 7, 1) - start
        var earlier: [MerchantKind: [Int]] = [:]
        merchants = []
        merchants.reserveCapacity(counts.merchants)
        for index in 0..<counts.merchants {
            var random = stream(.merchant, index)
            let joined = start + Int64(random.below(Int(span)))
            var kind = kinds[kindTable.pick(&random)]
            // Before 2021 the platform had one kind for every small B.
            if kind.isSmall && joined < Timeline.instant(2021, 1, 1) && random.chance(0.7) { kind = .individual }
            let rule = uplineRule(kind)
            var upline: Int?
            if random.chance(rule.chance) {
                let candidates = rule.kinds.flatMap { earlier[$0] ?? [] }
                if !candidates.isEmpty { upline = random.pick(candidates.sorted()) }
            }
            let region = upline.map { random.chance(0.8) ? merchants[$0].region : Regions.pick(&random) } ?? Regions.pick(&random)
            let place = Regions.all[region]
            let chineseOwner = place.isChina ? random.chance(0.85) : random.chance(0.2)
            let english = Vocabulary.englishName(&random)
            let owner = chineseOwner ? Vocabulary.chineseName(&random) : "\(english.first) \(english.last)"
            let name: String
            switch kind {
            case .communityLeader:
                name = chineseOwner ? "\(owner)的社区团购" : "\(random.pick(Vocabulary.communityNames)) Group Buy by \(english.first)"
            case .creator:
                name = chineseOwner ? "\(owner)的直播间" : "\(english.first) Live"
            case .shopGuide:
                name = chineseOwner ? "导购\(owner)" : "Guide \(english.first)"
            case .store:
                name = chineseOwner ? "\(owner)精选小店" : "\(english.first)'s Home Store"
            case .distributor:
                name = "\(place.cityZh)\(random.pick(["鑫", "联", "恒", "盛"]))商贸 \(place.cityEn) Distribution Co."
            case .reseller:
                name = "\(place.cityEn) \(random.pick(["Harbour", "Golden", "Evergreen", "Lotus"])) Trade Reseller Co."
            case .brand:
                name = "\(random.pick(Vocabulary.brandWords)) 官方 Official"
            case .individual:
                name = chineseOwner ? "\(owner)的小店" : "\(english.first)'s Picks"
            }
            var chosen: [Int] = []
            let wanted = kind == .brand ? 1 : random.int(1...4)
            var tries = 0
            while chosen.count < min(wanted, suppliers.count) && tries < 20 {
                let supplier = supplierTable.pick(&random)
                if !chosen.contains(supplier) { chosen.append(supplier) }
                tries += 1
            }
            var credit: CreditLineFacts?
            if random.chance(kind.isSmall ? 0.15 : 0.7) {
                let limit = (kind.isSmall ? random.int(10...200) : random.int(100...5000)) * 100_000
                credit = CreditLineFacts(
                    limit: limit,
                    used: random.below(limit / 100 + 1) * 100,
                    rate: random.int(30...90),
                    expiresOn: Civil.days(2026, 1, 1) + random.below(730),
                    lender: random.chance(0.7) ? random.pick(Vocabulary.lenders) : nil,
                    repaymentDays: random.chance(0.6) ? random.pick([30, 60, 90]) : nil
                )
            }
            let size: Double = switch kind {
            case .brand: 3
            case .distributor: 2.5
            case .store, .reseller: 1.5
            case .creator, .communityLeader: 1
            case .individual: 0.8
            case .shopGuide: 0.5
            }
            merchants.append(MerchantFacts(
                name: name,
                kind: kind,
                region: region,
                upline: upline,
                suppliers: chosen,
                joinedAt: Stamp(joined, in: place.zone),
                creditLine: credit,
                owner: random.chance(0.7) ? owner : nil,
                weight: size * random.heavyTail(cap: 400)
            ))
            earlier[kind, default: []].append(index)
        }
        merchantsByKind = earlier
        merchantTable = WeightedTable(merchants.map(\.weight))
        merchantsBySupplier = Array(repeating: [], count: suppliers.count)
        for (index, merchant) in merchants.enumerated() {
            for supplier in merchant.suppliers { merchantsBySupplier[supplier].append(index) }
        }
    }

    mutating func buildCustomers() {
        let referrers = [MerchantKind.shopGuide, .creator, .communityLeader].flatMap { merchantsByKind[$0] ?? [] }.sorted()
        let start = Timeline.instant(2023, 7, 1)
        let span = Timeline.asOf - start
        customers = (0..<counts.customers).map { index in
            var random = stream(.customer, index)
            let merchant = merchantTable.pick(&random)
            let seller = merchants[merchant]
            let isBusiness = switch seller.kind {
            case .reseller: random.chance(0.9)
            case .distributor: random.chance(0.15)
            default: random.chance(0.01)
            }
            let region = random.chance(0.8) ? seller.region : Regions.pick(&random)
            let place = Regions.all[region]
            let name: String
            let email: String
            if isBusiness {
                let trade = random.below(Vocabulary.businessTradesEn.count)
                if place.isChina && random.chance(0.7) {
                    name = "\(place.cityZh)\(random.pick(Vocabulary.communityNames))\(Vocabulary.businessTradesZh[trade])有限公司"
                } else {
                    name = "\(random.pick(Vocabulary.brandWords)) \(Vocabulary.businessTradesEn[trade]) Ltd"
                }
                email = "orders+" + Identifier.customer(index) + "@business.example.com"
            } else if place.isChina ? random.chance(0.8) : random.chance(0.25) {
                name = Vocabulary.chineseName(&random)
                email = "\(random.int(10_000...9_999_999_999))@mail.example.cn"
            } else {
                let english = Vocabulary.englishName(&random)
                name = "\(english.first) \(english.last)"
                let local = (english.first + "." + english.last).lowercased().filter { $0 != "'" }
                email = "\(local)\(random.int(1...99))@example.com"
            }
            let referredBy: Int? = !isBusiness && !referrers.isEmpty && random.chance(0.25) ? random.pick(referrers) : nil
            return CustomerFacts(
                name: name,
                email: email,
                phone: Self.phone(place, business: isBusiness, &random),
                region: region,
                merchant: merchant,
                referredBy: referredBy == merchant ? nil : referredBy,
                drawnJoin: start + Int64(random.below(Int(span))),
                joinLead: Int64(random.int(3600...30 * 86_400)),
                birthday: !isBusiness && random.chance(0.6) ? Civil.days(1960, 1, 1) + random.below(16_800) : nil,
                tags: isBusiness
                    ? (random.chance(0.3) ? ["b2b", "vip"] : ["b2b"])
                    : random.distinct(random.int(0...2), below: Vocabulary.customerTags.count).map { Vocabulary.customerTags[$0] },
                isBusiness: isBusiness,
                writesKind: isBusiness || random.chance(0.5),
                taxId: isBusiness ? Self.taxID(place, &random) : nil,
                activity: isBusiness ? 3 * random.heavyTail(cap: 200) : random.heavyTail(cap: 60)
            )
        }
        customerTable = WeightedTable(customers.map(\.activity))
        customersByMerchant = Array(repeating: [], count: merchants.count)
        for (index, customer) in customers.enumerated() { customersByMerchant[customer.merchant].append(index) }
    }

    static func digits(_ count: Int, _ random: inout EntityRandom) -> String {
        String((0..<count).map { _ in Character(Unicode.Scalar(UInt8(48 + random.below(10)))) })
    }

    static func phone(_ place: Region, business: Bool, _ random: inout EntityRandom) -> String {
        switch place.country {
        case "CN":
            if business { return "\(place.code)-\(random.int(2...8))\(digits(7, &random))" }
            return "1\(random.pick([3, 5, 7, 8, 9]))\(digits(9, &random))"
        case "HK": return "+852 \(random.pick([5, 6, 9]))\(digits(3, &random)) \(digits(4, &random))"
        case "SG": return "+65 \(random.pick([8, 9]))\(digits(3, &random)) \(digits(4, &random))"
        case "NO": return "+47 \(random.pick([4, 9]))\(digits(2, &random)) \(digits(2, &random)) \(digits(3, &random))"
        case "US": return "+1 212 555 0\(digits(3, &random))"
        case "JP": return "+81 3-\(digits(4, &random))-\(digits(4, &random))"
        default: return "+\(digits(10, &random))"
        }
    }

    /// A unified social credit code (China), an EIN (US), an organisation number (Norway).
    static func taxID(_ place: Region, _ random: inout EntityRandom) -> String {
        switch place.country {
        case "CN":
            let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
            return "91" + digits(6, &random) + String((0..<10).map { _ in alphabet[random.below(alphabet.count)] })
        case "US": return "\(digits(2, &random))-\(digits(7, &random))"
        case "NO": return "9\(digits(2, &random)) \(digits(3, &random)) \(digits(3, &random)) MVA"
        default: return digits(8, &random)
        }
    }
}
