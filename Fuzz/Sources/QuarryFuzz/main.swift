// libFuzzer entry: every input goes through `FuzzChecks.parseAndRoundTrip`. libFuzzer supplies
// `main`; build with `--sanitize=fuzzer` (Fuzz/README.md).
import FuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func quarryFuzzParse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.parseAndRoundTrip(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
