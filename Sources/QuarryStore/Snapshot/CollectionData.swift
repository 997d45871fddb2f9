import QuarrySchema

/// The documents of one collection in a snapshot, ordered by id (code point order, SEMANTICS.md
/// §1.1), with an index by id and, for each `@ref` field, the documents that point to each id
/// (what `@reverse` fields and ref filters read).
public struct CollectionData: Sendable {
    public let type: TypeID
    public let layout: FieldLayout
    public let documents: [StoredDocument]
    private let positions: [String: Int32]
    /// For each slot of the layout that is a `@ref`: target id → positions of the documents
    /// referring to it, in id order.
    private let referrers: [Int: [String: [Int32]]]

    init(type: TypeID, layout: FieldLayout, documents: [StoredDocument]) {
        self.type = type
        self.layout = layout
        self.documents = documents
        var positions: [String: Int32] = [:]
        positions.reserveCapacity(documents.count)
        for (position, document) in documents.enumerated() { positions[document.id] = Int32(position) }
        self.positions = positions
        var referrers: [Int: [String: [Int32]]] = [:]
        for (slot, field) in layout.slots.enumerated() where field.isReference {
            var index: [String: [Int32]] = [:]
            for (position, document) in documents.enumerated() {
                switch document.values[slot] {
                case .reference(let target): index[target, default: []].append(Int32(position))
                case .list(let items):
                    for case .reference(let target) in items { index[target, default: []].append(Int32(position)) }
                default: break
                }
            }
            referrers[slot] = index
        }
        self.referrers = referrers
    }

    /// The position of the document with this id.
    public func position(of id: String) -> Int32? { positions[id] }

    public func document(id: String) -> StoredDocument? { positions[id].map { documents[Int($0)] } }

    /// The positions of the documents whose `@ref` slot `slot` names `id`.
    public func referring(to id: String, throughSlot slot: Int) -> [Int32] { referrers[slot]?[id] ?? [] }
}
