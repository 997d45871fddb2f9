import QuarrySchema

/// The documents of one collection in a snapshot, in id order (code point order, SEMANTICS.md
/// §1.1), with an index by id and, for each `@ref` field, the documents that point to each id
/// (what `@reverse` fields and ref filters read).
///
/// **Positions.** A document's position is a stable slot, not its rank: it is given when the
/// document enters the collection and kept while it stays (a changed document keeps its
/// position); a position freed by a removed document is given again later. Positions are below
/// `positionLimit`, so they can index bitsets. After a full load positions equal ranks; after a
/// reload they need not. `documents` is the id order; `documents.position(atRank:)` maps a rank
/// to a position.
///
/// **Sharing.** Every part is a persistent structure shared with the snapshot it was derived
/// from: documents by position in chunks of 256, the id order as a chunked sorted sequence, the
/// id index and the referrer indexes as many small dictionaries sharded by hash. A reload copies
/// only the chunks and shards it touches.
public struct CollectionData: Sendable {
    public let type: TypeID
    public let layout: FieldLayout
    /// The documents in id order.
    public let documents: DocumentsInIDOrder
    /// The documents by position (positions from `position(of:)`, `referring(to:throughSlot:)`,
    /// `documents.positions`).
    public let table: DocumentTable
    let index: PositionIndex
    /// For each slot of the layout that is a `@ref`: target id → positions of the documents
    /// referring to it, in id order of those documents (each document once per target).
    let referrers: [ShardedIndex<[Int32]>?]

    init(type: TypeID, layout: FieldLayout, table: DocumentTable, order: IDOrder, index: PositionIndex,
         referrers: [ShardedIndex<[Int32]>?]) {
        self.type = type
        self.layout = layout
        self.table = table
        self.documents = DocumentsInIDOrder(order: order, table: table)
        self.index = index
        self.referrers = referrers
    }

    public var count: Int { documents.count }

    /// Every position in use is below this.
    public var positionLimit: Int { table.limit }

    /// The position of the document with this id.
    public func position(of id: String) -> Int32? { index.position(of: id, in: table) }

    /// The document at a position given by this snapshot (`position(of:)`, `referring(to:throughSlot:)`,
    /// `documents.position(atRank:)`).
    public func document(at position: Int32) -> StoredDocument { table[position] }

    public func document(id: String) -> StoredDocument? { position(of: id).map { table[$0] } }

    /// The positions of the documents whose `@ref` slot `slot` names `id`, in id order of those
    /// documents.
    public func referring(to id: String, throughSlot slot: Int) -> [Int32] {
        guard slot >= 0, slot < referrers.count else { return [] }
        return referrers[slot]?[id] ?? []
    }
}
