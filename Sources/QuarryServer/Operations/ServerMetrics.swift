import Foundation
import Prometheus
import QuarryStore

/// What `GET /metrics` shows (SEMANTICS.md §13.2), through swift-prometheus: GraphQL requests by
/// operation and outcome, request latency, documents per collection, reloads and the data
/// generation. Data gauges are read from the current snapshot when scraped.
final class ServerMetrics: @unchecked Sendable {
    /// How a GraphQL request ended, the `outcome` label.
    enum Outcome: String {
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
    }

    let registry = PrometheusCollectorRegistry()
    private let latency: DurationHistogram
    private let reloads: Counter
    private let generation: Gauge
    private let lock = NSLock()
    private var lastGeneration: Int?
    private var operationNames: Set<String> = []
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
        registry.makeCounter(descriptor: requestsDescriptor,
                             labels: [("operation", label(for: operation)), ("outcome", outcome.rawValue)]).increment()
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

    private func label(for operation: String?) -> String {
        guard let operation else { return "anonymous" }
        lock.lock()
        defer { lock.unlock() }
        if operationNames.contains(operation) { return operation }
        guard operationNames.count < maxOperationNames else { return "other" }
        operationNames.insert(operation)
        return operation
    }
}
