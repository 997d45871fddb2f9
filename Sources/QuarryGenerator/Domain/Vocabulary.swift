/// Words the generated documents are made of: names, products, places and carriers, in Chinese
/// and English as the platform's users write them.
enum Vocabulary {
    static let surnames = ["李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"]
    static let givenNames = ["娜", "伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "婷", "晨", "欣", "浩", "宇", "萱", "涛", "霞", "明"]
    static let firstNames = ["Alice", "Bob", "Chen", "Dana", "Eric", "Fiona", "Grace", "Henry", "Ivy", "Jack", "Kai", "Lena",
                             "Ming", "Nora", "Oscar", "Pei", "Quinn", "Rui", "Sofia", "Tom", "Ingrid", "Lars", "Yuki", "Wei"]
    static let lastNames = ["Lam", "Ng", "Tan", "Wong", "Lee", "Smith", "Olsen", "Hansen", "Kumar", "Lin", "Chan", "Berg",
                            "Sato", "Garcia", "O'Brien", "Nilsen", "Ho", "Goh"]

    static func chineseName(_ random: inout EntityRandom) -> String {
        random.pick(surnames) + random.pick(givenNames) + (random.chance(0.55) ? random.pick(givenNames) : "")
    }

    static func englishName(_ random: inout EntityRandom) -> (first: String, last: String) {
        (random.pick(firstNames), random.pick(lastNames))
    }

    // MARK: Catalog

    struct ProductLine: Sendable {
        var name: String
        var unit: String
        /// List price range in yuan.
        var price: ClosedRange<Int>
    }

    struct Category: Sendable {
        var slug: String
        var lines: [ProductLine]
        var origins: [String]
        var skuPrefix: String
        var coldChain: Bool
    }

    static let categories: [Category] = [
        Category(slug: "tea", lines: [
            ProductLine(name: "云南普洱茶饼 357g Pu-erh cake", unit: "cake", price: 68...899),
            ProductLine(name: "西湖龙井 250g Dragon Well green tea", unit: "box", price: 128...680),
            ProductLine(name: "武夷岩茶礼盒 Wuyi rock tea gift box", unit: "box", price: 198...1280),
            ProductLine(name: "茉莉龙珠 100g Jasmine pearls", unit: "bag", price: 39...168),
            ProductLine(name: "滇红金芽 250g Dianhong golden bud", unit: "box", price: 88...388),
            ProductLine(name: "安吉白茶 125g Anji white tea", unit: "box", price: 98...458),
        ], origins: ["云南普洱", "杭州西湖", "福建武夷山", "浙江安吉"], skuPrefix: "TEA", coldChain: false),
        Category(slug: "coffee", lines: [
            ProductLine(name: "云南小粒咖啡豆 500g Yunnan arabica beans", unit: "bag", price: 49...168),
            ProductLine(name: "冷萃咖啡液 x6 Cold brew concentrate", unit: "box", price: 39...99),
            ProductLine(name: "挂耳咖啡 20包 Drip bags x20", unit: "box", price: 29...89),
            ProductLine(name: "耶加雪菲 250g Ethiopia Yirgacheffe", unit: "bag", price: 68...198),
        ], origins: ["云南保山", "云南普洱", "ET"], skuPrefix: "COF", coldChain: false),
        Category(slug: "snacks", lines: [
            ProductLine(name: "坚果大礼包 Mixed nuts gift box", unit: "box", price: 59...268),
            ProductLine(name: "芒果干 500g Dried mango", unit: "bag", price: 19...59),
            ProductLine(name: "牛肉干 200g Beef jerky", unit: "bag", price: 29...89),
            ProductLine(name: "海苔脆 x12 Seaweed crisps", unit: "box", price: 15...45),
            ProductLine(name: "手撕面包 1kg Milk bread", unit: "box", price: 19...49),
        ], origins: ["广东潮州", "内蒙古", "TH", "福建漳州"], skuPrefix: "SNK", coldChain: false),
        Category(slug: "beauty", lines: [
            ProductLine(name: "玻尿酸面膜 10片 Hyaluronic masks x10", unit: "box", price: 39...199),
            ProductLine(name: "防晒霜 SPF50 Sunscreen 50ml", unit: "piece", price: 59...299),
            ProductLine(name: "玫瑰纯露 Rose water toner", unit: "piece", price: 49...169),
            ProductLine(name: "护手霜套装 Hand cream set", unit: "set", price: 29...129),
        ], origins: ["上海", "KR", "JP", "FR"], skuPrefix: "BEA", coldChain: false),
        Category(slug: "baby", lines: [
            ProductLine(name: "婴儿湿巾 80抽 Baby wipes x80", unit: "pack", price: 9...39),
            ProductLine(name: "有机米粉 Organic rice cereal", unit: "box", price: 39...129),
            ProductLine(name: "竹纤维纸尿裤 M Bamboo diapers", unit: "pack", price: 59...189),
            ProductLine(name: "儿童牙刷 x4 Kids toothbrushes", unit: "set", price: 19...59),
        ], origins: ["浙江", "NZ", "JP", "DE"], skuPrefix: "BAB", coldChain: false),
        Category(slug: "home", lines: [
            ProductLine(name: "竹纤维毛巾 3条装 Bamboo towels x3", unit: "pack", price: 29...99),
            ProductLine(name: "陶瓷马克杯 4只装 Ceramic mug set", unit: "set", price: 49...189),
            ProductLine(name: "收纳箱 3件套 Storage box 3-pack", unit: "set", price: 39...129),
            ProductLine(name: "香薰蜡烛 200g Scented candle", unit: "piece", price: 39...159),
        ], origins: ["景德镇", "浙江义乌", "SE", "广东佛山"], skuPrefix: "HOM", coldChain: false),
        Category(slug: "fresh", lines: [
            ProductLine(name: "赣南脐橙 5kg Gannan navel oranges", unit: "box", price: 39...99),
            ProductLine(name: "挪威三文鱼 1kg Norwegian salmon", unit: "kg", price: 128...368),
            ProductLine(name: "阳澄湖大闸蟹 8只 Hairy crabs x8", unit: "box", price: 298...1288),
            ProductLine(name: "牛油果 6个 Avocados x6", unit: "box", price: 29...79),
            ProductLine(name: "云南冰糖橙 5kg Bingtang oranges", unit: "box", price: 49...99),
        ], origins: ["江西赣州", "NO", "苏州阳澄湖", "MX", "云南玉溪"], skuPrefix: "FRS", coldChain: true),
        Category(slug: "electronics", lines: [
            ProductLine(name: "65W 氮化镓充电器 USB-C charger", unit: "piece", price: 79...249),
            ProductLine(name: "蓝牙耳机 Wireless earbuds", unit: "piece", price: 99...899),
            ProductLine(name: "充电宝 20000mAh Power bank", unit: "piece", price: 79...299),
            ProductLine(name: "智能手环 Smart band", unit: "piece", price: 149...499),
        ], origins: ["广东深圳", "广东东莞", "TW"], skuPrefix: "ELE", coldChain: false),
        Category(slug: "apparel", lines: [
            ProductLine(name: "纯棉T恤 Cotton tee", unit: "piece", price: 49...199),
            ProductLine(name: "轻薄羽绒服 Light down jacket", unit: "piece", price: 299...1299),
            ProductLine(name: "跑步袜 5双 Running socks x5", unit: "pack", price: 29...89),
            ProductLine(name: "真丝围巾 Silk scarf", unit: "piece", price: 129...699),
        ], origins: ["浙江杭州", "江苏苏州", "广东广州", "NO"], skuPrefix: "APP", coldChain: false),
    ]

    static let freshCategory = categories.firstIndex { $0.slug == "fresh" }!

    static let productTags = ["organic", "gift", "new", "bestseller", "imported", "local", "bundle", "eco", "limited"]
    static let productVariants = ["", "", "", " 经典款", " Classic", " 礼盒装", " 家庭装 Family pack", " Pro", " 2025 新款"]
    static let productBlurbs = [
        "源头直供，产地直发。\nDirect from the source, shipped from origin.",
        "每批次质检报告可查。\nA quality report for every batch: ask your merchant.",
        "适合送礼，含礼袋。\nGift-ready, with a gift bag.\n",
        "限量供应，售完即止。\nLimited supply: gone when it's gone.",
    ]

    // MARK: Parties

    static let supplierPrefixesZh = ["华南", "江浙", "云贵", "长三角", "珠江", "东北", "西北", "川渝", "闽南", "胶东"]
    static let supplierPrefixesEn = ["South China", "Jiangzhe", "Yungui", "Yangtze Delta", "Pearl River", "Northeast", "Northwest", "Sichuan-Chongqing", "Minnan", "Jiaodong"]
    static let supplierTradesZh = ["优选", "源头", "农品", "日化", "食品", "纺织", "数码", "茶业", "水产"]
    static let supplierTradesEn = ["Select", "Source", "Farm Produce", "Household", "Foods", "Textiles", "Digital", "Tea", "Seafood"]
    static let supplierSuffixesZh = ["供应链", "工厂", "合作社", "集团", "贸易"]
    static let supplierSuffixesEn = ["Supply Chain", "Factory", "Co-op", "Group", "Trading"]
    static let overseasSuppliers: [String: [String]] = [
        "NO": ["Fjord Seafood AS", "Nordkapp Salmon AS", "Bergen Knitwear AS"],
        "SG": ["Lion City Imports Pte Ltd", "Straits Trading Pte Ltd"],
        "HK": ["Harbour Trade Ltd", "Kowloon Household Goods Ltd"],
        "US": ["Hudson Valley Naturals LLC", "Empire Nut Company Inc."],
        "JP": ["Kyoto Matcha Works KK", "Sakura Beauty KK"],
    ]
    static let supplierBlurbs = [
        "源头直供，48小时发货。\nDirect from source; ships within 48 h.",
        "通过平台资质审核，支持账期。\nQualified by the platform; trades on credit terms.",
        "自有工厂，支持定制与反向定制。\nOwn factory: custom runs and C2B designs welcome.",
        "Cold-chain logistics to every tier-1 city.",
    ]

    static let communityNames = ["阳光花园", "翠湖小区", "滨江一号", "幸福里", "金桥新村", "望京西园", "南山花园", "锦绣江南"]
    static let brandWords = ["山野", "初心", "Nordlys", "BambooLeaf", "Lucky Cat", "茶语", "Fjell", "OceanPure"]
    static let lenders = ["平台自营", "招商银行", "网商银行 MYbank", "微众银行 WeBank", "Standard Chartered"]
    static let customerTags = ["vip", "wechat", "douyin", "xiaohongshu", "student", "family", "night-owl"]
    static let businessTradesZh = ["餐厅", "咖啡馆", "便利店", "茶室", "烘焙坊", "办公室"]
    static let businessTradesEn = ["Bistro", "Café", "Corner Shop", "Tea House", "Bakery", "Offices"]
    static let streetNames = ["科技园南路", "人民路", "解放大道", "中山路", "Karl Johans gate", "Orchard Road", "Queen's Road"]

    // MARK: Orders and service

    static let orderNotes = [
        "请尽快发货", "Leave at the front desk", "送礼用，请不要放发票", "Call before delivery", "周末送货",
        "放快递柜 #3", "Note: ring twice", "请用纸箱包装，不要用袋子。\nPlease use a box, not a bag.",
        "NO", "- fragile -", "门口有狗，请小心",
    ]
    static let ticketTexts: [String: [String]] = [
        "RETURN": ["「%@」包装破损，申请退货。\nThe package of %@ arrived damaged.", "Wrong size, want to return %@"],
        "EXCHANGE": ["「%@」颜色不对，申请换货", "Exchange %@ for a newer batch"],
        "COMPLAINT": ["物流太慢，%@ 一周还没到", "Customer service did not answer for two days"],
        "REFUND_ONLY": ["「%@」到货已变质，申请仅退款", "%@ arrived spoiled: refund only, please"],
    ]
    static let resolutions: [String: [String]] = [
        "RETURN": ["Full refund after the goods came back", "退货退款完成"],
        "EXCHANGE": ["Replacement shipped", "已换新发出"],
        "COMPLAINT": ["Apology and a 10.00 coupon", "已致歉并补偿优惠券"],
        "REFUND_ONLY": ["Refunded without return", "仅退款已完成"],
    ]

    // MARK: Logistics

    struct Carrier: Sendable {
        var name: String
        /// Tracking number shape: a prefix and a count of digits.
        var prefix: String
        var digits: Int
        var suffix: String = ""
        var weight: Double
    }

    /// Domestic carriers. ZTO's and Deppon's numbers are all digits (Deppon's with leading
    /// zeros): plain YAML integers to a YAML 1.1 reader, text under the schema's `String`.
    static let domesticCarriers: [Carrier] = [
        Carrier(name: "中通快递 ZTO Express", prefix: "7", digits: 11, weight: 22),
        Carrier(name: "圆通速递 YTO Express", prefix: "YT", digits: 13, weight: 18),
        Carrier(name: "韵达快递 Yunda", prefix: "43", digits: 11, weight: 15),
        Carrier(name: "顺丰速运 SF Express", prefix: "SF", digits: 13, weight: 15),
        Carrier(name: "京东物流 JD Logistics", prefix: "JDVA", digits: 11, weight: 12),
        Carrier(name: "极兔速递 J&T Express", prefix: "JT", digits: 13, weight: 10),
        Carrier(name: "德邦快递 Deppon", prefix: "00", digits: 10, weight: 4),
    ]
    static let domesticCarrierTable = WeightedTable(domesticCarriers.map(\.weight))
    static let coldChainCarrier = Carrier(name: "顺丰冷运 SF Cold Chain", prefix: "SF", digits: 13, weight: 1)
    static let internationalCarrier = Carrier(name: "EMS 中国邮政速递", prefix: "E", digits: 9, suffix: "CN", weight: 1)
    static let norwegianCarrier = Carrier(name: "Bring", prefix: "70", digits: 15, weight: 1)
    static let airlines = ["Finnair Cargo", "Cathay Cargo", "China Southern Cargo", "SF Airlines"]
    static let deliveryNotes = ["Signed by reception", "已放快递柜", "本人签收", "Left with neighbour", "驿站代收"]
    static let exceptionNotes = ["天气原因延误 Weather delay", "地址不详，联系收件人 Address unclear", "Customs inspection"]

    /// Warehouse sites: region code, Chinese and English name.
    static let warehouseSites: [(region: String, zh: String, en: String)] = [
        ("0755", "深圳前海仓", "Shenzhen Qianhai"), ("021", "上海青浦仓", "Shanghai Qingpu"),
        ("020", "广州白云仓", "Guangzhou Baiyun"), ("028", "成都双流仓", "Chengdu Shuangliu"),
        ("0571", "杭州下沙仓", "Hangzhou Xiasha"), ("027", "武汉东西湖仓", "Wuhan Dongxihu"),
        ("010", "北京顺义仓", "Beijing Shunyi"), ("0871", "昆明官渡仓", "Kunming Guandu"),
        ("NO", "奥斯陆仓", "Oslo Hub"), ("SG", "裕廊仓", "Jurong DC"), ("HK", "葵涌仓", "Kwai Chung DC"),
    ]

    // MARK: Campaigns, group buys, procurement, polls

    static let merchantCampaignNames = ["%@ 粉丝福利日 Fans Day", "%@ 周年庆 Anniversary", "%@ 直播专场 Live Special",
                                        "%@ 会员日 Members' Day", "%@ 清仓 Clearance"]
    static let groupBuyTitles = ["拼团: %@", "Team buy: %@", "社区团购: %@"]
    static let groupBuyBlurbs = ["十人成团，产地直发。\nTen neighbours and the price drops.", "Pick up at the community station.",
                                 "团长统一配送到小区门口。"]
    static let poolTitles = ["%@ 集采 %@ pool", "%@ Q%@ pooled order"]
    static let purchaseNotes = ["Deliver to the back door", "请开增值税专票", "分两批发货 Ship in two lots", "Pallets, please"]
    static let pollTitles = ["%@ 图案投票 design vote", "Choose our next %@ design", "%@ 新品共创 co-creation poll"]
    static let designTitles = [("梅花", "Plum blossom"), ("熊猫涂鸦", "Panda doodle"), ("山水", "Ink landscape"),
                               ("极光", "Northern lights"), ("锦鲤", "Lucky koi"), ("竹影", "Bamboo shadow")]
}

extension String {
    /// `"拼团: %@"` with each `%@` replaced in turn.
    func filled(_ values: String...) -> String {
        var result = ""
        var remaining = values[...]
        var rest = self[...]
        while let range = rest.range(of: "%@") {
            result += rest[..<range.lowerBound]
            result += remaining.popFirst() ?? ""
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
