/// The documents of a collection by position: a position is a stable slot, given when a
/// document enters the collection and kept until it leaves (a changed document keeps its
/// position; a freed position is given again later). Stored in chunks of 256 so that a snapshot
/// derived from another copies only the chunks a change touches and the array of chunks (a
/// chunk copy retains three references per document: small chunks keep a reload cheap).
public struct DocumentTable: Sendable {
    @usableFromInline static let chunkShift = 8
    @usableFromInline static let chunkSize = 1 << chunkShift

    @usableFromInline private(set) var chunks: [ContiguousArray<StoredDocument>] = []
    /// Every position in use is below this.
    public private(set) var limit = 0

    /// Inlinable: the executor's loops over thousands of documents read one value of each, and
    /// only an inlined read lets the compiler skip copying (and retaining) the whole document.
    @inlinable @inline(__always)
    public subscript(position: Int32) -> StoredDocument {
        let position = Int(position)
        return chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)]
    }

    /// Stores `document` at `position`, which is below `limit` or equal to it (a new position).
    mutating func set(_ document: StoredDocument, at position: Int32) {
        let position = Int(position)
        if position == limit {
            if position & (Self.chunkSize - 1) == 0 {
                var chunk = ContiguousArray<StoredDocument>()
                chunk.reserveCapacity(Self.chunkSize)
                chunks.append(chunk)
            }
            chunks[position >> Self.chunkShift].append(document)
            limit += 1
        } else {
            chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)] = document
        }
    }

    /// The document left at a freed position: it has no id and no values.
    static let vacant = StoredDocument(id: "", values: [], file: "", line: 0)
}

/// The positions of a collection's documents in id order (code points, SEMANTICS.md §1.1): a
/// sorted sequence in chunks of about 1 000, so that adding or removing a document copies one
/// chunk and the (short) array of chunks, however large the collection.
struct IDOrder: Sendable {
    static let maximumChunk = 2048

    private(set) var chunks: [ContiguousArray<Int32>] = []
    /// `starts[i]`: how many documents come before chunk `i`; one more entry holds the count.
    private(set) var starts: [Int] = [0]

    var count: Int { starts[starts.count - 1] }

    /// Builds the order from positions already in id order.
    init(sorted positions: some Collection<Int32>, chunkSize: Int = 1024) {
        var chunk = ContiguousArray<Int32>()
        chunk.reserveCapacity(chunkSize)
        for position in positions {
            chunk.append(position)
            if chunk.count == chunkSize {
                chunks.append(chunk)
                chunk = ContiguousArray()
                chunk.reserveCapacity(chunkSize)
            }
        }
        if !chunk.isEmpty { chunks.append(chunk) }
        recount()
    }

    /// The position of the document of rank `rank` in id order.
    @inline(__always)
    func position(atRank rank: Int) -> Int32 {
        let chunk = chunk(containingRank: rank)
        return chunks[chunk][rank - starts[chunk]]
    }

    @inline(__always)
    func chunk(containingRank rank: Int) -> Int {
        // The last chunk whose start is at or before `rank`.
        var low = 0
        var high = chunks.count - 1
        while low < high {
            let middle = (low + high + 1) >> 1
            if starts[middle] <= rank { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The rank of the first document whose id is not before `id`.
    func lowerBound(_ id: String, in table: DocumentTable) -> Int {
        guard let chunk = firstChunk(notBefore: id, in: table) else { return count }
        return starts[chunk] + Self.lowerBound(id, in: chunks[chunk], table: table)
    }

    /// The first chunk whose last id is not before `id`.
    private func firstChunk(notBefore id: String, in table: DocumentTable) -> Int? {
        var low = 0
        var high = chunks.count
        while low < high {
            let middle = (low + high) >> 1
            if idPrecedes(table[chunks[middle][chunks[middle].count - 1]].id, id) { low = middle + 1 } else { high = middle }
        }
        return low < chunks.count ? low : nil
    }

    private static func lowerBound(_ id: String, in chunk: ContiguousArray<Int32>, table: DocumentTable) -> Int {
        var low = 0
        var high = chunk.count
        while low < high {
            let middle = (low + high) >> 1
            if idPrecedes(table[chunk[middle]].id, id) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Adds `position`, whose document (already in `table`) has an id not yet in the order.
    mutating func insert(_ position: Int32, in table: DocumentTable) {
        let id = table[position].id
        guard !chunks.isEmpty else {
            chunks.append([position])
            recount()
            return
        }
        let chunk = firstChunk(notBefore: id, in: table) ?? chunks.count - 1
        let offset = Self.lowerBound(id, in: chunks[chunk], table: table)
        chunks[chunk].insert(position, at: offset)
        if chunks[chunk].count > Self.maximumChunk {
            let half = chunks[chunk].count / 2
            let upper = ContiguousArray(chunks[chunk][half...])
            chunks[chunk].removeSubrange(half...)
            chunks.insert(upper, at: chunk + 1)
        }
        recount()
    }

    /// Removes the position of the document with id `id` (still in `table`).
    mutating func remove(id: String, in table: DocumentTable) {
        guard let chunk = firstChunk(notBefore: id, in: table) else { return }
        let offset = Self.lowerBound(id, in: chunks[chunk], table: table)
        guard offset < chunks[chunk].count, sameID(table[chunks[chunk][offset]].id, id) else { return }
        if chunks[chunk].count == 1 {
            chunks.remove(at: chunk)
        } else {
            chunks[chunk].remove(at: offset)
        }
        recount()
    }

    /// The starts of the chunks: one pass over the (short) array of chunks.
    private mutating func recount() {
        var starts = [Int]()
        starts.reserveCapacity(chunks.count + 1)
        var total = 0
        for chunk in chunks {
            starts.append(total)
            total += chunk.count
        }
        starts.append(total)
        self.starts = starts
    }
}

/// A collection's documents in id order (code points, SEMANTICS.md §1.1), indexed by rank
/// `0..<count`. Reading by rank costs a binary search over the chunks (a few steps); iterating
/// walks the chunks.
public struct DocumentsInIDOrder: RandomAccessCollection, Sendable {
    let order: IDOrder
    let table: DocumentTable

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }
    public var count: Int { order.count }

    public subscript(rank: Int) -> StoredDocument {
        precondition(rank >= 0 && rank < order.count, "rank out of range")
        return table[order.position(atRank: rank)]
    }

    /// The position (`CollectionData.document(at:)`) of the document of rank `rank`.
    public func position(atRank rank: Int) -> Int32 {
        precondition(rank >= 0 && rank < order.count, "rank out of range")
        return order.position(atRank: rank)
    }

    /// The rank of the first document whose id is `id` or comes after it: where paging by id
    /// resumes.
    public func rank(ofFirstIDNotBefore id: String) -> Int { order.lowerBound(id, in: table) }

    /// The positions of the documents, in id order.
    public var positions: some Sequence<Int32> { order.chunks.lazy.joined() }

    public func makeIterator() -> Iterator { Iterator(order: order, table: table) }

    public struct Iterator: IteratorProtocol {
        let order: IDOrder
        let table: DocumentTable
        var chunk = 0
        var offset = 0

        public mutating func next() -> StoredDocument? {
            while chunk < order.chunks.count {
                let positions = order.chunks[chunk]
                if offset < positions.count {
                    defer { offset += 1 }
                    return table[positions[offset]]
                }
                chunk += 1
                offset = 0
            }
            return nil
        }
    }
}
