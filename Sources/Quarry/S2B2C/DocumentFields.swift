import Foundation
import QuarrySchema
import QuarryStore

/// Reads the fields of a stored or embedded value by name, for the computed fields' Swift code.
struct DocumentFields {
    let snapshot: StoreSnapshot
    let type: TypeID
    let values: [StoredValue]
    let slots: FieldSlotMap

    init(_ snapshot: StoreSnapshot, type: TypeID, values: [StoredValue], slots: FieldSlotMap? = nil) {
        self.snapshot = snapshot
        self.type = type
        self.values = values
        self.slots = slots ?? FieldSlotMap.of(snapshot.schema, layouts: snapshot.layouts)
    }

    subscript(_ name: String) -> StoredValue {
        guard let slot = slots.byType[Int(type.index)][name]?.slot, slot < values.count else { return .null }
        return values[slot]
    }

    /// The embedded objects of a list field, each readable by name.
    func objects(_ name: String) -> [DocumentFields] {
        guard let field = slots.byType[Int(type.index)][name], case .list(let items) = values[field.slot] else { return [] }
        return items.compactMap { item in
            guard case .object(let values) = item else { return nil }
            return DocumentFields(snapshot, type: field.type, values: values, slots: slots)
        }
    }

    func decimal(_ name: String) -> DecimalValue? {
        if case .decimal(let value) = self[name] { return value }
        return nil
    }

    func int(_ name: String) -> Int? {
        if case .int(let value) = self[name] { return Int(value) }
        return nil
    }

    func reference(_ name: String) -> String? {
        if case .reference(let id) = self[name] { return id }
        return nil
    }

    func dateTime(_ name: String) -> DateTimeValue? {
        if case .dateTime(let value) = self[name] { return value }
        return nil
    }

    /// The name of an enum field's value.
    func enumName(_ name: String) -> String? {
        guard let field = slots.byType[Int(type.index)][name], field.slot < values.count,
            case .enumValue(let index) = values[field.slot]
        else { return nil }
        return snapshot.schema.types[Int(field.type.index)].enumValues.withUnsafeBufferPointer { values in
            Int(index) < values.count ? values[Int(index)].name : nil
        }
    }
}

/// Each stored field's slot and named type by field name, for every object type of one schema:
/// computed fields read thousands of documents per request, and a name looked up in the schema
/// per value copies a `NamedType` and compares names one by one.
final class FieldSlotMap: Sendable {
    let schema: Schema
    let byType: [[String: (slot: Int, type: TypeID)]]
    /// The slots `Order.total` reads (nil when the schema lacks one of them): it runs for every
    /// order an aggregate covers.
    let orderTotal: OrderTotalSlots?

    struct OrderTotalSlots: Sendable {
        let items: Int
        let quantity: Int
        let unitPrice: Int
        let shippingFee: Int
        let discount: Int
    }

    private init(schema: Schema, layouts: SchemaLayouts) {
        self.schema = schema
        let byType = schema.types.indices.map { index in
            guard let layout = layouts[TypeID(index)] else { return [:] as [String: (slot: Int, type: TypeID)] }
            var fields: [String: (slot: Int, type: TypeID)] = [:]
            for (slot, stored) in layout.slots.enumerated() { fields[stored.name] = (slot, stored.type.namedType) }
            return fields
        }
        self.byType = byType
        if let order = schema.typeID(named: "Order").map({ byType[Int($0.index)] }), let items = order["items"],
            let quantity = byType[Int(items.type.index)]["quantity"], let unitPrice = byType[Int(items.type.index)]["unitPrice"],
            let shippingFee = order["shippingFee"], let discount = order["discount"]
        {
            orderTotal = OrderTotalSlots(items: items.slot, quantity: quantity.slot, unitPrice: unitPrice.slot,
                                         shippingFee: shippingFee.slot, discount: discount.slot)
        } else {
            orderTotal = nil
        }
    }

    /// The map of `schema`, built on first use and kept until another schema is served.
    static func of(_ schema: Schema, layouts: SchemaLayouts) -> FieldSlotMap {
        latest.lock.lock()
        defer { latest.lock.unlock() }
        if let map = latest.map, map.schema === schema { return map }
        let map = FieldSlotMap(schema: schema, layouts: layouts)
        latest.map = map
        return map
    }

    private final class Latest: @unchecked Sendable {
        let lock = NSLock()
        var map: FieldSlotMap?
    }

    private static let latest = Latest()
}

extension StoreSnapshot {
    /// The fields of a document of a stored type, by id.
    func fields(of typeName: String, id: String) -> DocumentFields? {
        guard let type = schema.typeID(named: typeName), let collection = collection(type),
            let document = collection.document(id: id)
        else { return nil }
        return DocumentFields(self, type: type, values: document.values)
    }

    /// Every document of a stored type with its fields.
    func all(_ typeName: String) -> [DocumentFields] {
        guard let type = schema.typeID(named: typeName), let collection = collection(type) else { return [] }
        return collection.documents.map { DocumentFields(self, type: type, values: $0.values) }
    }
}
