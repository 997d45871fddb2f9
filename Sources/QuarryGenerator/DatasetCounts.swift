/// How many documents of each collection a scale gives (N = the number of orders). The minimums
/// keep every collection, and every kind of reference, present at the smallest scales.
///
/// | collection       | documents                                  | files                                        |
/// |------------------|--------------------------------------------|----------------------------------------------|
/// | orders           | N                                          | `orders/YYYY/MM/o-NNNNNN.yaml`, one each, id from the path |
/// | customers        | max(10, N/5)                               | `customers/persons/NNN/c-NNNNNN.json`, `customers/businesses/c-NNNNNN.json` |
/// | merchants        | max(5, N/50)                               | `merchants/YYYY/m-NNNNN.yaml` (YYYY: joined) |
/// | suppliers        | max(3, N/500)                              | `suppliers/s-NNNN.yaml` (every fifth `.yml`) |
/// | products         | max(10, N/20)                              | `products/s-NNNN.yaml`, a YAML stream per supplier |
/// | warehouses       | 2 per supplier                             | `warehouses/w-NNNN.yml`                      |
/// | campaigns        | 8 platform-wide + max(2, N/1000) merchants' | `campaigns/YYYY.yaml`, a YAML list per year  |
/// | group buys       | max(2, N/200)                              | `group-buys/YYYY.json`, a JSON list per deadline year |
/// | tickets          | max(2, N/20)                               | `tickets/YYYY/MM/t-NNNNNN.json`              |
/// | shipments        | one per shipped order, two for split ones  | `shipments/YYYY/MM/YYYY-MM-DD.yaml`, a YAML stream per day |
/// | purchase orders  | max(5, N/100)                              | `purchase-orders/YYYY/po-NNNNN.yaml`         |
/// | purchase pools   | max(2, N/1000)                             | `purchase-pools/YYYY.json`, a JSON list per year |
/// | design polls     | max(2, N/2000)                             | `design-polls/dp-NNN.yml`                    |
public struct DatasetCounts: Sendable, Equatable {
    public var orders: Int
    public var customers: Int
    public var merchants: Int
    public var suppliers: Int
    public var products: Int
    public var warehouses: Int
    /// The eight platform-wide campaigns (年货节, 618, 双十一, 双十二 of 2024 and 2025) first.
    public var campaigns: Int
    public var groupBuys: Int
    public var tickets: Int
    public var purchaseOrders: Int
    public var purchasePools: Int
    public var designPolls: Int

    public static let platformCampaigns = 8

    public init(scale: Int) {
        orders = scale
        customers = max(10, scale / 5)
        merchants = max(5, scale / 50)
        suppliers = max(3, scale / 500)
        products = max(10, scale / 20)
        warehouses = 2 * suppliers
        campaigns = Self.platformCampaigns + max(2, scale / 1000)
        groupBuys = max(2, scale / 200)
        tickets = max(2, scale / 20)
        purchaseOrders = max(5, scale / 100)
        purchasePools = max(2, scale / 1000)
        designPolls = max(2, scale / 2000)
    }
}
