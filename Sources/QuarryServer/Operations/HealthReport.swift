import QuarryExecution
import QuarryStore

/// The body of `GET /healthz` (SEMANTICS.md §13.1): `ready`, the data `generation`, the
/// `errors` of the last load or reload (schema errors first, each with the file under the root,
/// line, column and message), and how changes are watched.
func healthReport(_ health: LiveStore.Health) -> [UInt8] {
    var json = JSONWriter(capacity: 256)
    json.raw("{\"ready\":")
    json.bool(health.ready)
    json.raw(",\"generation\":")
    json.int(health.generation)
    json.raw(",\"watching\":")
    json.string(watchingName(health.watching))
    json.raw(",\"errors\":[")
    for (index, problem) in health.errors.enumerated() {
        if index > 0 { json.byte(UInt8(ascii: ",")) }
        json.raw("{\"file\":")
        json.string(problem.file)
        json.raw(",\"line\":")
        json.int(problem.line)
        json.raw(",\"column\":")
        if let column = problem.column { json.int(column) } else { json.null() }
        json.raw(",\"message\":")
        json.string(problem.message)
        json.raw(",\"severity\":")
        json.string(problem.severity.rawValue)
        json.byte(UInt8(ascii: "}"))
    }
    json.raw("]}")
    return json.bytes
}

private func watchingName(_ mode: LiveStore.WatchMode) -> String {
    switch mode {
    case .off: "off"
    case .automatic: "automatic"
    case .inotify: "inotify"
    case .polling: "polling"
    }
}
