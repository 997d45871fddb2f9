import QuarryLanguage
import QuarrySchema
import QuarryStore

extension Executor {
    /// Resolves a field of an object (spec §6.4.2 ResolveFieldValue).
    func resolve(_ field: FieldDef, of object: ObjectValue, type: TypeID, arguments: [String: InputValue])
        throws(FieldFailure) -> Resolved
    {
        switch object {
        case .root: return try resolveRoot(field, arguments: arguments)
        case .document(let collection, let position):
            return try resolveDocumentField(field, collection: collection, position: position, type: type, arguments: arguments)
        case .embedded(let embeddedType, let values):
            guard let layout = snapshot.layouts[embeddedType], let index = schema[embeddedType].fieldIndex(named: field.name),
                let slot = layout.slotOfField[index]
            else { return .null }
            return .stored(values[slot])
        case .connection(let result): return try resolveConnectionField(field.name, result)
        case .edge(let result, let index): return resolveEdgeField(field.name, result, index)
        case .pageInfo(let result): return resolvePageInfoField(field.name, result)
        case .schema, .type, .field, .inputValue, .enumValue, .directive:
            return resolveIntrospection(field.name, of: object, arguments: arguments)
        }
    }

    private func resolveRoot(_ field: FieldDef, arguments: [String: InputValue]) throws(FieldFailure) -> Resolved {
        switch field.name {
        case "__schema": return .object(.schema)
        case "__type":
            guard case .string(let name)? = arguments["name"], let id = schema.typeID(named: name), !schema[id].isHidden
            else { return .null }
            return .object(.type(.named(id)))
        default: break
        }
        guard let root = types.rootFields[field.name], let index = collectionIndex(root.type) else { return .null }
        let collection = snapshot.collections[index]
        if !root.isList {
            guard case .string(let id)? = arguments["id"], let position = collection.position(of: id) else { return .null }
            return .object(.document(collection: index, position: position))
        }
        let all = Array(collection.documents.positions)
        return .object(.connection(try page(all, collection: index, arguments: arguments)))
    }

    private func resolveDocumentField(
        _ field: FieldDef, collection: Int, position: Int32, type: TypeID, arguments: [String: InputValue]
    ) throws(FieldFailure) -> Resolved {
        let data = snapshot.collections[collection]
        let document = data.document(at: position)
        switch field.source {
        case .stored, .reference:
            guard let index = schema[type].fieldIndex(named: field.name), let slot = data.layout.slotOfField[index] else {
                return .null
            }
            return .stored(document.values[slot])
        case .reverse(let targetField):
            let result = try reverse(field, targetField: targetField, id: document.id, arguments: arguments)
            return .objects(result.page.map { .document(collection: result.collection, position: result.matches[$0]) })
        case .connection(let base):
            guard let baseField = schema[type].field(named: base) else { return .null }
            switch baseField.source {
            case .reverse(let targetField):
                return .object(.connection(try reverse(baseField, targetField: targetField, id: document.id, arguments: arguments)))
            case .reference:
                return .object(.connection(try referenced(baseField, document: document, type: type, collection: collection, arguments: arguments)))
            default: return .null
            }
        case .computed:
            let key = "\(schema[type].name).\(field.name)"
            guard let resolver = computed.resolvers[key] else {
                throw FieldFailure("No Swift code is registered for the computed field \(key).")
            }
            do {
                return .stored(try resolver(ComputedInput(snapshot: snapshot, collection: collection, position: position)))
            } catch let reason as FieldFailureReason {
                throw FieldFailure(reason.message)
            } catch {
                throw FieldFailure("\(key) failed: \(error)")
            }
        case .engine:
            return .null
        }
    }

    /// The documents whose `@ref` field `targetField` names `id`, as a connection page.
    func reverse(_ field: FieldDef, targetField: String, id: String, arguments: [String: InputValue])
        throws(FieldFailure) -> ConnectionResult
    {
        let target = field.type.namedType
        guard let index = collectionIndex(target), let fieldIndex = schema[target].fieldIndex(named: targetField),
            let slot = snapshot.collections[index].layout.slotOfField[fieldIndex]
        else { return ConnectionResult(collection: 0, matches: [], page: 0..<0) }
        let matches = snapshot.collections[index].referring(to: id, throughSlot: slot)
        return try page(matches, collection: index, arguments: arguments)
    }

    /// A stored list of `@ref` ids as a connection page, dangling ids left out.
    private func referenced(
        _ field: FieldDef, document: StoredDocument, type: TypeID, collection: Int, arguments: [String: InputValue]
    ) throws(FieldFailure) -> ConnectionResult {
        let target = field.type.namedType
        guard let index = collectionIndex(target), let fieldIndex = schema[type].fieldIndex(named: field.name),
            let slot = snapshot.collections[collection].layout.slotOfField[fieldIndex],
            case .list(let items) = document.values[slot]
        else { return ConnectionResult(collection: 0, matches: [], page: 0..<0) }
        let targetData = snapshot.collections[index]
        let matches = items.compactMap { item -> Int32? in
            if case .reference(let id) = item { return targetData.position(of: id) }
            return nil
        }
        return try page(matches, collection: index, arguments: arguments)
    }

    /// Applies paging to ordered matches (SEMANTICS.md §5.1: window, then offset, first, last).
    func page(_ matches: [Int32], collection: Int, arguments: [String: InputValue]) throws(FieldFailure) -> ConnectionResult {
        for unsupported in ["filter", "orderBy", "after", "before"] where arguments[unsupported] != nil && arguments[unsupported] != .null {
            throw FieldFailure("The \"\(unsupported)\" argument is not served yet.")
        }
        var window = 0..<matches.count
        func count(_ name: String) throws(FieldFailure) -> Int? {
            guard case .int(let value)? = arguments[name] else { return nil }
            if value < 0 { throw FieldFailure("\"\(name)\" must not be negative, got \(value).") }
            return Int(value)
        }
        if let offset = try count("offset") { window = min(window.upperBound, window.lowerBound + offset)..<window.upperBound }
        if let first = try count("first") { window = window.lowerBound..<min(window.upperBound, window.lowerBound + first) }
        if let last = try count("last") { window = max(window.lowerBound, window.upperBound - last)..<window.upperBound }
        return ConnectionResult(collection: collection, matches: matches, page: window)
    }

    private func resolveConnectionField(_ name: String, _ result: ConnectionResult) throws(FieldFailure) -> Resolved {
        switch name {
        case "totalCount": return .int(result.matches.count)
        case "nodes": return .objects(result.page.map { .document(collection: result.collection, position: result.matches[$0]) })
        case "edges": return .objects(result.page.map { .edge(result, $0) })
        case "pageInfo": return .object(.pageInfo(result))
        default: throw FieldFailure("\"\(name)\" is not served yet.")
        }
    }

    private func resolveEdgeField(_ name: String, _ result: ConnectionResult, _ index: Int) -> Resolved {
        switch name {
        case "cursor": return .text(cursor(result, index))
        case "node": return .object(.document(collection: result.collection, position: result.matches[index]))
        default: return .null
        }
    }

    private func resolvePageInfoField(_ name: String, _ result: ConnectionResult) -> Resolved {
        switch name {
        case "hasNextPage": return .boolean(result.page.upperBound < result.matches.count)
        case "hasPreviousPage": return .boolean(result.page.lowerBound > 0)
        case "startCursor": return result.page.isEmpty ? .null : .text(cursor(result, result.page.lowerBound))
        case "endCursor": return result.page.isEmpty ? .null : .text(cursor(result, result.page.upperBound - 1))
        default: return .null
        }
    }

    /// An opaque cursor naming the edge's document.
    private func cursor(_ result: ConnectionResult, _ index: Int) -> String {
        let id = snapshot.collections[result.collection].document(at: result.matches[index]).id
        return base64(Array("id:\(id)".utf8))
    }
}

/// Standard base64 of bytes.
func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var output: [UInt8] = []
    var index = 0
    while index < bytes.count {
        let chunk = (UInt32(bytes[index]) << 16) | (index + 1 < bytes.count ? UInt32(bytes[index + 1]) << 8 : 0)
            | (index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0)
        output.append(alphabet[Int(chunk >> 18 & 63)])
        output.append(alphabet[Int(chunk >> 12 & 63)])
        output.append(index + 1 < bytes.count ? alphabet[Int(chunk >> 6 & 63)] : UInt8(ascii: "="))
        output.append(index + 2 < bytes.count ? alphabet[Int(chunk & 63)] : UInt8(ascii: "="))
        index += 3
    }
    return String(decoding: output, as: UTF8.self)
}
