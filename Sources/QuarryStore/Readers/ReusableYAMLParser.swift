import CLibYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One libyaml parser that a thread keeps from file to file, instead of a parser made and freed
/// for each file (issue 4): `yaml_parser_initialize` allocates eight blocks, two of them 16 kB
/// and 48 kB. For the 400-byte files of a generated tree that was 3% of a load's instructions,
/// and more of its time: every request that large runs `malloc_consolidate`, and takes the
/// thread's arena lock. A load of 100 000 orders took 11% less CPU with the parser kept.
///
/// libyaml has no call to reset a parser, so `finish()` puts it back in the state
/// `yaml_parser_initialize` leaves, through the fields `yaml.h` declares: every field zero but
/// the eight blocks, each empty (reading, write and top pointers at its start). It does so only
/// when nothing else is held: no token left in the queue, no tag directive on the stack (both
/// own strings, left only by a failed parse), and every block still the size it was made with (a
/// deep or long file grows the stacks and the queue; their memory is not kept for the next file).
/// Otherwise the parser is freed by `yaml_parser_delete` and made again for the next file.
///
/// Used by one thread at a time.
final class ReusableYAMLParser {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    /// False before the first file and after a parser that held more was freed.
    private(set) var isInitialized = false
    /// The byte sizes of the blocks as `yaml_parser_initialize` made them.
    private var madeSizes: BlockSizes?

    /// The sizes of the blocks a parser holds, to tell one that grew.
    private struct BlockSizes: Equatable {
        var rawBuffer, buffer, tokens, indents, simpleKeys, states, marks, tagDirectives: Int

        init(_ parser: yaml_parser_t) {
            func size<T>(_ start: UnsafeMutablePointer<T>?, _ end: UnsafeMutablePointer<T>?) -> Int {
                guard let start, let end else { return 0 }
                return UnsafeRawPointer(end) - UnsafeRawPointer(start)
            }
            rawBuffer = size(parser.raw_buffer.start, parser.raw_buffer.end)
            buffer = size(parser.buffer.start, parser.buffer.end)
            tokens = size(parser.tokens.start, parser.tokens.end)
            indents = size(parser.indents.start, parser.indents.end)
            simpleKeys = size(parser.simple_keys.start, parser.simple_keys.end)
            states = size(parser.states.start, parser.states.end)
            marks = size(parser.marks.start, parser.marks.end)
            tagDirectives = size(parser.tag_directives.start, parser.tag_directives.end)
        }
    }

    deinit {
        if isInitialized { yaml_parser_delete(parser) }
        parser.deallocate()
    }

    /// A parser with no input set, as `yaml_parser_initialize` leaves it; nil when memory runs out.
    /// Pair with `finish()` once the parse is over (done or failed).
    func start() -> UnsafeMutablePointer<yaml_parser_t>? {
        if !isInitialized {
            guard yaml_parser_initialize(parser) != 0 else { return nil }
            isInitialized = true
            if madeSizes == nil { madeSizes = BlockSizes(parser.pointee) }
        }
        return parser
    }

    /// Readies the parser for the next file, or frees it when it holds more than its blocks.
    func finish() {
        guard isInitialized else { return }
        let kept = parser.pointee
        guard kept.tokens.head == kept.tokens.tail, kept.tag_directives.top == kept.tag_directives.start,
              BlockSizes(kept) == madeSizes
        else {
            yaml_parser_delete(parser)
            isInitialized = false
            return
        }
        memset(parser, 0, MemoryLayout<yaml_parser_t>.size)
        parser.pointee.raw_buffer.start = kept.raw_buffer.start
        parser.pointee.raw_buffer.end = kept.raw_buffer.end
        parser.pointee.raw_buffer.pointer = kept.raw_buffer.start
        parser.pointee.raw_buffer.last = kept.raw_buffer.start
        parser.pointee.buffer.start = kept.buffer.start
        parser.pointee.buffer.end = kept.buffer.end
        parser.pointee.buffer.pointer = kept.buffer.start
        parser.pointee.buffer.last = kept.buffer.start
        parser.pointee.tokens.start = kept.tokens.start
        parser.pointee.tokens.end = kept.tokens.end
        parser.pointee.tokens.head = kept.tokens.start
        parser.pointee.tokens.tail = kept.tokens.start
        parser.pointee.indents.start = kept.indents.start
        parser.pointee.indents.end = kept.indents.end
        parser.pointee.indents.top = kept.indents.start
        parser.pointee.simple_keys.start = kept.simple_keys.start
        parser.pointee.simple_keys.end = kept.simple_keys.end
        parser.pointee.simple_keys.top = kept.simple_keys.start
        parser.pointee.states.start = kept.states.start
        parser.pointee.states.end = kept.states.end
        parser.pointee.states.top = kept.states.start
        parser.pointee.marks.start = kept.marks.start
        parser.pointee.marks.end = kept.marks.end
        parser.pointee.marks.top = kept.marks.start
        parser.pointee.tag_directives.start = kept.tag_directives.start
        parser.pointee.tag_directives.end = kept.tag_directives.end
        parser.pointee.tag_directives.top = kept.tag_directives.start
    }
}
