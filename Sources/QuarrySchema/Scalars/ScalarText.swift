/// The canonical text of the stored scalars, written as UTF-8 bytes (responses are written
/// straight to bytes: no `String` per value). `description` is this text as a `String`.

extension DecimalValue {
    /// `35.50`, `-0.05`, `12`: the significand with `scale` digits after the point.
    public func write(to bytes: inout [UInt8]) {
        if significand < 0 { bytes.append(UInt8(ascii: "-")) }
        withDigits(of: significand.magnitude) { digits in
            let scale = Int(scale)
            if digits.count <= scale {
                bytes.append(UInt8(ascii: "0"))
                bytes.append(UInt8(ascii: "."))
                for _ in digits.count..<scale { bytes.append(UInt8(ascii: "0")) }
                bytes.append(contentsOf: digits)
            } else {
                bytes.append(contentsOf: digits[..<(digits.count - scale)])
                if scale > 0 {
                    bytes.append(UInt8(ascii: "."))
                    bytes.append(contentsOf: digits[(digits.count - scale)...])
                }
            }
        }
    }

    public var description: String { text { write(to: &$0) } }
}

extension DateValue {
    /// `YYYY-MM-DD`.
    public func write(to bytes: inout [UInt8]) {
        let (year, month, day) = components
        appendPadded(year, 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(month, 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(day, 2, to: &bytes)
    }

    public var description: String { text { write(to: &$0) } }
}

extension DateTimeValue {
    /// As stored: the wall-clock time in its own offset, seconds and fraction as written, `Z`
    /// or `±HH:MM`.
    public func write(to bytes: inout [UInt8]) {
        let local = epochSeconds + Int64(offsetMinutes) * 60
        let days = floorDivide(local, 86_400)
        let secondOfDay = Int(local - days * 86_400)
        DateValue(daysSinceEpoch: Int32(days)).write(to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendPadded(secondOfDay / 3600, 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendPadded(secondOfDay / 60 % 60, 2, to: &bytes)
        if hasSeconds || nanoseconds != 0 {
            bytes.append(UInt8(ascii: ":"))
            appendPadded(secondOfDay % 60, 2, to: &bytes)
            if fractionDigits > 0 {
                bytes.append(UInt8(ascii: "."))
                var fraction = Int(nanoseconds)
                var divisor = 100_000_000
                for _ in 0..<min(9, Int(fractionDigits)) {
                    bytes.append(UInt8(truncatingIfNeeded: fraction / divisor) + 48)
                    fraction %= divisor
                    divisor /= 10
                }
            }
        }
        if isZulu {
            bytes.append(UInt8(ascii: "Z"))
            return
        }
        let magnitude = abs(Int(offsetMinutes))
        bytes.append(offsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        appendPadded(magnitude / 60, 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendPadded(magnitude % 60, 2, to: &bytes)
    }

    public var description: String { text { write(to: &$0) } }
}

/// A number in at least `width` digits (a negative one with its sign first).
private func appendPadded(_ value: Int, _ width: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    withDigits(of: UInt64(value.magnitude)) { digits in
        for _ in digits.count..<max(digits.count, width) { bytes.append(UInt8(ascii: "0")) }
        bytes.append(contentsOf: digits)
    }
}

/// The decimal digits of a number as ASCII, in a buffer on the stack.
private func withDigits(of value: UInt64, _ body: (UnsafeRawBufferPointer) -> Void) {
    var magnitude = value
    var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits; UInt64 has at most 20
    var count = 0
    withUnsafeMutableBytes(of: &storage) { buffer in
        repeat {
            buffer[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 48
            magnitude /= 10
            count += 1
        } while magnitude > 0
        body(UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
    }
}

private func text(_ write: (inout [UInt8]) -> Void) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    write(&bytes)
    return String(decoding: bytes, as: UTF8.self)
}
