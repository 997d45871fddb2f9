/// What one loading thread keeps from file to file while it reads its share of a load: the
/// interner that stores equal values of its files once, and the libyaml parser it parses
/// them with (issue 4: per-file allocations are most of a small file's cost). Used by that
/// thread only.
final class ThreadReader {
    let interner = ValueInterner()
    let yamlParser = ReusableYAMLParser()
}
