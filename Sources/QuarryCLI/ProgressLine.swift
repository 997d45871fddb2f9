import Foundation

/// Progress of long work on one line of standard error, only when it is a terminal (SEMANTICS.md
/// §14.5): no carriage returns when piped.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastShown = 0.0
    private var shown = false

    init(label: String) { self.label = label }

    /// Called from loading threads with (done, total); redraws at most ten times a second.
    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date().timeIntervalSinceReferenceDate
        guard now - lastShown > 0.1 || done == total else { return }
        lastShown = now
        shown = true
        FileHandle.standardError.write(Data("\r\(label) \(done)/\(total) files".utf8))
    }

    func finish() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
