// libFuzzer entry for the lexer alone: every input goes through `FuzzChecks.countTokens`.
import FuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func quarryFuzzTokens(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.countTokens(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
