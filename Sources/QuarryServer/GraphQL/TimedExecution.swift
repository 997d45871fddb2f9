import Foundation

/// Runs synchronous work (an execution) on a GCD worker and waits for it at most `timeout`
/// (SEMANTICS.md §15.5: every answer within 5 s). The engine cannot be interrupted, so work that
/// overruns finishes in the background and its result is dropped; what matters is that the
/// request is answered and that no Swift concurrency thread is blocked meanwhile. The deadline
/// is kept by `Watchdog`'s own thread, so it holds even when every other thread is busy.
func runWithTimeout<Value: Sendable>(_ timeout: Duration, _ work: @escaping @Sendable () -> Value) async -> Value? {
    let gate = ResumeOnce<Value?>()
    return await withCheckedContinuation { continuation in
        gate.install(continuation)
        let watch = Watchdog.shared.add(deadline: .now + timeout) { gate.resume(nil) }
        DispatchQueue.global().async {
            let value = work()
            Watchdog.shared.remove(watch)
            gate.resume(value)
        }
    }
}

/// Deadlines of the executions in flight, kept by one thread that sleeps until the earliest one
/// (or until a new one arrives): adding and removing one costs a dictionary update, and a busy
/// server's watchdog wakes only when something may have expired, not on a fixed tick.
final class Watchdog: @unchecked Sendable {
    static let shared = Watchdog()
    private let condition = NSCondition()
    private var deadlines: [Int: (deadline: ContinuousClock.Instant, expire: @Sendable () -> Void)] = [:]
    private var nextID = 0
    /// The deadline the watchdog is sleeping until, if it is sleeping on one.
    private var earliest: ContinuousClock.Instant?

    private init() {
        let thread = Thread { [unowned self] in self.watch() }
        thread.name = "quarry-watchdog"
        thread.start()
    }

    func add(deadline: ContinuousClock.Instant, expire: @escaping @Sendable () -> Void) -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextID += 1
        deadlines[nextID] = (deadline, expire)
        // The watchdog sleeps until the earliest deadline it knew of; wake it for an earlier one.
        if earliest.map({ deadline < $0 }) ?? true { condition.signal() }
        return nextID
    }

    func remove(_ id: Int) {
        condition.lock()
        deadlines[id] = nil
        condition.unlock()
    }

    private func watch() {
        condition.lock()
        while true {
            if deadlines.isEmpty {
                condition.wait()
                continue
            }
            let now = ContinuousClock.now
            var expired: [@Sendable () -> Void] = []
            var next: ContinuousClock.Instant?
            for (id, entry) in deadlines {
                if entry.deadline <= now {
                    expired.append(entry.expire)
                    deadlines[id] = nil
                } else if next.map({ entry.deadline < $0 }) ?? true {
                    next = entry.deadline
                }
            }
            if !expired.isEmpty {
                condition.unlock()
                for expire in expired { expire() }
                condition.lock()
                continue
            }
            earliest = next
            guard let next else { continue }
            // Sleep until the earliest deadline; `add` signals when an earlier one arrives.
            let wait = now.duration(to: next)
            let seconds = Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18
            _ = condition.wait(until: Date().addingTimeInterval(seconds))
            earliest = nil
        }
    }
}

/// A continuation resumed by whichever of two racers comes first.
private final class ResumeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Never>?
    private var early: Value??

    func install(_ continuation: CheckedContinuation<Value, Never>) {
        lock.lock()
        if let early {
            lock.unlock()
            continuation.resume(returning: early!)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func resume(_ value: Value) {
        lock.lock()
        guard let continuation else {
            if early == nil { early = .some(value) }
            lock.unlock()
            return
        }
        self.continuation = nil
        early = .some(value)
        lock.unlock()
        continuation.resume(returning: value)
    }
}
