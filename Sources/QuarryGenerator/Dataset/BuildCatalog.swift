/// Suppliers, their products (a few suppliers and a few products sell far more than the rest),
/// and the warehouses that stock them.
extension Dataset {
    mutating func buildSuppliers() {
        let certifications = ["NONE", "BASIC", "VERIFIED", "VERIFIED", "PREMIUM"]
        suppliers = (0..<counts.suppliers).map { index in
            var random = stream(.supplier, index)
            // Pinned so that every scale has them: s-0002 is Norwegian (region `NO`), s-0003
            // writes all-digit SKUs with leading zeros.
            var region: Int
            if index == 1 {
                region = Regions.norway
            } else if random.chance(0.8) {
                region = Regions.chinese[WeightedTable(Regions.chinese.map { Regions.all[$0].weight }).pick(&random)]
            } else {
                region = Regions.pick(&random)
            }
            if index == 2 { region = Regions.shenzhen }
            let place = Regions.all[region]
            let name: String
            if index == 1 {
                name = "Fjord Seafood AS"
            } else if let overseas = Vocabulary.overseasSuppliers[place.country] {
                name = random.pick(overseas)
            } else {
                let prefix = random.below(Vocabulary.supplierPrefixesZh.count)
                let trade = random.below(Vocabulary.supplierTradesZh.count)
                let suffix = random.below(Vocabulary.supplierSuffixesZh.count)
                name = Vocabulary.supplierPrefixesZh[prefix] + Vocabulary.supplierTradesZh[trade] + Vocabulary.supplierSuffixesZh[suffix]
                    + " " + Vocabulary.supplierPrefixesEn[prefix] + " " + Vocabulary.supplierTradesEn[trade] + " "
                    + Vocabulary.supplierSuffixesEn[suffix]
            }
            let certification = random.pick(certifications)
            var categories = random.distinct(random.int(1...3), below: Vocabulary.categories.count)
            if index == 1 && !categories.contains(Vocabulary.freshCategory) {
                categories = (categories + [Vocabulary.freshCategory]).sorted()
            }
            return SupplierFacts(
                name: name,
                region: region,
                rating: certification == "PREMIUM" ? random.int(42...50) : random.int(30...49),
                certification: certification,
                since: Civil.days(2015, 1, 1) + random.below(Civil.days(2019, 1, 1) - Civil.days(2015, 1, 1)),
                categories: categories,
                creditTermsDays: certification == "PREMIUM" ? random.pick([60, 90]) : random.pick([15, 30, 30, 45, 60]),
                description: random.chance(0.5) ? random.pick(Vocabulary.supplierBlurbs) : nil,
                website: random.chance(0.6) ? "https://" + Identifier.supplier(index) + ".supplier.example.com" : nil,
                usesYML: index % 5 == 4,
                digitSKUs: index == 2 || random.chance(0.2),
                weight: random.heavyTail(cap: 20)
            )
        }
        supplierTable = WeightedTable(suppliers.map(\.weight))
    }

    mutating func buildProducts() {
        let supplierCount = suppliers.count
        products = (0..<counts.products).map { index in
            var random = stream(.product, index)
            // Every supplier has at least one product, launched before the first order.
            let supplier = index < supplierCount ? index : supplierTable.pick(&random)
            let facts = suppliers[supplier]
            let category = random.pick(facts.categories)
            let line = random.pick(Vocabulary.categories[category].lines)
            let listPrice = random.int(line.price) * 100 + random.pick([0, 0, 90, 50, 80, 0, 90])
            let wholesale = listPrice * random.int(55...85) / 100 / 10 * 10
            let sku: String
            if facts.digitSKUs {
                sku = Identifier.make("00", (index + 1) % 100_000, width: 5)
            } else if random.chance(0.01) {
                sku = "\(random.int(1...9))e\(random.int(2...9))"
            } else {
                sku = Identifier.make(Vocabulary.categories[category].skuPrefix + "-", index + 1, width: 6)
            }
            let isNew = index >= supplierCount && random.chance(0.15)
            let launchedOn = isNew
                ? Civil.days(2024, 1, 1) + random.below(Civil.days(2025, 11, 1) - Civil.days(2024, 1, 1))
                : Civil.days(2019, 6, 1) + random.below(Civil.days(2024, 1, 1) - Civil.days(2019, 6, 1))
            var tags = random.distinct(random.int(0...3), below: Vocabulary.productTags.count).map { Vocabulary.productTags[$0] }
            if isNew && !tags.contains("new") { tags.append("new") }
            let origin: String? = supplier == 1 && Vocabulary.categories[category].slug == "fresh"
                ? "NO"
                : (random.chance(0.5) ? random.pick(Vocabulary.categories[category].origins) : nil)
            return ProductFacts(
                supplier: supplier,
                category: category,
                sku: sku,
                name: line.name + random.pick(Vocabulary.productVariants),
                listPrice: listPrice,
                wholesalePrice: max(100, wholesale),
                tags: tags,
                launchedOn: launchedOn,
                active: random.chance(0.92),
                description: random.chance(0.25) ? random.pick(Vocabulary.productBlurbs) : nil,
                unit: random.chance(0.7) ? line.unit : nil,
                minOrderQuantity: random.chance(0.6) ? random.pick([1, 5, 6, 10, 12, 20, 50]) : nil,
                origin: origin,
                imageCount: random.chance(0.4) ? random.int(1...3) : 0,
                popularity: random.heavyTail(cap: 50)
            )
        }
        productsBySupplier = Array(repeating: [], count: supplierCount)
        for (index, product) in products.enumerated() { productsBySupplier[product.supplier].append(index) }
        productTablesBySupplier = productsBySupplier.map { WeightedTable($0.map { products[$0].popularity }) }
    }

    mutating func buildWarehouses() {
        let sites = Vocabulary.warehouseSites
        let chineseSites = sites.indices.filter { Regions.all[regionIndex(sites[$0].region)].isChina }
        warehouses = (0..<counts.warehouses).map { index in
            var random = stream(.warehouse, index)
            let supplier = index / 2
            let home = Regions.all[suppliers[supplier].region].code
            var site: Int
            if index % 2 == 0, let local = sites.firstIndex(where: { $0.region == home }) {
                site = local
            } else {
                site = random.pick(chineseSites)
            }
            let number = random.int(1...6)
            var stock = productsBySupplier[supplier].prefix(40).map { $0 }
            if random.chance(0.3) {
                // Shared warehousing: some of other suppliers' products too.
                for _ in 0..<random.int(1...5) { stock.append(random.below(products.count)) }
            }
            let coldChain = suppliers[supplier].categories.contains(Vocabulary.freshCategory)
            return WarehouseFacts(
                name: "\(sites[site].zh) \(sites[site].en) \(number)号库",
                region: regionIndex(sites[site].region),
                supplier: supplier,
                capacity: random.int(10...200) * 1000,
                stock: Array(Set(stock)).sorted().map { product in
                    StockFacts(product: product,
                               quantity: random.chance(0.08) ? 0 : random.int(1...500),
                               reserved: random.chance(0.6) ? random.int(0...20) : nil)
                },
                address: random.chance(0.6) ? "\(random.pick(Vocabulary.streetNames)) \(random.int(1...999))号" : nil,
                coldChain: coldChain ? true : (random.chance(0.3) ? false : nil)
            )
        }
    }

    func regionIndex(_ code: String) -> Int {
        Regions.all.firstIndex { $0.code == code } ?? Regions.shenzhen
    }
}
