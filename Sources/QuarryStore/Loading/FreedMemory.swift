#if canImport(Glibc)
import Glibc
#endif

/// Hands the pages that freed allocations left empty back to the system (issue 4: peak memory
/// ≤ 3× the bytes on disk). The reading threads' buffers (file bytes, tapes, interning tables)
/// are freed in those threads' malloc arenas, where the loader's own thread cannot reuse them:
/// without this, the pages stay resident while the collections are built on other pages, and
/// the peak holds both. A few milliseconds, once per full load.
func returnFreedMemory() {
    #if canImport(Glibc)
    // glibc's `malloc_trim` (its header is not in the Glibc module): looked up once.
    if let trim = mallocTrim { _ = trim(0) }
    #endif
}

#if canImport(Glibc)
private let mallocTrim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
    unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
}
#endif
