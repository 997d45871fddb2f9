/// A place where parties live and warehouses stand: a Chinese telephone area code or a country /
/// territory code, as the schema's `region` fields hold them. Several are YAML 1.1 traps when
/// written plain: `0755` and `021` (octal-looking, leading zeros), `NO` (a boolean to YAML 1.1),
/// postcodes such as `0150` (Oslo) and `518000`.
struct Region: Sendable {
    var code: String
    var cityZh: String
    var cityEn: String
    var country: String
    var postcode: String
    var zone: Zone
    /// How many parties are here, relative to the others.
    var weight: Double
    /// A transfer hub near the city, for tracking events.
    var hub: String
    var isChina: Bool { country == "CN" }
}

enum Regions {
    static let all: [Region] = [
        Region(code: "0755", cityZh: "深圳", cityEn: "Shenzhen", country: "CN", postcode: "518000", zone: .china, weight: 14, hub: "深圳宝安转运中心 Shenzhen Bao'an hub"),
        Region(code: "021", cityZh: "上海", cityEn: "Shanghai", country: "CN", postcode: "200000", zone: .china, weight: 14, hub: "上海青浦转运中心 Shanghai Qingpu hub"),
        Region(code: "010", cityZh: "北京", cityEn: "Beijing", country: "CN", postcode: "100000", zone: .china, weight: 12, hub: "北京顺义转运中心 Beijing Shunyi hub"),
        Region(code: "020", cityZh: "广州", cityEn: "Guangzhou", country: "CN", postcode: "510000", zone: .china, weight: 10, hub: "广州白云转运中心 Guangzhou Baiyun hub"),
        Region(code: "0571", cityZh: "杭州", cityEn: "Hangzhou", country: "CN", postcode: "310000", zone: .china, weight: 9, hub: "杭州下沙转运中心 Hangzhou Xiasha hub"),
        Region(code: "028", cityZh: "成都", cityEn: "Chengdu", country: "CN", postcode: "610000", zone: .china, weight: 7, hub: "成都双流转运中心 Chengdu Shuangliu hub"),
        Region(code: "027", cityZh: "武汉", cityEn: "Wuhan", country: "CN", postcode: "430000", zone: .china, weight: 6, hub: "武汉东西湖转运中心 Wuhan hub"),
        Region(code: "025", cityZh: "南京", cityEn: "Nanjing", country: "CN", postcode: "210000", zone: .china, weight: 4, hub: "南京江宁转运中心 Nanjing hub"),
        Region(code: "023", cityZh: "重庆", cityEn: "Chongqing", country: "CN", postcode: "400000", zone: .china, weight: 4, hub: "重庆两江转运中心 Chongqing hub"),
        Region(code: "0871", cityZh: "昆明", cityEn: "Kunming", country: "CN", postcode: "650000", zone: .china, weight: 3, hub: "昆明官渡转运中心 Kunming hub"),
        Region(code: "0591", cityZh: "福州", cityEn: "Fuzhou", country: "CN", postcode: "350000", zone: .china, weight: 3, hub: "福州仓山转运中心 Fuzhou hub"),
        Region(code: "0532", cityZh: "青岛", cityEn: "Qingdao", country: "CN", postcode: "266000", zone: .china, weight: 3, hub: "青岛胶州转运中心 Qingdao hub"),
        Region(code: "HK", cityZh: "香港", cityEn: "Hong Kong", country: "HK", postcode: "999077", zone: .china, weight: 3, hub: "Hong Kong Airport Logistics Centre"),
        Region(code: "SG", cityZh: "新加坡", cityEn: "Singapore", country: "SG", postcode: "018989", zone: .china, weight: 2, hub: "Singapore Changi Airfreight Centre"),
        Region(code: "NO", cityZh: "奥斯陆", cityEn: "Oslo", country: "NO", postcode: "0150", zone: .centralEurope, weight: 1.5, hub: "Oslo Gardermoen"),
        Region(code: "US", cityZh: "纽约", cityEn: "New York", country: "US", postcode: "10013", zone: .usEastern, weight: 1, hub: "JFK International Airport"),
        Region(code: "JP", cityZh: "东京", cityEn: "Tokyo", country: "JP", postcode: "100-0005", zone: .fixed(minutes: 540), weight: 1, hub: "Narita Airport Cargo"),
    ]

    static let table = WeightedTable(all.map(\.weight))
    static let chinese: [Int] = all.indices.filter { all[$0].isChina }
    static let shenzhen = 0
    static let norway = all.firstIndex { $0.code == "NO" }!

    static func pick(_ random: inout EntityRandom) -> Int { table.pick(&random) }
}
