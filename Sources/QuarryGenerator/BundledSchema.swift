// Generated from schema/*.graphql by BundledSchemaTests: do not edit by hand.
// After changing a schema file, regenerate it with
//     QUARRY_UPDATE_BUNDLED_SCHEMA=1 swift test --filter BundledSchemaTests
// The test fails whenever this file and schema/ differ by a single byte.

/// The bundled S2B2C schema: the files of the repository's `schema/` folder, embedded so that
/// `quarry generate` writes a complete root from the binary alone.
public enum BundledSchema {
    public struct File: Sendable {
        public let name: String
        public let text: String
    }

    public static let files: [File] = [
        File(name: "catalog.graphql", text: #"""
# What is sold and where it is kept: products (SKUs), warehouses and their stock.

"""
A product (one SKU) offered by a supplier. Merchants buy it at `wholesalePrice` (批发价) and
sell it to customers at up to `listPrice` (零售价); the difference is their margin.
"""
type Product @collection(path: "products") {
  "Stable identifier, `p-` and six digits, e.g. `p-000012`."
  id: ID!
  "The supplier's stock-keeping unit code, as text: `0012345`, `1e3` and `TEA-000001` are all kept exactly as written."
  sku: String!
  "Product name as shown to customers, often with size or pack, e.g. `云南普洱茶 357g`."
  name: String!
  "Category slug, lower case, e.g. `tea`, `coffee`, `snacks`, `beauty`, `baby`, `home`, `fresh`, `electronics`, `apparel`."
  category: String!
  "Suggested retail price per unit, CNY."
  listPrice: Decimal!
  "Price per unit a merchant pays the supplier, CNY. Stored under the key `wholesale_price`."
  wholesalePrice: Decimal! @key(name: "wholesale_price")
  "The supplier that offers this product."
  supplier: Supplier! @ref
  "Free labels, e.g. `organic`, `gift`, `imported`, `bestseller`."
  tags: [String!]!
  "Date the product went on sale on the platform."
  launchedOn: Date!
  "False once the supplier has delisted the product; past orders keep referring to it."
  active: Boolean!
  "Longer description for the product page; may span several lines."
  description: String
  "Sales unit, e.g. `box`, `bag`, `kg`, `piece`."
  unit: String
  "Smallest quantity a merchant may buy at wholesale price in one purchase order (起订量)."
  minOrderQuantity: Int
  "Place of origin (产地), e.g. `云南普洱` or the country code `NO`."
  origin: String
  "Pictures of the product, the main picture first."
  images: [URL!]
  "Group buys (拼团) for this product."
  groupBuys: [GroupBuy!]! @reverse(field: "product")
  "Units sold in shipped or delivered orders over (those units plus units in stock in every warehouse); 0 when both are 0."
  sellThroughRate: Float! @computed
}

"""How many units of one product a warehouse holds."""
type StockLevel {
  "The product kept in stock."
  product: Product! @ref
  "Units on hand (0 means out of stock but still listed)."
  quantity: Int!
  "Units set aside for paid orders that have not shipped yet; null when not tracked."
  reserved: Int
}

"""
A shared warehouse (共享仓) run by a supplier. Small merchants keep no stock of their own:
customer orders ship from here. A warehouse may hold other suppliers' products too (shared warehousing).
"""
type Warehouse @collection(path: "warehouses") {
  "Stable identifier, `w-` and four digits, e.g. `w-0003`."
  id: ID!
  "Warehouse name, e.g. `深圳前海仓` or `Oslo Hub`."
  name: String!
  "Telephone area code or country code of the warehouse's location, e.g. `0755` or `NO`."
  region: String!
  "The supplier that runs the warehouse."
  supplier: Supplier! @ref
  "Storage capacity in units."
  capacity: Int!
  "Current stock, one entry per product."
  stock: [StockLevel!]!
  "Street address."
  address: String
  "True when the warehouse has cold storage (冷链) for fresh and frozen goods."
  coldChain: Boolean
  "Orders shipped (or to be shipped) from this warehouse."
  orders: [Order!]! @reverse(field: "warehouse")
  "Parcels that left this warehouse."
  shipments: [Shipment!]! @reverse(field: "warehouse")
}

"""#),
        File(name: "directives.graphql", text: #"""
# Quarry's storage directives (PRODUCT.md §4) and the custom scalars of the S2B2C graph.
# Every other file in schema/ uses these; the gateway generates the query API from them.

"""
Marks an object type as stored: its documents live under `data/<path>/` (read recursively,
`.yaml`, `.yml` and `.json`), and the gateway generates the root fields `t(id:)` and `ts(...)`
for it. Object types without `@collection` are embedded values inside a stored document.
"""
directive @collection(
  "Folder under `data/` that holds the documents, e.g. `orders` or `group-buys`."
  path: String!
  "Name of the generated list field when the default (type name in camelCase plus `s`) reads badly, e.g. `groupBuys`."
  plural: String
) on OBJECT

"""
The stored value is the `id` of a document of the field's type (or a list of ids for a list
field); the gateway resolves it to that document. A reference to a missing document resolves
to null (and is left out of a list).
"""
directive @ref(
  "Reserved: the key of the target document the stored value names. Leave it out to use `id`."
  key: String
) on FIELD_DEFINITION

"""
Not stored: the list of documents of the field's type whose `@ref` field named by `field`
points at this document (e.g. a merchant's `orders` are the orders whose `merchant` is it).
"""
directive @reverse(
  "Name of the `@ref` field on the target type that points back here, e.g. `merchant`."
  field: String!
) on FIELD_DEFINITION

"""
The value is stored under another key in the document than the field's name, e.g. `placedAt`
is written `placed_at` in the order files.
"""
directive @key(
  "The key as written in the stored document."
  name: String!
) on FIELD_DEFINITION

"""
Not stored: the value is derived from other documents by code registered in the gateway
(totals, commission, segments, progress...). Computed fields can still be filtered, sorted,
aggregated and grouped like stored ones.
"""
directive @computed on FIELD_DEFINITION

"""
A point in time: an ISO 8601 / RFC 3339 date-time that always carries its UTC offset, e.g.
`2025-11-11T20:00:00+08:00`, `2025-03-02T09:15:00Z` or `2025-07-01T14:00:00+02:00`. Seconds
and a fraction are optional; a value without an offset is rejected. Values compare by instant,
whatever offset they were written in, and are returned as stored.
"""
scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

"""
A calendar date without a time of day or time zone, written `YYYY-MM-DD`, e.g. `2026-06-30`.
Dates compare chronologically.
"""
scalar Date @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")

"""
An exact decimal number, used for money (Chinese yuan, CNY, unless a field says otherwise) and
rates, e.g. `35.50` or `1234.50`. Returned as a JSON string in plain notation that keeps the
stored scale (`"35.50"`, never `35.5` or `3.55e1`); sums and averages are exact, with no
binary floating-point artefacts. As an argument it may be given as a string or a number.
"""
scalar Decimal @specifiedBy(url: "https://speleotrove.com/decimal/decarith.html")

"""
An absolute web address (https), e.g. a product picture or a supplier's home page. Kept and
returned as text; compared as text.
"""
scalar URL @specifiedBy(url: "https://url.spec.whatwg.org/")

"""#),
        File(name: "finance.graphql", text: #"""
# Money that is not an order line: merchant credit (supply-chain finance) and commission.

"""
A merchant's purchase loan (采购贷, supply-chain finance): the platform lends against the
merchant's sales record so it can buy stock before its customers pay. Purchase orders can be
drawn on it (`PurchaseOrder.creditDrawn`).
"""
type CreditLine {
  "Maximum amount the merchant may owe, CNY."
  limit: Decimal!
  "Amount currently drawn and not yet repaid, CNY; never above `limit`."
  used: Decimal!
  "Yearly interest rate as a fraction, e.g. `0.045` for 4.5 %."
  rate: Float!
  "Last day the line can be drawn on; it must be renewed after that."
  expiresOn: Date!
  "Who provides the money: the platform itself or a partner bank, e.g. `平台自营` or `招商银行`."
  lender: String
  "Days allowed to repay each drawing, e.g. 60."
  repaymentDays: Int
}

"""
How an order's total is shared out (分账). Platform 2 %, referrer 3 % when the customer was
referred (otherwise 0.00), merchant 10 %, each rounded half-up to the cent; the supplier gets
the rest, so the four parts always add up exactly to the order total.
"""
type CommissionSplit {
  "What the supplier receives: the total minus the three other parts."
  supplier: Decimal!
  "The selling merchant's commission, 10 % of the total."
  merchant: Decimal!
  "The referring merchant's or guide's commission, 3 % of the total, or 0.00 without a referrer."
  referrer: Decimal!
  "The platform's service fee, 2 % of the total."
  platform: Decimal!
}

"""#),
        File(name: "groupbuys.graphql", text: #"""
# C2B, reverse commerce: customers' demand comes first. Group buys pool pledges until enough
# people join; design polls let customers choose what gets produced.

"""Lifecycle of a group buy. Declaration order: `OPEN SUCCEEDED FAILED`."""
enum GroupBuyStatus {
  "Collecting pledges until the deadline (the threshold may already be met)."
  OPEN
  "Closed with at least `threshold` participants: every pledge becomes an order at the target price."
  SUCCEEDED
  "Closed below the threshold: no orders, nobody is charged."
  FAILED
}

"""A customer's pledge (参团) to a group buy."""
type Pledge {
  "The customer who pledged. A customer may pledge more than once; they count once as a participant."
  customer: Customer! @ref
  "Units the customer wants."
  quantity: Int!
  "When the pledge was made."
  pledgedAt: DateTime!
}

"""
A group buy (拼团, C2B): a merchant offers a product at a lower target price if at least
`threshold` customers join before the deadline. It succeeds when the threshold is met.
"""
type GroupBuy @collection(path: "group-buys", plural: "groupBuys") {
  "Stable identifier, `gb-` and five digits, e.g. `gb-00001`."
  id: ID!
  "Title shown to customers, e.g. `拼团: 赣南脐橙 5kg`."
  title: String!
  "The product on offer."
  product: Product! @ref
  "The merchant (often a community leader) who runs the group buy."
  organizer: Merchant! @ref
  "Price per unit without the group buy, CNY (normally the product's list price)."
  originalPrice: Decimal!
  "Price per unit each participant pays if the group buy succeeds, CNY."
  targetPrice: Decimal!
  "Number of distinct participants needed (成团人数)."
  threshold: Int!
  "Last moment to pledge."
  deadline: DateTime!
  "OPEN, SUCCEEDED or FAILED."
  status: GroupBuyStatus!
  "Every pledge, in the order they were made."
  pledges: [Pledge!]!
  "Pitch text shown on the group buy page; may span several lines."
  description: String
  "Orders created when the group buy succeeded (orders whose `groupBuy` is this one)."
  orders: [Order!]! @reverse(field: "groupBuy")
  "Number of distinct customers who pledged."
  participantCount: Int! @computed
  "Participants over threshold, capped at 1 (0.5 means half way)."
  progress: Float! @computed
  "True when the number of distinct participants is at least the threshold."
  reachedThreshold: Boolean! @computed
}

"""Lifecycle of a design poll. Declaration order: `DRAFT VOTING CLOSED PRODUCED`."""
enum DesignPollStatus {
  "Being prepared; customers cannot see it yet."
  DRAFT
  "Customers can vote until `closesAt`."
  VOTING
  "Voting has ended; the winner is chosen but not yet on sale."
  CLOSED
  "The winning design was manufactured and is on sale as `product`."
  PRODUCED
}

"""One candidate design in a design poll."""
type DesignCandidate {
  "Short code customers vote for, unique within the poll, e.g. `A`, `2` or `NO` (always text)."
  code: String!
  "Name of the design, e.g. `Plum blossom print`."
  title: String!
  "What makes this design different; may span several lines."
  description: String
  "Picture of the design."
  imageUrl: URL
}

"""A customer's vote in a design poll."""
type DesignVote {
  "The customer who voted."
  customer: Customer! @ref
  "`code` of the candidate voted for."
  candidate: String!
  "When the vote was cast."
  votedAt: DateTime!
}

"""
A design poll (C2B, 反向定制): a merchant shows candidate designs to its customers, they vote,
and the winning design goes into production at the supplier.
"""
type DesignPoll @collection(path: "design-polls", plural: "designPolls") {
  "Stable identifier, `dp-` and three digits, e.g. `dp-002`."
  id: ID!
  "Title shown to customers."
  title: String!
  "The merchant who runs the poll."
  organizer: Merchant! @ref
  "The supplier that will manufacture the winning design."
  supplier: Supplier! @ref
  "Product category of the designs, e.g. `apparel`."
  category: String!
  "Where the poll is in its lifecycle."
  status: DesignPollStatus!
  "When voting opens."
  opensAt: DateTime!
  "When voting closes."
  closesAt: DateTime!
  "The designs to choose from."
  candidates: [DesignCandidate!]!
  "Every vote cast, in the order cast."
  votes: [DesignVote!]!
  "`code` of the winning candidate; null while voting."
  winner: String
  "The product made from the winning design, once PRODUCED."
  product: Product @ref
}

"""#),
        File(name: "logistics.graphql", text: #"""
# Logistics: parcels (shipments) and their tracking events.

"""State of a parcel or of one tracking step. Declaration order: `CREATED PICKED_UP IN_TRANSIT OUT_FOR_DELIVERY DELIVERED EXCEPTION RETURNED`."""
enum ShipmentStatus {
  "Label printed, waiting for the carrier to collect it (待揽收)."
  CREATED
  "Collected from the warehouse by the carrier (已揽收)."
  PICKED_UP
  "Moving between hubs (运输中)."
  IN_TRANSIT
  "With the courier for the last mile (派送中)."
  OUT_FOR_DELIVERY
  "Signed for by the recipient or left at a parcel locker (已签收)."
  DELIVERED
  "Delayed, damaged or undeliverable; the carrier is handling it (异常)."
  EXCEPTION
  "Sent back to the warehouse (退回)."
  RETURNED
}

"""One scan or status change of a parcel."""
type TrackingEvent {
  "When it happened, in the local time of `place` (with its offset)."
  at: DateTime!
  "The parcel's state after this event."
  status: ShipmentStatus!
  "Where it happened, e.g. `深圳宝安转运中心` or `Oslo Gardermoen`."
  place: String!
  "Carrier that handled this leg when it differs from the shipment's carrier (e.g. the airline of an international leg)."
  carrier: String
  "Carrier's remark, e.g. the name of the person who signed."
  note: String
}

"""
A parcel sent from a warehouse for an order, with its tracking history. An order usually has
one; large or mixed orders can be split into several.
"""
type Shipment @collection(path: "shipments") {
  "Stable identifier, `sh-` and six digits, e.g. `sh-000042`."
  id: ID!
  "The order this parcel belongs to."
  order: Order! @ref
  "The warehouse the parcel left from."
  warehouse: Warehouse @ref
  "Carrier name, e.g. `顺丰速运 SF Express`, `京东物流 JD Logistics`, `Bring`."
  carrier: String!
  "The carrier's tracking number, as text. Stored under the key `tracking_no`."
  trackingNumber: String! @key(name: "tracking_no")
  "Current state: the status of the latest tracking event."
  status: ShipmentStatus!
  "When the carrier collected the parcel."
  shippedAt: DateTime!
  "When it was delivered; null until DELIVERED."
  deliveredAt: DateTime
  "True when shipped refrigerated (冷链)."
  coldChain: Boolean
  "Tracking history, oldest first."
  events: [TrackingEvent!]!
}

"""#),
        File(name: "marketing.graphql", text: #"""
# Marketing: campaigns run by the platform or by a merchant.

"""How a campaign lowers the price. Declaration order: `DISCOUNT PERCENT_OFF FLASH_SALE`."""
enum CampaignKind {
  "A fixed amount off an order, usually above a minimum spend (满减, e.g. 30 off from 199)."
  DISCOUNT
  "A percentage off the order's items (打折), given in `percentOff`."
  PERCENT_OFF
  "A short, deep percentage cut on selected products while stock lasts (秒杀)."
  FLASH_SALE
}

"""
A campaign: a discount, a percent-off or a flash sale over a period of time. Orders placed in
the period can carry it (`Order.campaign`); their `discount` is what it took off.
"""
type Campaign @collection(path: "campaigns") {
  "Stable identifier, `cp-` and three digits, e.g. `cp-003`."
  id: ID!
  "Name shown to customers, e.g. `双十一大促`."
  name: String!
  "How the campaign lowers the price."
  kind: CampaignKind!
  "Percentage taken off, e.g. 20 for 20 % off; set for PERCENT_OFF and FLASH_SALE, null for DISCOUNT."
  percentOff: Int
  "When the campaign starts."
  startsAt: DateTime!
  "When the campaign ends."
  endsAt: DateTime!
  "Amount taken off an order, CNY; set for DISCOUNT."
  amountOff: Decimal
  "Smallest order subtotal (before shipping) the campaign applies to, CNY; null for no minimum."
  minimumSpend: Decimal
  "The merchant running the campaign for its own customers; null for a platform-wide campaign."
  organizer: Merchant @ref
  "Orders that used this campaign."
  orders: [Order!]! @reverse(field: "campaign")
}

"""#),
        File(name: "orders.graphql", text: #"""
# Customer orders (S2B2C): placed by a customer with a merchant, shipped from a warehouse.

"""
Lifecycle of an order. The usual path is PENDING, PAID, SHIPPED, DELIVERED; an order can be
CANCELLED before it ships or REFUNDED after payment (often after a return ticket).
Declaration order, which is also the sort order: `PENDING PAID SHIPPED DELIVERED CANCELLED REFUNDED`.
"""
enum OrderStatus {
  "Placed, waiting for payment (待付款)."
  PENDING
  "Paid, waiting to leave the warehouse (待发货)."
  PAID
  "Handed to the carrier (已发货); stays SHIPPED until the customer confirms receipt."
  SHIPPED
  "Received by the customer (已签收)."
  DELIVERED
  "Cancelled before shipping (已取消); nothing was charged or the payment was voided."
  CANCELLED
  "Money returned to the customer (已退款), with or without the goods coming back."
  REFUNDED
}

"""Where the customer placed the order."""
enum SalesChannel {
  "The merchant's WeChat mini-program shop (小程序)."
  MINI_PROGRAM
  "During a live stream (直播带货)."
  LIVE_STREAM
  "In a community or customer chat group run by a group leader or shop guide (社群)."
  COMMUNITY_GROUP
  "At the counter of a physical store (门店)."
  IN_STORE
  "Through the business ordering portal, for S2B2B customers."
  B2B_PORTAL
}

"""One line of an order: a product, how many, and the unit price actually charged."""
type OrderItem {
  "The product bought."
  product: Product! @ref
  "Number of units."
  quantity: Int!
  "Price per unit charged on this order, CNY: usually the list price, lower in a group buy or for business customers."
  unitPrice: Decimal!
}

"""
An order placed by a customer with a merchant. Order documents have no `id` key: the id is
the file's path under `data/orders/` without its extension, e.g. `2025/11/o-000152`.
"""
type Order @collection(path: "orders") {
  "The file path under `data/orders/` without extension: year, month and number, e.g. `2025/10/o-000123`."
  id: ID!
  "The customer who placed the order."
  customer: Customer! @ref
  "The merchant the order was placed with (normally the customer's own merchant); it earns the merchant commission."
  merchant: Merchant! @ref
  "Where the order is in its lifecycle."
  status: OrderStatus!
  "When the customer placed the order. Stored under the key `placed_at`."
  placedAt: DateTime! @key(name: "placed_at")
  "When payment was received; null while PENDING and for orders cancelled before payment."
  paidAt: DateTime
  "When the goods left the warehouse; set for SHIPPED and DELIVERED orders (and refunds after a return)."
  shippedAt: DateTime
  "When the customer received the goods; set for DELIVERED orders (and refunds after a return)."
  deliveredAt: DateTime
  "The warehouse the order ships from."
  warehouse: Warehouse! @ref
  "The campaign whose discount applies to this order, if any."
  campaign: Campaign @ref
  "The group buy (拼团) this order fulfils, if any; its items are charged at the group buy's target price."
  groupBuy: GroupBuy @ref
  "The order lines."
  items: [OrderItem!]!
  "Shipping fee charged to the customer, CNY (0.00 when free)."
  shippingFee: Decimal!
  "Amount taken off the order by a campaign or coupon, CNY (0.00 when none)."
  discount: Decimal!
  "The customer's note to the merchant, e.g. a delivery instruction."
  note: String
  "Where the order was placed."
  channel: SalesChannel
  "When the order was cancelled; set only for CANCELLED orders."
  cancelledAt: DateTime
  "When the money was returned; set only for REFUNDED orders."
  refundedAt: DateTime
  "Carrier tracking number of the order's parcel."
  trackingNumber: String @deprecated(reason: "An order can ship in several parcels: use `shipments { trackingNumber }`.")
  "Parcels sent for this order (usually one; large orders can be split)."
  shipments: [Shipment!]! @reverse(field: "order")
  "After-sales tickets (售后) opened about this order."
  tickets: [Ticket!]! @reverse(field: "order")
  "Sum of quantity times unit price over the items, plus shipping fee, minus discount; exact."
  total: Decimal! @computed
  "How the total is shared: platform 2 %, referrer 3 % when the customer was referred, merchant 10 %, supplier the rest."
  commission: CommissionSplit! @computed
}

"""#),
        File(name: "parties.graphql", text: #"""
# The three parties of S2B2C: suppliers (S), merchants (B) and customers (C).

"""
Outcome of a supplier's qualification review (资质审核). The platform re-reviews suppliers and
can move them up or down; see also the dynamic `rating`.
"""
enum CertificationLevel {
  "Not reviewed yet, or the review lapsed. Merchants see a warning on its products."
  NONE
  "Business licence and tax registration checked."
  BASIC
  "Factory or origin audited on site, product quality sampled."
  VERIFIED
  "Verified, with a long clean record: priority in search, longer credit terms."
  PREMIUM
}

"""
What kind of channel a merchant is. Most merchants are a "small B" (小B): one person or a
shop who sells to the people around them through their own private traffic (私域流量).
Declaration order: `INDIVIDUAL STORE DISTRIBUTOR RESELLER CREATOR SHOP_GUIDE COMMUNITY_LEADER BRAND`.
"""
enum MerchantKind {
  "An individual creator, shop guide or community-group leader (a small B), before the finer kinds existed."
  INDIVIDUAL @deprecated(reason: "Use CREATOR, SHOP_GUIDE or COMMUNITY_LEADER, which say how the person sells.")
  "A physical or online store (门店) with its own customers; may have shop guides in its downline."
  STORE
  "A distributor or dealer (经销商 / 分销商) with its own downline of stores, guides or group leaders."
  DISTRIBUTOR
  "An S2B2B reseller whose customers are businesses (restaurants, cafés, offices, corner shops)."
  RESELLER
  "An individual content creator or live-streamer (达人 / 主播) selling to followers."
  CREATOR
  "A shop guide (导购) working for a store: brings shoppers into a chat group and earns commission on their later orders."
  SHOP_GUIDE
  "A community-group leader (团长) who runs a neighbourhood buying group and collects its orders."
  COMMUNITY_LEADER
  "A brand owner at the top of a distribution chain (brand, dealer, store, guide)."
  BRAND
}

"""Whether a customer is a person (S2B2C) or a business buying through a reseller (S2B2B)."""
enum CustomerKind {
  "A consumer buying for themselves or their family."
  PERSON
  "A business (shop, restaurant, office) buying for its own use or resale: the second B of S2B2B."
  BUSINESS
}

"""
Customer segment by the number of the customer's orders with status `SHIPPED` or `DELIVERED`
(cancelled, refunded and unpaid orders do not count). A customer with none has no segment (null).
"""
enum CustomerSegment {
  "Exactly one shipped or delivered order (新客户)."
  NEW
  "Two to four shipped or delivered orders (老客户)."
  RETURNING
  "Five or more shipped or delivered orders (忠诚客户)."
  LOYAL
}

"""
A supply platform (S, 供应链平台): integrates upstream factories, farms and importers, and
offers merchants their products at wholesale prices together with shared warehouses,
logistics, credit, data and training. It empowers merchants; it does not own their customers.
"""
type Supplier @collection(path: "suppliers") {
  "Stable identifier, `s-` and four digits, e.g. `s-0001`."
  id: ID!
  "Trading name as merchants see it, Chinese or English, e.g. `华南优选供应链` or `Fjord Seafood AS`."
  name: String!
  """
  Where the supplier is based: a Chinese telephone area code such as `0755` (Shenzhen) or
  `0871` (Kunming), or a country / territory code such as `NO` (Norway) or `HK`. Always text:
  leading zeros are kept and `NO` is not a boolean.
  """
  region: String!
  "Dynamic rating from 0.0 to 5.0 (动态评分), recomputed from delivery times, returns and merchant reviews."
  rating: Float!
  "Outcome of the latest qualification review."
  certification: CertificationLevel!
  "Date the supplier joined the platform."
  since: Date!
  "Product categories the supplier is approved for, e.g. `tea`, `fresh`, `apparel`."
  categories: [String!]!
  "Payment terms offered to merchants buying on account, in days (账期), e.g. 30."
  creditTermsDays: Int!
  "Free text shown on the supplier's page; may span several lines."
  description: String
  "ISO 3166-1 alpha-2 country code of the supplier's registered office, e.g. `CN` or `NO`."
  country: String
  "The supplier's own web site."
  website: URL
  "Every product this supplier offers (products whose `supplier` is this one)."
  products: [Product!]! @reverse(field: "supplier")
  "Warehouses this supplier runs (they may also hold other suppliers' stock)."
  warehouses: [Warehouse!]! @reverse(field: "supplier")
  "Pooled purchase orders (集采单) placed with this supplier."
  purchasePools: [PurchasePool!]! @reverse(field: "supplier")
  "Design polls in which this supplier is the manufacturer of the winning design."
  designPolls: [DesignPoll!]! @reverse(field: "supplier")
}

"""
A merchant (B, 渠道商): the channel that sells to customers and owns those relationships.
Merchants can form a distribution chain through `upline` (e.g. brand, dealer, store, shop
guide); each one earns commission on its own customers' orders.
"""
type Merchant @collection(path: "merchants") {
  "Stable identifier, `m-` and five digits, e.g. `m-00004`."
  id: ID!
  "Shop or channel name as customers see it, e.g. `王姐的社区团购` or `Harbour Trade Reseller Co.`."
  name: String!
  "What kind of channel this is (store, creator, community leader...)."
  kind: MerchantKind!
  "Telephone area code or country / territory code where the merchant sells, e.g. `0755`, `021`, `HK`, `NO`."
  region: String!
  "Postal code of the merchant's address, kept as text (`0150` in Oslo keeps its leading zero)."
  postcode: String!
  "The merchant directly above this one in a distribution chain (上级), e.g. a shop guide's store. Null at the top."
  upline: Merchant @ref
  "Merchants directly below this one (下级): those whose `upline` is this merchant."
  downline: [Merchant!]! @reverse(field: "upline")
  "Suppliers this merchant is approved to buy from, in the order the merchant added them."
  suppliers: [Supplier!]! @ref
  "When the merchant signed up on the platform."
  joinedAt: DateTime!
  "The merchant's purchase loan (采购贷), if it has one."
  creditLine: CreditLine
  "Name of the person who runs the shop or channel."
  owner: String
  "Customers this merchant serves (those whose `merchant` is this one)."
  customers: [Customer!]! @reverse(field: "merchant")
  "Customers this merchant or guide brought in (those whose `referredBy` is this one); it earns referral commission on their orders."
  referredCustomers: [Customer!]! @reverse(field: "referredBy")
  "Orders placed with this merchant."
  orders: [Order!]! @reverse(field: "merchant")
  "Group buys this merchant organizes."
  groupBuys: [GroupBuy!]! @reverse(field: "organizer")
  "This merchant's own procurement at wholesale price (S2B2B)."
  purchaseOrders: [PurchaseOrder!]! @reverse(field: "merchant")
  "Campaigns this merchant runs for its own customers (platform-wide campaigns have no organizer)."
  campaigns: [Campaign!]! @reverse(field: "organizer")
  "Design polls this merchant runs among its customers."
  designPolls: [DesignPoll!]! @reverse(field: "organizer")
}

"""
A customer (C), served by one merchant. A customer is a person, or, in S2B2B, a business
buying from a reseller.
"""
type Customer @collection(path: "customers") {
  "Stable identifier, `c-` and six digits, e.g. `c-000017`."
  id: ID!
  "Full name of a person (`李娜`, `Fiona Tan`) or the registered name of a business."
  name: String!
  "Contact e-mail address."
  email: String!
  "Contact telephone number as text: a mobile number, or an area code and number (`0755-86001234`)."
  phone: String!
  "Telephone area code or country / territory code where the customer lives or trades, e.g. `021` or `SG`."
  region: String!
  "The merchant that serves this customer and owns the relationship."
  merchant: Merchant! @ref
  "The merchant or shop guide who referred this customer; it earns 3 % commission on the customer's orders. Null when the customer came on their own."
  referredBy: Merchant @ref
  "When the customer first registered."
  joinedAt: DateTime!
  "Date of birth, for birthday coupons; null when not given (always null for businesses)."
  birthday: Date
  "Free labels set by the merchant, e.g. `vip`, `wechat`, `b2b`."
  tags: [String!]!
  "PERSON or BUSINESS. Null in older documents, which are persons."
  kind: CustomerKind
  "For a business: its unified social credit code (统一社会信用代码) or foreign registration number."
  taxId: String
  "Every order this customer placed, whatever its status."
  orders: [Order!]! @reverse(field: "customer")
  "NEW (1), RETURNING (2 to 4) or LOYAL (5 or more) by the number of shipped or delivered orders; null with none."
  segment: CustomerSegment @computed
  "Customer lifetime value: the sum of the totals of this customer's shipped and delivered orders (0 when none)."
  lifetimeValue: Decimal! @computed
}

"""#),
        File(name: "procurement.graphql", text: #"""
# S2B2B procurement: merchants buy stock at wholesale price; the platform pools their purchase
# orders into one order to the supplier (集采) to get a better price and one shipment.

"""Lifecycle of a merchant's purchase order. Declaration order: `DRAFT SUBMITTED CONFIRMED SHIPPED RECEIVED CANCELLED`."""
enum PurchaseOrderStatus {
  "Being filled in by the merchant; not sent yet."
  DRAFT
  "Sent to the platform; waiting for its pool to close or for the supplier to confirm."
  SUBMITTED
  "Accepted by the supplier; quantities and prices are fixed."
  CONFIRMED
  "The goods are on their way to the merchant."
  SHIPPED
  "The merchant has received and checked the goods (验收)."
  RECEIVED
  "Withdrawn by the merchant or refused by the supplier."
  CANCELLED
}

"""Lifecycle of a purchase pool. Declaration order: `COLLECTING ORDERED RECEIVED CANCELLED`."""
enum PurchasePoolStatus {
  "Open: merchants can still add purchase orders until `closesAt`."
  COLLECTING
  "Closed and sent to the supplier as one order."
  ORDERED
  "The supplier delivered the whole pooled order."
  RECEIVED
  "Called off, e.g. because the pooled quantity stayed below the supplier's minimum."
  CANCELLED
}

"""One line of a purchase order."""
type PurchaseItem {
  "The product bought."
  product: Product! @ref
  "Number of units (at least the product's `minOrderQuantity`)."
  quantity: Int!
  "Wholesale price per unit agreed for this order, CNY; may be below the product's `wholesalePrice` thanks to pooling."
  unitPrice: Decimal!
}

"""
A merchant's procurement (采购单) from one supplier at wholesale price (S2B2B). It is usually
pooled with other merchants' purchase orders into one order to the supplier (`pool`), and can
be paid partly or wholly by drawing on the merchant's credit line (`creditDrawn`).
"""
type PurchaseOrder @collection(path: "purchase-orders", plural: "purchaseOrders") {
  "Stable identifier, `po-` and five digits, e.g. `po-00003`."
  id: ID!
  "The merchant who buys."
  merchant: Merchant! @ref
  "The supplier sold to; all items are its products."
  supplier: Supplier! @ref
  "The pooled order this purchase order was added to; null when it was sent to the supplier on its own."
  pool: PurchasePool @ref
  "Where the purchase order is in its lifecycle."
  status: PurchaseOrderStatus!
  "When the merchant submitted it."
  submittedAt: DateTime!
  "When the merchant confirmed receipt; null until RECEIVED."
  receivedAt: DateTime
  "The order lines."
  items: [PurchaseItem!]!
  "Amount paid by drawing on the merchant's credit line, CNY; null when paid in full up front."
  creditDrawn: Decimal
  "Delivery instruction or other note to the supplier."
  note: String
}

"""
A pooled order (集采单) to one supplier: the platform collects merchants' purchase orders for a
while, then sends them as one order so that all of them get the volume price.
"""
type PurchasePool @collection(path: "purchase-pools", plural: "purchasePools") {
  "Stable identifier, `pp-` and three digits, e.g. `pp-001`."
  id: ID!
  "Short title shown to merchants, e.g. `Q4 salmon pool`."
  title: String!
  "The supplier the pooled order goes to."
  supplier: Supplier! @ref
  "Where the pool is in its lifecycle."
  status: PurchasePoolStatus!
  "When merchants could start adding purchase orders."
  opensAt: DateTime!
  "Last moment to join the pool."
  closesAt: DateTime!
  "When the pooled order was sent to the supplier; null while COLLECTING or if cancelled."
  orderedAt: DateTime
  "Smallest total quantity, in units over all purchase orders, the supplier accepts for the pooled price."
  minimumUnits: Int
  "The merchants' purchase orders in this pool."
  purchaseOrders: [PurchaseOrder!]! @reverse(field: "pool")
}

"""#),
        File(name: "service.graphql", text: #"""
# After-sales service (售后): returns, exchanges, refunds and complaints, with the platform's
# promise to step in within 24 hours.

"""What the customer asks for. Declaration order: `RETURN EXCHANGE COMPLAINT REFUND_ONLY`."""
enum TicketKind {
  "Send the goods back for a refund (退货退款)."
  RETURN
  "Send the goods back for another size, colour or a sound unit (换货)."
  EXCHANGE
  "A complaint about service, delivery or quality, with no goods sent back (投诉)."
  COMPLAINT
  "A refund without sending anything back, e.g. for fresh goods that arrived spoiled (仅退款)."
  REFUND_ONLY
}

"""Lifecycle of a ticket. Declaration order: `OPEN STEPPED_IN RESOLVED CLOSED`."""
enum TicketStatus {
  "Opened by the customer; the merchant and supplier are handling it and the platform has not stepped in."
  OPEN
  "The platform's after-sales team has stepped in (平台介入) and is mediating."
  STEPPED_IN
  "A solution was agreed (refund, replacement, apology...)."
  RESOLVED
  "Resolved and archived; no further changes."
  CLOSED
}

"""
An after-sales ticket (售后单) about one order. The platform promises to step in within 24
hours of a ticket being opened; `slaMet` tells whether that promise was kept.
"""
type Ticket @collection(path: "tickets") {
  "Stable identifier, `t-` and six digits, e.g. `t-000007`."
  id: ID!
  "The order the ticket is about."
  order: Order! @ref
  "What the customer asks for."
  kind: TicketKind!
  "Where the ticket is in its lifecycle."
  status: TicketStatus!
  "When the customer opened the ticket."
  openedAt: DateTime!
  "When the platform's team stepped in; null if it never had to (or has not yet)."
  steppedInAt: DateTime
  "When a solution was agreed; null while open."
  resolvedAt: DateTime
  "The customer's account of the problem."
  description: String!
  "How it was settled, e.g. `Full refund after return`."
  resolution: String
  "Money returned to the customer, CNY; null when nothing was refunded."
  refundAmount: Decimal
  "True when the earlier of `steppedInAt` and `resolvedAt` is at most 24 hours after `openedAt` (exactly 24 h counts); false when neither is set."
  slaMet: Boolean! @computed
}

"""#),
    ]
}
