/// The kinds of generated entity. Each kind salts its own random streams, so that adding draws
/// to one kind never shifts the values of another.
enum EntityKind: UInt64, Sendable {
    case supplier = 1, product, warehouse, merchant, customer, campaign, groupBuy, order, shipment, ticket
    case purchasePool, purchaseOrder, designPoll
}

/// A random stream of one entity: SplitMix64 (Steele, Lea and Flood, 2014) started from a hash of
/// (seed, kind, index). Every entity draws from its own stream, so its values depend only on the
/// seed, its kind, its number and the tables it picks from, never on the order in which entities
/// are built or on how many threads build them.
///
/// Only exact integer arithmetic and correctly rounded IEEE operations (`+ - * /`, comparisons)
/// are used on the way from a stream to a value: no `log`, `exp` or `pow`, whose last bits differ
/// between C libraries. The same seed and scale therefore give the same bytes on every platform.
/// (Swift's own `random(in:using:)` is not used either: its algorithm may change between releases.)
struct EntityRandom {
    private var state: UInt64

    init(seed: UInt64, kind: EntityKind, index: Int) {
        var hash = Self.mix(seed &+ 0x9E37_79B9_7F4A_7C15)
        hash = Self.mix(hash ^ (kind.rawValue &* 0xD1B5_4A32_D192_ED03))
        hash = Self.mix(hash ^ (UInt64(truncatingIfNeeded: index) &* 0xAEF1_7502_108E_F2D9))
        state = hash
    }

    /// The SplitMix64 finalizer (Stafford's variant 13): a bijective 64-bit mix.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Uniform in `0..<count`, unbiased (Lemire's multiply-and-reject).
    mutating func below(_ count: Int) -> Int {
        precondition(count > 0, "below(0)")
        let bound = UInt64(count)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return Int(product.high)
    }

    /// Uniform in the closed range.
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// Uniform in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<Element>(_ items: [Element]) -> Element { items[below(items.count)] }

    /// A heavy-tailed weight of at least 1: `1/u` for `u` uniform in (0, 1] (a Pareto law with
    /// α = 1, so a few draws are far above the rest), capped at `cap`.
    mutating func heavyTail(cap: Double) -> Double { min(cap, 1.0 / (1.0 - unit())) }

    /// `count` distinct indices below `bound` (all of them when `count >= bound`), ascending.
    mutating func distinct(_ count: Int, below bound: Int) -> [Int] {
        if count >= bound { return Array(0..<bound) }
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        while chosen.count < count {
            let candidate = below(bound)
            if !chosen.contains(candidate) { chosen.append(candidate) }
        }
        return chosen.sorted()
    }
}

/// A discrete distribution over `0..<count` by weights, sampled by binary search over the
/// cumulative sums.
struct WeightedTable: Sendable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var running = 0.0
        cumulative = weights.map { weight in
            running += max(0, weight)
            return running
        }
    }

    var count: Int { cumulative.count }
    var isEmpty: Bool { cumulative.isEmpty || cumulative[cumulative.count - 1] <= 0 }

    func pick(_ random: inout EntityRandom) -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
