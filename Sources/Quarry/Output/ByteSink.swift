/// Where formatted output goes: a buffer handed to `flush` each time it passes `threshold`
/// bytes, so that writing 100 000 rows to stdout holds one buffer, not the whole text.
public final class ByteSink {
    private var buffer: [UInt8] = []
    private let threshold: Int
    private let flushBody: ([UInt8]) -> Void

    /// A sink handing its bytes to `flush` in chunks of about `threshold` bytes.
    public init(threshold: Int = 1 << 16, flush: @escaping ([UInt8]) -> Void) {
        self.threshold = threshold
        self.flushBody = flush
        buffer.reserveCapacity(min(threshold, 1 << 16) + 1024)
    }

    /// Runs `body` on a sink that keeps everything; returns the bytes (the server's answers).
    public static func collect<E: Error>(_ body: (ByteSink) throws(E) -> Void) throws(E) -> [UInt8] {
        var collected: [UInt8] = []
        let sink = ByteSink(threshold: .max) { collected.append(contentsOf: $0) }
        try body(sink)
        sink.flush()
        return collected
    }

    public func write<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= threshold { flush() }
    }

    public func write(_ text: String) { write(text.utf8) }

    @inline(__always) public func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= threshold { flush() }
    }

    /// Hands what is buffered to `flush`; call it once at the end.
    public func flush() {
        guard !buffer.isEmpty else { return }
        flushBody(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
