import Foundation

/// Runs synchronous work (an execution) on a GCD worker and waits for it at most `timeout`
/// (SEMANTICS.md §15.5: every answer within 5 s). The engine cannot be interrupted, so work that
/// overruns finishes in the background and its result is dropped; what matters is that the
/// request is answered and that no Swift concurrency thread is blocked meanwhile.
func runWithTimeout<Value: Sendable>(_ timeout: Duration, _ work: @escaping @Sendable () -> Value) async -> Value? {
    let gate = ResumeOnce<Value?>()
    return await withCheckedContinuation { continuation in
        gate.install(continuation)
        let timer = Task {
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled { gate.resume(nil) }
        }
        DispatchQueue.global().async {
            let value = work()
            timer.cancel()
            gate.resume(value)
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
