import QuarrySchema
import QuarryStore

/// Reads the fields of a stored or embedded value by name, for the computed fields' Swift code.
struct DocumentFields {
    let snapshot: StoreSnapshot
    let type: TypeID
    let values: [StoredValue]

    init(_ snapshot: StoreSnapshot, type: TypeID, values: [StoredValue]) {
        self.snapshot = snapshot
        self.type = type
        self.values = values
    }

    subscript(_ name: String) -> StoredValue {
        guard let index = snapshot.schema[type].fieldIndex(named: name),
            let slot = snapshot.layouts[type]?.slotOfField[index]
        else { return .null }
        return values[slot]
    }

    /// The embedded objects of a list field, each readable by name.
    func objects(_ name: String) -> [DocumentFields] {
        guard case .list(let items) = self[name], let index = snapshot.schema[type].fieldIndex(named: name) else { return [] }
        let itemType = snapshot.schema[type].fields[index].type.namedType
        return items.compactMap { item in
            guard case .object(let values) = item else { return nil }
            return DocumentFields(snapshot, type: itemType, values: values)
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
        guard case .enumValue(let index) = self[name], let field = snapshot.schema[type].field(named: name) else { return nil }
        let values = snapshot.schema[field.type.namedType].enumValues
        return Int(index) < values.count ? values[Int(index)].name : nil
    }
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
