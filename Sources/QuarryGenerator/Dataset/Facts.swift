/// What the generator decides about each entity before anything is written. Indices are
/// 0-based positions in the dataset's arrays; ids are made from them when written (`index + 1`).

struct SupplierFacts: Sendable {
    var name: String
    var region: Int
    /// Rating in tenths (47 is 4.7).
    var rating: Int
    var certification: String
    var since: Int
    /// Indices into `Vocabulary.categories`, ascending.
    var categories: [Int]
    var creditTermsDays: Int
    var description: String?
    var website: String?
    var usesYML: Bool
    var digitSKUs: Bool
    var weight: Double
}

struct ProductFacts: Sendable {
    var supplier: Int
    var category: Int
    var sku: String
    var name: String
    var listPrice: Int
    var wholesalePrice: Int
    var tags: [String]
    var launchedOn: Int
    var active: Bool
    var description: String?
    var unit: String?
    var minOrderQuantity: Int?
    var origin: String?
    var imageCount: Int
    var popularity: Double
}

struct StockFacts: Sendable {
    var product: Int
    var quantity: Int
    var reserved: Int?
}

struct WarehouseFacts: Sendable {
    var name: String
    var region: Int
    var supplier: Int
    var capacity: Int
    var stock: [StockFacts]
    var address: String?
    var coldChain: Bool?
}

enum MerchantKind: String, Sendable, CaseIterable {
    case individual = "INDIVIDUAL", store = "STORE", distributor = "DISTRIBUTOR", reseller = "RESELLER"
    case creator = "CREATOR", shopGuide = "SHOP_GUIDE", communityLeader = "COMMUNITY_LEADER", brand = "BRAND"

    /// A "small B": one person selling to the people around them.
    var isSmall: Bool { [.individual, .creator, .shopGuide, .communityLeader].contains(self) }
}

struct CreditLineFacts: Sendable {
    var limit: Int
    var used: Int
    /// Yearly rate in thousandths (45 is 0.045).
    var rate: Int
    var expiresOn: Int
    var lender: String?
    var repaymentDays: Int?
}

struct MerchantFacts: Sendable {
    var name: String
    var kind: MerchantKind
    var region: Int
    var upline: Int?
    var suppliers: [Int]
    var joinedAt: Stamp
    var creditLine: CreditLineFacts?
    var owner: String?
    var weight: Double
}

struct CustomerFacts: Sendable {
    var name: String
    var email: String
    var phone: String
    var region: Int
    var merchant: Int
    var referredBy: Int?
    /// When the customer would have joined; moved earlier if they were active before.
    var drawnJoin: Int64
    /// How long before their first activity a customer joined, when that comes first.
    var joinLead: Int64
    var birthday: Int?
    var tags: [String]
    var isBusiness: Bool
    /// Whether the document states `kind` (older person documents leave it out).
    var writesKind: Bool
    var taxId: String?
    var activity: Double
}

struct CampaignFacts: Sendable {
    var name: String
    var kind: String
    var percentOff: Int?
    var startsAt: Stamp
    var endsAt: Stamp
    var amountOff: Int?
    var minimumSpend: Int?
    var organizer: Int?
}

struct PledgeFacts: Sendable {
    var customer: Int
    var quantity: Int
    var pledgedAt: Stamp
}

struct GroupBuyFacts: Sendable {
    var title: String
    var product: Int
    var organizer: Int
    var originalPrice: Int
    var targetPrice: Int
    var threshold: Int
    var deadline: Stamp
    var status: String
    var pledges: [PledgeFacts]
    var description: String?
}

struct OrderItemFacts: Sendable {
    var product: Int
    var quantity: Int
    var unitPrice: Int
}

struct OrderFacts: Sendable {
    var customer: Int
    var merchant: Int
    var status: String
    var placedAt: Stamp
    var paidAt: Stamp?
    var shippedAt: Stamp?
    var deliveredAt: Stamp?
    var cancelledAt: Stamp?
    var refundedAt: Stamp?
    /// When the carrier delivered (or would deliver) the first parcel, whether or not the
    /// customer confirmed it; nil when nothing shipped.
    var parcelArrival: Int64?
    /// The parcel went back to the warehouse (the order stays SHIPPED, disputed).
    var parcelReturned: Bool
    var parcels: Int
    var warehouse: Int
    var campaign: Int?
    var groupBuy: Int?
    var items: [OrderItemFacts]
    var shippingFee: Int
    var discount: Int
    var note: String?
    var channel: String?
    var flowItems: Bool
    var legacy: Bool

    var subtotal: Int { items.reduce(0) { $0 + $1.quantity * $1.unitPrice } }
    var total: Int { subtotal + shippingFee - discount }
}

struct TrackingEventFacts: Sendable {
    var at: Stamp
    var status: String
    var place: String
    var carrier: String?
    var note: String?
}

struct ShipmentFacts: Sendable {
    var order: Int
    var warehouse: Int?
    var carrier: String
    var trackingNumber: String
    var status: String
    var shippedAt: Stamp
    var deliveredAt: Stamp?
    var coldChain: Bool?
    var events: [TrackingEventFacts]
}

struct TicketFacts: Sendable {
    var order: Int
    var kind: String
    var status: String
    var openedAt: Stamp
    var steppedInAt: Stamp?
    var resolvedAt: Stamp?
    var description: String
    var resolution: String?
    var refundAmount: Int?
    /// Older tickets came from a system that wrote money as JSON strings (`"286.00"`).
    var refundAsText: Bool
}

struct PurchasePoolFacts: Sendable {
    var title: String
    var supplier: Int
    var status: String
    var opensAt: Stamp
    var closesAt: Stamp
    var orderedAt: Stamp?
    /// When the supplier delivered the pooled order (received pools).
    var receivedAt: Int64?
    var minimumUnits: Int?
}

struct PurchaseOrderFacts: Sendable {
    var merchant: Int
    var supplier: Int
    var pool: Int?
    var status: String
    var submittedAt: Stamp
    var receivedAt: Stamp?
    var items: [OrderItemFacts]
    var creditDrawn: Int?
    var note: String?
}

struct CandidateFacts: Sendable {
    var code: String
    var title: String
    var description: String?
    var imageURL: String?
}

struct VoteFacts: Sendable {
    var customer: Int
    var candidate: Int
    var votedAt: Stamp
}

struct DesignPollFacts: Sendable {
    var title: String
    var organizer: Int
    var supplier: Int
    var category: String
    var status: String
    var opensAt: Stamp
    var closesAt: Stamp
    var candidates: [CandidateFacts]
    var votes: [VoteFacts]
    var winner: Int?
    var product: Int?
}
