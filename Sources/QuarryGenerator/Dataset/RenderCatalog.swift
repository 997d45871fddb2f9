/// Suppliers (one YAML document per file), products (a YAML stream per supplier), warehouses
/// (`.yml`), merchants (YAML) and customers (one JSON object per file).
extension Dataset {
    func renderSupplier(_ index: Int, into out: inout TextBuffer) {
        let supplier = suppliers[index]
        let region = Regions.all[supplier.region]
        out.yaml("id", raw: Identifier.supplier(index))
        out.yaml("name", text: supplier.name)
        out.yaml("region", raw: region.code)
        out.yaml("rating", fixed: supplier.rating, scale: 1)
        out.yaml("certification", raw: supplier.certification)
        out.yaml("since", date: supplier.since)
        out.yaml("categories", flow: supplier.categories.map { Vocabulary.categories[$0].slug })
        out.yaml("creditTermsDays", int: supplier.creditTermsDays)
        if let description = supplier.description { out.yaml("description", text: description) }
        out.yaml("country", raw: region.country)
        if let website = supplier.website { out.yaml("website", text: website) }
    }

    func renderProducts(of supplier: Int, into out: inout TextBuffer) {
        out.text("# Products of \(Identifier.supplier(supplier)) (\(suppliers[supplier].name)), one document per product.\n")
        for index in productsBySupplier[supplier] {
            let product = products[index]
            out.text("---\n")
            out.yaml("id", raw: Identifier.product(index))
            out.yaml("sku", raw: product.sku)
            out.yaml("name", text: product.name)
            out.yaml("category", raw: Vocabulary.categories[product.category].slug)
            out.yaml("listPrice", money: product.listPrice)
            out.yaml("wholesale_price", money: product.wholesalePrice)
            out.yaml("supplier", raw: Identifier.supplier(supplier))
            out.yaml("tags", flow: product.tags)
            out.yaml("launchedOn", date: product.launchedOn)
            out.yaml("active", bool: product.active)
            if let description = product.description { out.yaml("description", text: description) }
            if let unit = product.unit { out.yaml("unit", raw: unit) }
            if let minimum = product.minOrderQuantity { out.yaml("minOrderQuantity", int: minimum) }
            if let origin = product.origin { out.yaml("origin", text: origin) }
            if product.imageCount > 0 {
                out.text("images:\n")
                for picture in 1...product.imageCount {
                    out.text("  - https://img.example.cn/\(Identifier.product(index))/\(picture).jpg\n")
                }
            }
        }
    }

    func renderWarehouse(_ index: Int, into out: inout TextBuffer) {
        let warehouse = warehouses[index]
        out.yaml("id", raw: Identifier.warehouse(index))
        out.yaml("name", text: warehouse.name)
        out.yaml("region", raw: Regions.all[warehouse.region].code)
        out.yaml("supplier", raw: Identifier.supplier(warehouse.supplier))
        out.yaml("capacity", int: warehouse.capacity)
        if warehouse.stock.isEmpty {
            out.text("stock: []\n")
        } else {
            out.text("stock:\n")
            for level in warehouse.stock {
                out.yamlItem(indent: 2)
                out.yaml("product", raw: Identifier.product(level.product))
                out.yaml("quantity", int: level.quantity, indent: 4)
                if let reserved = level.reserved { out.yaml("reserved", int: reserved, indent: 4) }
            }
        }
        if let address = warehouse.address { out.yaml("address", text: address) }
        if let coldChain = warehouse.coldChain { out.yaml("coldChain", bool: coldChain) }
    }

    func renderMerchant(_ index: Int, into out: inout TextBuffer) {
        let merchant = merchants[index]
        let region = Regions.all[merchant.region]
        out.yaml("id", raw: Identifier.merchant(index))
        out.yaml("name", text: merchant.name)
        out.yaml("kind", raw: merchant.kind.rawValue)
        out.yaml("region", raw: region.code)
        out.yaml("postcode", raw: region.postcode)
        if let upline = merchant.upline { out.yaml("upline", raw: Identifier.merchant(upline)) }
        out.yaml("suppliers", flow: merchant.suppliers.map(Identifier.supplier))
        out.yaml("joinedAt", stamp: merchant.joinedAt)
        if let credit = merchant.creditLine {
            out.text("creditLine:\n")
            out.yaml("limit", money: credit.limit, indent: 2)
            out.yaml("used", money: credit.used, indent: 2)
            out.yaml("rate", fixed: credit.rate, scale: 3, indent: 2)
            out.yaml("expiresOn", date: credit.expiresOn, indent: 2)
            if let lender = credit.lender { out.yaml("lender", text: lender, indent: 2) }
            if let days = credit.repaymentDays { out.yaml("repaymentDays", int: days, indent: 2) }
        }
        if let owner = merchant.owner { out.yaml("owner", text: owner) }
    }

    func renderCustomer(_ index: Int, into out: inout TextBuffer) {
        let customer = customers[index]
        var first = true
        out.byte(UInt8(ascii: "{"))
        out.jsonKey("id", first: &first, indent: 2)
        out.jsonString(Identifier.customer(index))
        out.jsonKey("name", first: &first, indent: 2)
        out.jsonString(customer.name)
        out.jsonKey("email", first: &first, indent: 2)
        out.jsonString(customer.email)
        out.jsonKey("phone", first: &first, indent: 2)
        out.jsonString(customer.phone)
        out.jsonKey("region", first: &first, indent: 2)
        out.jsonString(Regions.all[customer.region].code)
        out.jsonKey("merchant", first: &first, indent: 2)
        out.jsonString(Identifier.merchant(customer.merchant))
        if let referrer = customer.referredBy {
            out.jsonKey("referredBy", first: &first, indent: 2)
            out.jsonString(Identifier.merchant(referrer))
        }
        out.jsonKey("joinedAt", first: &first, indent: 2)
        out.jsonStamp(customerJoinedAt[index])
        if let birthday = customer.birthday {
            out.jsonKey("birthday", first: &first, indent: 2)
            out.jsonDate(birthday)
        }
        out.jsonKey("tags", first: &first, indent: 2)
        out.jsonStrings(customer.tags)
        if customer.writesKind {
            out.jsonKey("kind", first: &first, indent: 2)
            out.jsonString(customer.isBusiness ? "BUSINESS" : "PERSON")
        }
        if let taxID = customer.taxId {
            out.jsonKey("taxId", first: &first, indent: 2)
            out.jsonString(taxID)
        }
        out.text("\n}\n")
    }
}
