import QuarryLanguage

/// Adds the generated query API to a source schema: root fields, connections, filters, sort
/// keys, aggregates and groups for every stored type (SEMANTICS.md §2, names per §15.2).
struct APIGenerator {
    private let source: Schema
    private var types: [NamedType]
    private var index: [String: TypeID] = [:]
    private(set) var errors: [SchemaError] = []

    init(source: Schema) {
        self.source = source
        self.types = source.types
        for (position, type) in types.enumerated() { index[type.name] = TypeID(position) }
    }

    mutating func generate() -> Schema {
        let userObjects = source.types.indices.filter { position in
            let type = source.types[position]
            return type.kind == .object && !type.isBuiltIn && TypeID(position) != source.queryType
        }.map { TypeID($0) }
        let stored = userObjects.filter { source[$0].collection != nil }

        declareShared()
        for object in userObjects { declareFilterAndOrder(for: object) }
        for object in stored { declareConnection(for: object) }
        guard errors.isEmpty else { return source }

        for object in userObjects {
            fillFilter(for: object)
            fillOrderBy(for: object)
            addListArguments(to: object)
        }
        for object in stored { fillConnection(for: object) }
        fillQuery(stored: stored)
        removeEmptyTypes()
        return Schema(
            types: types, directives: source.directives, queryType: index["Query"]!, mutationType: nil,
            subscriptionType: nil, description: source.description, files: source.files)
    }

    // MARK: Declaring names first, so that fields can refer to any generated type

    /// Adds an empty generated type, or reports a user type that already has the name.
    @discardableResult
    private mutating func declare(_ kind: TypeKind, _ name: String, _ description: String) -> TypeID {
        if let existing = index[name] {
            let type = types[Int(existing.index)]
            if !type.isBuiltIn || name == "Query" {
                if type.location != nil, type.collection == nil || name != "Query" {
                    report("Type \"\(name)\" has the name of a type the generated API needs; rename it.", at: type.location)
                }
                return existing
            }
            return existing
        }
        var type = NamedType(kind: kind, name: name, description: description)
        type.isGenerated = true
        index[name] = TypeID(types.count)
        types.append(type)
        return TypeID(types.count - 1)
    }

    private mutating func declareShared() {
        if index["Query"].map({ types[Int($0.index)].isBuiltIn }) ?? true {
            let id = index["Query"] ?? declare(.object, "Query", "")
            types[Int(id.index)].isBuiltIn = false
            types[Int(id.index)].isGenerated = true
            types[Int(id.index)].description = "The root of every query: one document by id, or a filtered, sorted, paged connection, for each stored type."
        }
        let sort = declare(.enumeration, "SortDirection", "Sort direction of one key. Nulls sort last either way; ties break by id ascending.")
        types[Int(sort.index)].enumValues = [
            EnumValueDef(name: "ASC", description: "Smallest first: numbers ascending, text by code point, earliest first."),
            EnumValueDef(name: "DESC", description: "Largest first."),
        ]
        let granularity = declare(.enumeration, "TimeGranularity", "The size of the buckets when grouping by a Date or DateTime field; each value is bucketed in its own UTC offset.")
        types[Int(granularity.index)].enumValues = [
            EnumValueDef(name: "DAY", description: "One bucket per calendar day."),
            EnumValueDef(name: "WEEK", description: "One bucket per week, starting on Monday."),
            EnumValueDef(name: "MONTH", description: "One bucket per calendar month."),
            EnumValueDef(name: "YEAR", description: "One bucket per calendar year."),
        ]
        let pageInfo = declare(.object, "PageInfo", "Where a page sits among all matches (Relay cursor connections).")
        types[Int(pageInfo.index)].fields = [
            field("hasNextPage", boolean.nonNull, "Whether matches exist after this page."),
            field("hasPreviousPage", boolean.nonNull, "Whether matches exist before this page."),
            field("startCursor", string, "The cursor of the first edge; null for an empty page."),
            field("endCursor", string, "The cursor of the last edge; null for an empty page."),
        ]
    }

    private mutating func declareFilterAndOrder(for object: TypeID) {
        let name = source[object].name
        declare(.inputObject, "\(name)Filter", "Conditions on \(name) values; all entries must hold. An operator given null is ignored.")
        declare(.inputObject, "\(name)OrderBy", "One sort key for \(name): give exactly one field per element of orderBy.")
    }

    private mutating func declareConnection(for object: TypeID) {
        let name = source[object].name
        declare(.object, "\(name)Connection", "A page of \(name) documents, with the total, the aggregates and the groups of all matches.")
        declare(.object, "\(name)Edge", "One \(name) of a page with its cursor.")
        declare(.object, "\(name)Aggregate", "Aggregates over every \(name) that matches the filter, not just the page.")
        declare(.inputObject, "\(name)Numbers", "")  // replaced by an object below; declared for collisions
        types[Int(index["\(name)Numbers"]!.index)].kind = .object
        types[Int(index["\(name)Numbers"]!.index)].description = "Sums or averages of the numeric fields of \(name); Int and Float fields are summed as Float."
        declare(.object, "\(name)Values", "Smallest or largest values of the numeric and date fields of \(name).")
        declare(.enumeration, "\(name)GroupField", "A field of \(name) to group by.")
        declare(.object, "\(name)GroupKey", "The key of a group: the value of each grouped field (null when absent).")
        declare(.object, "\(name)Group", "One group of \(name) documents with its count and aggregates.")
    }

    // MARK: Filters (SEMANTICS.md §2.5, §3)

    private mutating func fillFilter(for object: TypeID) {
        let type = source[object]
        var entries: [InputValueDef] = []
        for field in type.fields {
            guard let filterType = filterType(for: field) else { continue }
            entries.append(InputValueDef(name: field.name, description: filterDescription(field, of: type), type: .named(filterType)))
        }
        let filter = index["\(type.name)Filter"]!
        entries.append(InputValueDef(name: "and", description: "Holds when every element holds; [] always holds.", type: .list(.named(filter).nonNull)))
        entries.append(InputValueDef(name: "or", description: "Holds when at least one element holds; [] never holds.", type: .list(.named(filter).nonNull)))
        entries.append(InputValueDef(name: "not", description: "Holds when this filter does not.", type: .named(filter)))
        types[Int(filter.index)].inputFields = entries
    }

    private func filterDescription(_ field: FieldDef, of type: NamedType) -> String {
        let target = source[field.type.namedType]
        if target.kind == .object {
            if field.type.isList { return "Conditions on the elements of \(type.name).\(field.name): some, every or none." }
            return "Conditions on the \(target.name) in \(type.name).\(field.name); false when there is none."
        }
        return "Conditions on \(type.name).\(field.name)."
    }

    /// The filter input for a field, declaring scalar and list filters on first use.
    private mutating func filterType(for field: FieldDef) -> TypeID? {
        let target = field.type.namedType
        let targetType = source[target]
        switch targetType.kind {
        case .scalar, .enumeration:
            return field.type.isList ? scalarListFilter(target) : scalarFilter(target)
        case .object:
            return field.type.isList ? objectListFilter(target) : index["\(targetType.name)Filter"]
        case .interface, .union, .inputObject:
            return nil
        }
    }

    private mutating func scalarFilter(_ scalar: TypeID) -> TypeID {
        let name = source[scalar].name
        if let existing = index["\(name)Filter"], types[Int(existing.index)].isGenerated { return existing }
        let id = declare(.inputObject, "\(name)Filter", "Conditions on a \(name) value; all given operators must hold.")
        let value = TypeRef.named(scalar)
        let ordered = ["Int", "Float", "Decimal", "Date", "DateTime", "String", "ID"].contains(name)
        let textual = name == "String" || name == "ID"
        var fields = [
            InputValueDef(name: "eq", description: "Equal to; never matches null.", type: value),
            InputValueDef(name: "ne", description: "Not equal to; null matches.", type: value),
            InputValueDef(name: "in", description: "Equal to one of; [] matches nothing.", type: .list(value.nonNull)),
            InputValueDef(name: "notIn", description: "Equal to none of; null matches, [] matches everything.", type: .list(value.nonNull)),
        ]
        if ordered {
            fields += [
                InputValueDef(name: "lt", description: "Less than.", type: value),
                InputValueDef(name: "lte", description: "Less than or equal to.", type: value),
                InputValueDef(name: "gt", description: "Greater than.", type: value),
                InputValueDef(name: "gte", description: "Greater than or equal to.", type: value),
            ]
        }
        if textual {
            fields += [
                InputValueDef(name: "contains", description: "Contains this text (case-sensitive, by code point).", type: string),
                InputValueDef(name: "startsWith", description: "Starts with this text.", type: string),
                InputValueDef(name: "endsWith", description: "Ends with this text.", type: string),
            ]
        }
        fields.append(InputValueDef(name: "isNull", description: "True: the value is null or absent; false: it is present.", type: boolean))
        types[Int(id.index)].inputFields = fields
        return id
    }

    private mutating func scalarListFilter(_ scalar: TypeID) -> TypeID {
        let name = source[scalar].name
        if let existing = index["\(name)ListFilter"], types[Int(existing.index)].isGenerated { return existing }
        let id = declare(.inputObject, "\(name)ListFilter", "Conditions on a list of \(name) values.")
        types[Int(id.index)].inputFields = [
            InputValueDef(name: "has", description: "The list contains this value; a null or absent list never does.", type: .named(scalar)),
            InputValueDef(name: "isNull", description: "True: the list is null or absent.", type: boolean),
        ]
        return id
    }

    private mutating func objectListFilter(_ object: TypeID) -> TypeID? {
        let name = source[object].name
        if let existing = index["\(name)ListFilter"], types[Int(existing.index)].isGenerated { return existing }
        guard let element = index["\(name)Filter"] else { return nil }
        let id = declare(.inputObject, "\(name)ListFilter", "Conditions on a list of \(name) values; several quantifiers must all hold.")
        types[Int(id.index)].inputFields = [
            InputValueDef(name: "some", description: "At least one element matches.", type: .named(element)),
            InputValueDef(name: "every", description: "Every element matches (true for an empty list).", type: .named(element)),
            InputValueDef(name: "none", description: "No element matches (true for an empty list); none: {} selects empty lists.", type: .named(element)),
        ]
        return id
    }

    // MARK: Sort keys (SEMANTICS.md §2.6, §4)

    private mutating func fillOrderBy(for object: TypeID) {
        let type = source[object]
        var entries: [InputValueDef] = []
        for field in type.fields where !field.type.isList {
            let target = source[field.type.namedType]
            switch target.kind {
            case .scalar, .enumeration:
                entries.append(InputValueDef(name: field.name, description: "Sort by \(type.name).\(field.name).", type: .named(index["SortDirection"]!)))
            case .object:
                if let nested = index["\(target.name)OrderBy"] {
                    entries.append(InputValueDef(name: field.name, description: "Sort by a field of the \(target.name) in \(type.name).\(field.name); none sorts as null.", type: .named(nested)))
                }
            default:
                break
            }
        }
        types[Int(index["\(type.name)OrderBy"]!.index)].inputFields = entries
    }

    // MARK: List fields of stored types (SEMANTICS.md §2.9)

    private mutating func addListArguments(to object: TypeID) {
        guard source[object].collection != nil else { return }
        var fields: [FieldDef] = []
        for var field in source[object].fields {
            let target = source[field.type.namedType]
            guard field.type.isList, target.collection != nil else {
                fields.append(field)
                continue
            }
            field.arguments = listArguments(target.name)
            fields.append(field)
            var sibling = FieldDef(
                name: "\(field.name)Connection",
                description: "\(source[object].name).\(field.name) as a connection: totals, aggregates and groups over the same documents.",
                type: .named(index["\(target.name)Connection"]!).nonNull)
            sibling.arguments = listArguments(target.name)
            sibling.source = .connection(of: field.name)
            fields.append(sibling)
        }
        types[Int(object.index)].fields = fields
    }

    private func listArguments(_ target: String) -> [InputValueDef] {
        [
            InputValueDef(name: "filter", description: "Only the \(target) documents that match.", type: .named(index["\(target)Filter"]!)),
            InputValueDef(name: "orderBy", description: "Sort keys, most significant first.", type: .list(.named(index["\(target)OrderBy"]!).nonNull)),
            InputValueDef(name: "first", description: "At most this many, from the start.", type: int),
            InputValueDef(name: "offset", description: "Skip this many from the start.", type: int),
        ]
    }

    // MARK: Connections, aggregates, groups (SEMANTICS.md §2.3–§2.8)

    private mutating func fillConnection(for object: TypeID) {
        let type = source[object]
        let name = type.name
        let numbers = type.fields.filter { !$0.type.isList && ["Int", "Float", "Decimal"].contains(source[$0.type.namedType].name) }
        let values = type.fields.filter { !$0.type.isList && ["Int", "Float", "Decimal", "Date", "DateTime"].contains(source[$0.type.namedType].name) }
        let groupFields = type.fields.filter { field in
            guard !field.type.isList, field.name != "id" else { return false }
            let kind = source[field.type.namedType].kind
            if kind == .scalar || kind == .enumeration { return true }
            if case .reference = field.source { return true }
            return false
        }
        let float = TypeRef.named(index["Float"]!)
        setFields("\(name)Numbers", numbers.map { field in
            let isDecimal = source[field.type.namedType].name == "Decimal"
            return self.field(field.name, isDecimal ? .named(field.type.namedType) : float, "\(name).\(field.name)")
        })
        setFields("\(name)Values", values.map { self.field($0.name, .named($0.type.namedType), "\(name).\($0.name)") })

        var aggregates: [FieldDef] = []
        if !numbers.isEmpty {
            aggregates.append(field("sum", .named(index["\(name)Numbers"]!), "Sums of the non-null values; 0 when there are none."))
            aggregates.append(field("avg", .named(index["\(name)Numbers"]!), "Means of the non-null values; null when there are none."))
        }
        if !values.isEmpty {
            aggregates.append(field("min", .named(index["\(name)Values"]!), "Smallest non-null values; null when there are none."))
            aggregates.append(field("max", .named(index["\(name)Values"]!), "Largest non-null values; null when there are none."))
        }
        setFields("\(name)Aggregate", [field("count", int.nonNull, "The number of matching documents.")] + aggregates)

        types[Int(index["\(name)GroupField"]!.index)].enumValues = groupFields.map {
            EnumValueDef(name: screamingSnakeCase($0.name), description: "Group by \(name).\($0.name).")
        }
        setFields("\(name)GroupKey", groupFields.map { self.field($0.name, .named($0.type.namedType), "The value of \(name).\($0.name) in this group.") })
        setFields("\(name)Group", [
            field("key", .named(index["\(name)GroupKey"]!).nonNull, "The grouped fields' values."),
            field("count", int.nonNull, "The number of documents in the group."),
        ] + aggregates)
        setFields("\(name)Edge", [
            field("cursor", string.nonNull, "An opaque cursor for after/before."),
            field("node", .named(object).nonNull, "The \(name)."),
        ])
        var groupBy = field("groupBy", .list(.named(index["\(name)Group"]!).nonNull).nonNull, "Groups of all matching documents by the given fields, in ascending key order.")
        groupBy.arguments = [
            InputValueDef(name: "by", description: "The fields to group by, in order.", type: .list(.named(index["\(name)GroupField"]!).nonNull).nonNull),
            InputValueDef(name: "granularity", description: "The bucket size for Date and DateTime fields; DAY when not given.", type: .named(index["TimeGranularity"]!)),
        ]
        setFields("\(name)Connection", [
            field("totalCount", int.nonNull, "The number of matching documents, whatever the paging."),
            field("nodes", .list(.named(object).nonNull).nonNull, "The documents of this page."),
            field("edges", .list(.named(index["\(name)Edge"]!).nonNull).nonNull, "The documents of this page with their cursors."),
            field("pageInfo", .named(index["PageInfo"]!).nonNull, "Whether there are more pages, and the cursors of this one."),
            field("aggregate", .named(index["\(name)Aggregate"]!).nonNull, "Count, sums, averages, minimums and maximums of all matches."),
            groupBy,
        ])
    }

    private mutating func fillQuery(stored: [TypeID]) {
        let query = index["Query"]!
        var fields = types[Int(query.index)].fields
        for object in stored {
            let type = source[object]
            guard let collection = type.collection else { continue }
            if !fields.contains(where: { $0.name == collection.singular }) {
                var single = field(collection.singular, .named(object), "One \(type.name) by id; null when there is none.")
                single.arguments = [InputValueDef(name: "id", description: "The id of the \(type.name).", type: .named(index["ID"]!).nonNull)]
                fields.append(single)
            }
            if !fields.contains(where: { $0.name == collection.plural }) {
                var many = field(collection.plural, .named(index["\(type.name)Connection"]!).nonNull, "\(type.name) documents: filtered, sorted and paged, with totals, aggregates and groups.")
                many.arguments = [
                    InputValueDef(name: "filter", description: "Only the documents that match.", type: .named(index["\(type.name)Filter"]!)),
                    InputValueDef(name: "orderBy", description: "Sort keys, most significant first; ties break by id.", type: .list(.named(index["\(type.name)OrderBy"]!).nonNull)),
                    InputValueDef(name: "first", description: "Keep this many from the start of the window.", type: int),
                    InputValueDef(name: "after", description: "Start after the edge with this cursor.", type: string),
                    InputValueDef(name: "last", description: "Keep this many from the end of the window.", type: int),
                    InputValueDef(name: "before", description: "End before the edge with this cursor.", type: string),
                    InputValueDef(name: "offset", description: "Skip this many from the start of the window.", type: int),
                ]
                fields.append(many)
            }
        }
        types[Int(query.index)].fields = fields
    }

    /// A generated type that ended up with no fields or values is left out (§15.2), and so is
    /// every generated field or input field that would refer to it. Hidden types stay in the
    /// array so that type ids hold.
    private mutating func removeEmptyTypes() {
        var changed = true
        while changed {
            changed = false
            for position in types.indices where types[position].isGenerated && !types[position].isHidden {
                let type = types[position]
                let empty = switch type.kind {
                case .object, .interface: type.fields.isEmpty
                case .inputObject: type.inputFields.isEmpty
                case .enumeration: type.enumValues.isEmpty
                default: false
                }
                if empty {
                    types[position].isHidden = true
                    changed = true
                }
            }
            let hidden = Set(types.indices.filter { types[$0].isHidden })
            let isHidden = { (type: TypeRef) in hidden.contains(Int(type.namedType.index)) }
            for position in types.indices where !types[position].isHidden {
                let fields = types[position].fields.filter { field in
                    !(field.source == .engine && (isHidden(field.type) || field.arguments.contains { isHidden($0.type) && $0.type.isNonNull }))
                }
                let inputs = types[position].inputFields.filter { !(types[position].isGenerated && isHidden($0.type)) }
                if fields.count != types[position].fields.count || inputs.count != types[position].inputFields.count {
                    types[position].fields = fields
                    types[position].inputFields = inputs
                    changed = true
                }
            }
        }
    }

    // MARK: Helpers

    private var boolean: TypeRef { .named(index["Boolean"]!) }
    private var string: TypeRef { .named(index["String"]!) }
    private var int: TypeRef { .named(index["Int"]!) }

    private func field(_ name: String, _ type: TypeRef, _ description: String) -> FieldDef {
        var field = FieldDef(name: name, description: description, type: type)
        field.source = .engine
        return field
    }

    private mutating func setFields(_ typeName: String, _ fields: [FieldDef]) {
        types[Int(index[typeName]!.index)].fields = fields
    }

    private mutating func report(_ message: String, at location: SchemaLocation?) {
        guard let location else { return }
        let place = source.describe(location)
        errors.append(SchemaError(file: place.file, line: place.line, column: place.column, message: message))
    }
}

extension TypeRef {
    var nonNull: TypeRef { .nonNull(self) }
}

/// `placedAt` → `PLACED_AT`.
func screamingSnakeCase(_ name: String) -> String {
    var result = ""
    for (offset, character) in name.enumerated() {
        if character.isUppercase && offset > 0 { result.append("_") }
        result += character.uppercased()
    }
    return result
}
