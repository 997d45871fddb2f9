import Crypto

/// The lowercase hexadecimal SHA-256 of some bytes: the key of persisted queries (Apollo APQ's
/// `sha256Hash`) and trusted documents (`documentId: "sha256:<hex>"`), SEMANTICS.md §12.1, §15.5.
func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in SHA256.hash(data: Array(bytes)) {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
}
