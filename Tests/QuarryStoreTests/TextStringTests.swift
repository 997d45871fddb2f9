import Testing

@testable import QuarryStore

/// `textString` makes short ASCII strings as their two words: they must be the strings the
/// standard library makes, byte for byte, at every length and wherever the bytes lie.
@Suite struct TextStringTests {
    @Test func theLayoutCheckHoldsOnThisTarget() {
        #expect(smallStringLayoutHolds)
    }

    @Test(arguments: Array(0...20))
    func everyLengthMatchesTheStandardLibrary(length: Int) {
        // Padding on both sides: loads must take only the text's bytes.
        let text = (0..<length).map { UInt8(ascii: "a") &+ UInt8($0 % 26) }
        let padded = [UInt8](repeating: UInt8(ascii: "#"), count: 9) + text + [UInt8](repeating: UInt8(ascii: "!"), count: 9)
        let made = padded.withUnsafeBufferPointer { textString(UnsafeBufferPointer(rebasing: $0[9..<(9 + length)])) }
        let expected = String(decoding: text, as: UTF8.self)
        #expect(Array(made.utf8) == text)
        #expect(made == expected)
        #expect(made.count == length)
        #expect(made.hashValue == expected.hashValue)
        if length <= 15 {
            // A small string is its two words: the same words as the standard library's.
            #expect(unsafeBitCast(made, to: (UInt64, UInt64).self) == unsafeBitCast(expected, to: (UInt64, UInt64).self))
        }
        // Appending works on it as on any string.
        #expect(made + "+" == expected + "+")
    }

    @Test(arguments: ["é", "caf\u{E9}", "aaaaaaa\u{E9}", "\u{1F600}", "abc\u{7F}"])
    func nonASCIIAndDeleteAreKeptAsWritten(text: String) {
        let made = Array(text.utf8).withUnsafeBufferPointer { textString($0) }
        #expect(Array(made.utf8) == Array(text.utf8))
        #expect(made == text)
    }

    @Test func aStringAtTheEndOfItsBufferIsReadInside() {
        // Two bytes at the very end of an allocation: the short path loads bytes one by one.
        let bytes: [UInt8] = Array("xyzid".utf8)
        let made = bytes.withUnsafeBufferPointer { textString(UnsafeBufferPointer(rebasing: $0[3...])) }
        #expect(made == "id")
    }
}
