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
        case .connection(let result): return try resolveConnectionField(field.name, result, arguments: arguments)
        case .edge(let result, let index): return resolveEdgeField(field.name, result, index)
        case .pageInfo(let result): return resolvePageInfoField(field.name, result)
        case .aggregate(let scope): return resolveAggregateField(field.name, scope)
        case .numbers(let scope, let operation): return try reader.numbers(operation, of: field.name, over: scope)
        case .extremes(let scope, let operation): return try reader.extreme(operation, of: field.name, over: scope)
        case .group(let grouping, let index):
            if field.name == "key" { return .object(.groupKey(grouping, index)) }
            return resolveAggregateField(field.name, grouping.groups[index])
        case .groupKey(let grouping, let index):
            let value = grouping.key(field.name, group: index)
            return value.isNull ? .null : .stored(value)
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
        return .object(.connection(try connection(.collection, collection: index, arguments: arguments)))
    }

    private func resolveDocumentField(
        _ field: FieldDef, collection: Int, position: Int32, type: TypeID, arguments: [String: InputValue]
    ) throws(FieldFailure) -> Resolved {
        // Before the document is read: a computed field's code reads what it needs itself, and
        // copying the collection and the document here cost a point lookup with two computed
        // fields about 2k instructions (callgrind).
        if case .computed = field.source { return try resolveComputed(field, collection: collection, position: position, type: type) }
        let data = snapshot.collections[collection]
        let document = data.document(at: position)
        switch field.source {
        case .reference where field.type.isList:
            let result = try referenced(field, document: document, type: type, collection: collection, arguments: arguments)
            return .documents(collection: result.collection, positions: result.matches[result.page])
        case .stored, .reference:
            guard let index = schema[type].fieldIndex(named: field.name), let slot = data.layout.slotOfField[index] else {
                return .null
            }
            return .stored(document.values[slot])
        case .reverse(let targetField):
            let result = try reverse(field, targetField: targetField, id: document.id, arguments: arguments)
            return .documents(collection: result.collection, positions: result.matches[result.page])
        case .connection(let base):
            guard let baseField = schema[type].field(named: base) else { return .null }
            switch baseField.source {
            case .reverse(let targetField):
                return .object(.connection(try reverse(baseField, targetField: targetField, id: document.id, arguments: arguments)))
            case .reference:
                return .object(.connection(try referenced(baseField, document: document, type: type, collection: collection, arguments: arguments)))
            default: return .null
            }
        case .computed, .engine:
            return .null
        }
    }

    /// A `@computed` field: the Swift code registered for `Type.field` (PRODUCT.md §1).
    private func resolveComputed(_ field: FieldDef, collection: Int, position: Int32, type: TypeID) throws(FieldFailure) -> Resolved {
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
    }

    /// The documents whose `@ref` field `targetField` names `id`, as a connection page.
    func reverse(_ field: FieldDef, targetField: String, id: String, arguments: [String: InputValue])
        throws(FieldFailure) -> ConnectionResult
    {
        let target = field.type.namedType
        guard let index = collectionIndex(target), let fieldIndex = schema[target].fieldIndex(named: targetField),
            let slot = snapshot.collections[index].layout.slotOfField[fieldIndex]
        else { throw FieldFailure("\(schema[target].name) has no stored reference \"\(targetField)\" to list.") }
        let matches = snapshot.collections[index].referring(to: id, throughSlot: slot)
        return try connection(.positions(matches), collection: index, arguments: arguments)
    }

    /// A stored list of `@ref` ids as a connection page, dangling ids left out.
    private func referenced(
        _ field: FieldDef, document: StoredDocument, type: TypeID, collection: Int, arguments: [String: InputValue]
    ) throws(FieldFailure) -> ConnectionResult {
        let target = field.type.namedType
        guard let index = collectionIndex(target) else { throw FieldFailure("\(schema[target].name) is not a stored type.") }
        var matches: [Int32] = []
        if let fieldIndex = schema[type].fieldIndex(named: field.name),
            let slot = snapshot.collections[collection].layout.slotOfField[fieldIndex],
            case .list(let items) = document.values[slot]
        {
            let targetData = snapshot.collections[index]
            matches = items.compactMap { item -> Int32? in
                if case .reference(let id) = item { return targetData.position(of: id) }
                return nil
            }
        }
        return try connection(.positions(matches), collection: index, arguments: arguments)
    }

    private func resolveConnectionField(_ name: String, _ result: ConnectionResult, arguments: [String: InputValue])
        throws(FieldFailure) -> Resolved
    {
        switch name {
        case "totalCount": return .int(result.matches.count)
        case "nodes": return .documents(collection: result.collection, positions: result.matches[result.page])
        case "edges": return .objects(result.page.map { .edge(result, $0) })
        case "pageInfo": return .object(.pageInfo(result))
        case "aggregate": return .object(.aggregate(AggregateScope(collection: result.collection, positions: result.matches)))
        case "groupBy":
            let scope = AggregateScope(collection: result.collection, positions: result.matches)
            let grouping = try reader.group(scope, by: arguments["by"], granularity: TimeGranularity(arguments["granularity"]))
            return .objects(grouping.groups.indices.map { .group(grouping, $0) })
        default: return .null
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
}
