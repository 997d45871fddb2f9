/// `[+-]?[0-9]+` as UTF-8 bytes (YAML 1.2 core decimal integers, exponents of numbers), nil
/// for other text or a magnitude over `maximumMagnitude`; any length of text is safe (no overflow).
public func parseSignedInteger(_ bytes: UnsafeBufferPointer<UInt8>, maximumMagnitude: Int64) -> Int64? {
    var index = 0
    var negative = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
        negative = bytes[index] == UInt8(ascii: "-")
        index += 1
    }
    guard index < bytes.count else { return nil }
    var magnitude: Int64 = 0
    while index < bytes.count {
        let byte = bytes[index]
        guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
        magnitude = magnitude * 10 + Int64(byte - UInt8(ascii: "0"))
        guard magnitude <= maximumMagnitude else { return nil }
        index += 1
    }
    return negative ? -magnitude : magnitude
}
