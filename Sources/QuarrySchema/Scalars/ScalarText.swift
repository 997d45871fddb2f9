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
        if width == 2, value < 100 { return putPair(UInt32(truncatingIfNeeded: value)) }
        if width <= 1, value < 10 {
            // Quantities, counts, flags: one digit, nothing to count.
            position.pointee = UInt8(truncatingIfNeeded: value) + 48
            position += 1
            return
        }
        let length = max(Self.digitCount(value), width)
        Self.fillDigits(value, count: length, endingAt: position + length)
        position += length
    }

    /// Two digits of a value below 100 (months, days, hours, minutes, seconds, year halves):
    /// one division by a constant, which compiles to a multiply.
    @inlinable @inline(__always) public mutating func putPair(_ value: UInt32) {
        let tens = value / 10
        position[0] = UInt8(truncatingIfNeeded: tens) + 48
        position[1] = UInt8(truncatingIfNeeded: value &- tens &* 10) + 48
        position += 2
    }

    /// How many decimal digits `value` has (1 for 0).
    @inlinable static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value
        while rest >= 100 {
            count += 2
            rest /= 100
        }
        return rest >= 10 ? count + 1 : count
    }

    /// Writes the last `count` decimal digits of `value` (zeros once it runs out) backwards,
    /// ending just before `end`; returns what is left of `value`.
    @inlinable @discardableResult
    static func fillDigits(_ value: UInt64, count: Int, endingAt end: UnsafeMutablePointer<UInt8>) -> UInt64 {
        var rest = value
        var cursor = end
        for _ in 0..<count {
            let next = rest / 10
            cursor -= 1
            cursor.pointee = UInt8(truncatingIfNeeded: rest &- next &* 10) + 48
            rest = next
        }
        return rest
    }
}

extension DecimalValue {
    /// The most bytes `write(into:)` writes for this value.
    @inline(__always) public var maximumTextLength: Int { 23 + Int(scale) }

    /// `35.50`, `-0.05`, `12`: the significand with `scale` digits after the point (a whole
    /// part of at least one digit). Written backwards from its known length, so no division by
    /// a power of ten chosen at run time.
    public func write(into cursor: inout ASCIICursor) {
        if significand < 0 { cursor.put(UInt8(ascii: "-")) }
        let magnitude = significand.magnitude
        let scale = Int(scale)
        guard scale > 0 else { return cursor.putDigits(magnitude, width: 1) }
        let wholeDigits = max(ASCIICursor.digitCount(magnitude) - scale, 1)
        let end = cursor.position + wholeDigits + 1 + scale
        let whole = ASCIICursor.fillDigits(magnitude, count: scale, endingAt: end)
        cursor.position[wholeDigits] = UInt8(ascii: ".")
        ASCIICursor.fillDigits(whole, count: wholeDigits, endingAt: cursor.position + wholeDigits)
        cursor.position = end
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
        if (0...9999).contains(year) {
            cursor.putPair(UInt32(year / 100))
            cursor.putPair(UInt32(year % 100))
        } else {
            cursor.put(year, width: 4)
        }
        cursor.put(UInt8(ascii: "-"))
        cursor.putPair(UInt32(month))
        cursor.put(UInt8(ascii: "-"))
        cursor.putPair(UInt32(day))
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
        let minuteOfDay = UInt32(secondOfDay) / 60
        cursor.putPair(minuteOfDay / 60)
        cursor.put(UInt8(ascii: ":"))
        cursor.putPair(minuteOfDay % 60)
        if hasSeconds || nanoseconds != 0 {
            cursor.put(UInt8(ascii: ":"))
            cursor.putPair(UInt32(secondOfDay) % 60)
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
        let magnitude = UInt32(offsetMinutes.magnitude)
        cursor.put(offsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        cursor.putPair(magnitude / 60)
        cursor.put(UInt8(ascii: ":"))
        cursor.putPair(magnitude % 60)
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
