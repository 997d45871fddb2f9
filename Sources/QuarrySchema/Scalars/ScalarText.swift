/// The canonical text of the stored scalars, written as UTF-8 bytes (responses are written
/// straight to bytes: no `String` per value). Each value writes into memory its caller reserved
/// (`maximumTextLength` bytes), so a response writer reserves once and writes without a
/// capacity check per digit; `write(to:)` and `description` wrap that for arrays and strings.

/// Where scalar text is written: a cursor into memory the caller reserved.
public struct ASCIICursor {
    public var position: UnsafeMutablePointer<UInt8>

    @inlinable public init(_ start: UnsafeMutablePointer<UInt8>) { position = start }

    @inlinable public mutating func put(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    /// `value`'s decimal digits, zero-padded to at least `width` (a negative one with its sign first).
    @inlinable public mutating func put(_ value: Int, width: Int) {
        if value < 0 { put(UInt8(ascii: "-")) }
        putDigits(UInt64(value.magnitude), width: width)
    }

    /// The decimal digits of `value`, zero-padded to at least `width`.
    @inlinable public mutating func putDigits(_ value: UInt64, width: Int) {
        if width == 2, value < 100 {
            position[0] = UInt8(truncatingIfNeeded: value / 10) + 48
            position[1] = UInt8(truncatingIfNeeded: value % 10) + 48
            position += 2
            return
        }
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        let length = max(count, width)
        var remaining = value
        for index in stride(from: length - 1, through: 0, by: -1) {
            position[index] = UInt8(truncatingIfNeeded: remaining % 10) + 48
            remaining /= 10
        }
        position += length
    }
}

extension DecimalValue {
    /// The most bytes `write(into:)` writes for this value.
    @inline(__always) public var maximumTextLength: Int { 23 + Int(scale) }

    /// `35.50`, `-0.05`, `12`: the significand with `scale` digits after the point.
    public func write(into cursor: inout ASCIICursor) {
        if significand < 0 { cursor.put(UInt8(ascii: "-")) }
        let magnitude = significand.magnitude
        let scale = Int(scale)
        guard scale > 0 else { return cursor.putDigits(magnitude, width: 1) }
        var unit: UInt64 = 1
        var shift = 0
        while shift < scale, unit <= UInt64.max / 10 {
            unit *= 10
            shift += 1
        }
        // `shift < scale` only when 10^scale exceeds any UInt64: the whole part is then 0.
        let whole = shift < scale ? 0 : magnitude / unit
        let fraction = shift < scale ? magnitude : magnitude % unit
        cursor.putDigits(whole, width: 1)
        cursor.put(UInt8(ascii: "."))
        cursor.putDigits(fraction, width: scale)
    }

    public func write(to bytes: inout [UInt8]) { appendText(maximumTextLength, to: &bytes) { write(into: &$0) } }

    public var description: String { text(maximumTextLength) { write(into: &$0) } }
}

extension DateValue {
    /// The most bytes `write(into:)` writes (a year of the full `Int32` day range is 7 digits).
    public static let maximumTextLength = 16

    /// `YYYY-MM-DD`.
    public func write(into cursor: inout ASCIICursor) {
        let (year, month, day) = components
        cursor.put(year, width: 4)
        cursor.put(UInt8(ascii: "-"))
        cursor.putDigits(UInt64(month), width: 2)
        cursor.put(UInt8(ascii: "-"))
        cursor.putDigits(UInt64(day), width: 2)
    }

    public func write(to bytes: inout [UInt8]) { appendText(Self.maximumTextLength, to: &bytes) { write(into: &$0) } }

    public var description: String { text(Self.maximumTextLength) { write(into: &$0) } }
}

extension DateTimeValue {
    /// The most bytes `write(into:)` writes.
    public static let maximumTextLength = 48

    /// As stored: the wall-clock time in its own offset, seconds and fraction as written, `Z`
    /// or `±HH:MM`.
    public func write(into cursor: inout ASCIICursor) {
        let local = epochSeconds + Int64(offsetMinutes) * 60
        let days = floorDivide(local, 86_400)
        let secondOfDay = Int(local - days * 86_400)
        DateValue(daysSinceEpoch: Int32(days)).write(into: &cursor)
        cursor.put(UInt8(ascii: "T"))
        cursor.putDigits(UInt64(secondOfDay / 3600), width: 2)
        cursor.put(UInt8(ascii: ":"))
        cursor.putDigits(UInt64(secondOfDay / 60 % 60), width: 2)
        if hasSeconds || nanoseconds != 0 {
            cursor.put(UInt8(ascii: ":"))
            cursor.putDigits(UInt64(secondOfDay % 60), width: 2)
            if fractionDigits > 0 {
                cursor.put(UInt8(ascii: "."))
                var fraction = Int(nanoseconds)
                var divisor = 100_000_000
                for _ in 0..<min(9, Int(fractionDigits)) {
                    cursor.put(UInt8(truncatingIfNeeded: fraction / divisor) + 48)
                    fraction %= divisor
                    divisor /= 10
                }
            }
        }
        if isZulu {
            cursor.put(UInt8(ascii: "Z"))
            return
        }
        let magnitude = abs(Int(offsetMinutes))
        cursor.put(offsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        cursor.putDigits(UInt64(magnitude / 60), width: 2)
        cursor.put(UInt8(ascii: ":"))
        cursor.putDigits(UInt64(magnitude % 60), width: 2)
    }

    public func write(to bytes: inout [UInt8]) { appendText(Self.maximumTextLength, to: &bytes) { write(into: &$0) } }

    public var description: String { text(Self.maximumTextLength) { write(into: &$0) } }
}

/// Appends what `write` puts in at most `capacity` bytes.
private func appendText(_ capacity: Int, to bytes: inout [UInt8], _ write: (inout ASCIICursor) -> Void) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
        var cursor = ASCIICursor(buffer.baseAddress!)
        write(&cursor)
        bytes.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: cursor.position - buffer.baseAddress!))
    }
}

private func text(_ capacity: Int, _ write: (inout ASCIICursor) -> Void) -> String {
    String(unsafeUninitializedCapacity: capacity) { buffer in
        var cursor = ASCIICursor(buffer.baseAddress!)
        write(&cursor)
        return cursor.position - buffer.baseAddress!
    }
}
