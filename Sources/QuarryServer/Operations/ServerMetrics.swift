import Foundation
import Prometheus
import QuarryStore

/// What `GET /metrics` shows (SEMANTICS.md §13.2), through swift-prometheus: GraphQL requests by
/// operation and outcome, request latency, documents per collection, reloads and the data
/// generation. Data gauges are read from the current snapshot when scraped.
final class ServerMetrics: @unchecked Sendable {
    /// How a GraphQL request ended, the `outcome` label.
    enum Outcome: String, CaseIterable {
        /// Executed without errors.
        case ok
        /// Executed with field errors (partial data).
        case fieldErrors = "field_errors"
        /// Refused before execution: syntax, validation, variables, limits, persisted queries.
        case refused
        /// Not a GraphQL request: bad JSON, wrong method or media type, oversized body.
        case badRequest = "bad_request"
        /// Execution took longer than the timeout.
        case timeout

        /// Where its counters are kept.
        var slot: Int {
            switch self {
            case .ok: 0
            case .fieldErrors: 1
            case .refused: 2
            case .badRequest: 3
            case .timeout: 4
            }
        }
    }

    let registry = PrometheusCollectorRegistry()
    private let latency: DurationHistogram
    private let reloads: Counter
    private let generation: Gauge
    private let lock = NSLock()
    private var lastGeneration: Int?
    /// The request counters made so far, by operation label and outcome: the registry validates
    /// the name and builds the label strings on every `makeCounter`, so each is made once. The
    /// keys of `namedCounters` are the operation names kept as labels.
    private var namedCounters: [String: [Counter?]] = [:]
    private var anonymousCounters = [Counter?](repeating: nil, count: Outcome.allCases.count)
    private var otherCounters = [Counter?](repeating: nil, count: Outcome.allCases.count)
    /// Distinct operation names kept as labels; later ones count as `other`, so hostile names
    /// cannot grow the metrics without bound.
    private let maxOperationNames = 200

    private let requestsDescriptor = MetricNameDescriptor(
        metricName: "quarry_graphql_requests", unitName: "total", helpText: "GraphQL requests by operation name and outcome.")
    private let documentsDescriptor = MetricNameDescriptor(
        metricName: "quarry_documents", unitName: "", helpText: "Documents loaded, per collection.")

    init() {
        latency = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                metricName: "quarry_http_request_duration", unitName: "seconds",
                helpText: "Time from a request's head to its response, in seconds."),
            buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5].map { Duration.seconds($0) })
        reloads = registry.makeCounter(descriptor: MetricNameDescriptor(
            metricName: "quarry_reloads", unitName: "total", helpText: "Reloads of the data or schema served."))
        generation = registry.makeGauge(descriptor: MetricNameDescriptor(
            metricName: "quarry_data_generation", unitName: "",
            helpText: "Generation of the snapshot served; grows with every reload."))
    }

    func recordRequest(duration: Duration) { latency.record(duration) }

    func recordGraphQL(operation: String?, outcome: Outcome) {
        counter(operation: operation, outcome: outcome).increment()
    }

    /// The Prometheus text exposition of every metric, the data gauges read from `snapshot`.
    func exposition(snapshot: StoreSnapshot) -> [UInt8] {
        lock.lock()
        if let last = lastGeneration, snapshot.generation > last { reloads.increment(by: Int64(snapshot.generation - last)) }
        lastGeneration = max(lastGeneration ?? snapshot.generation, snapshot.generation)
        lock.unlock()
        generation.set(Double(snapshot.generation))
        for collection in snapshot.collections {
            let name = snapshot.schema[collection.type].name
            registry.makeGauge(descriptor: documentsDescriptor, labels: [("collection", name)]).set(Double(collection.count))
        }
        var bytes: [UInt8] = []
        registry.emit(into: &bytes)
        return bytes
    }

    /// The counter of `outcome` for `operation`'s label: its name, `anonymous`, or `other` once
    /// `maxOperationNames` names are kept.
    private func counter(operation: String?, outcome: Outcome) -> Counter {
        let slot = outcome.slot
        lock.lock()
        defer { lock.unlock() }
        guard let operation else { return counter(in: &anonymousCounters, slot, label: "anonymous", outcome: outcome) }
        if let made = namedCounters[operation]?[slot] { return made }
        if namedCounters[operation] == nil {
            guard namedCounters.count < maxOperationNames else {
                return counter(in: &otherCounters, slot, label: "other", outcome: outcome)
            }
            namedCounters[operation] = [Counter?](repeating: nil, count: Outcome.allCases.count)
        }
        return counter(in: &namedCounters[operation]!, slot, label: operation, outcome: outcome)
    }

    private func counter(in counters: inout [Counter?], _ slot: Int, label: String, outcome: Outcome) -> Counter {
        if let made = counters[slot] { return made }
        let made = registry.makeCounter(descriptor: requestsDescriptor, labels: [("operation", label), ("outcome", outcome.rawValue)])
        counters[slot] = made
        return made
    }
}
