import QuarrySchema
import QuarryStore

/// The object a selection set is resolved against: a stored document, an embedded value, a
/// connection and its parts, or an introspection object. A small enum, no class per document.
enum ObjectValue {
    case root
    case document(collection: Int, position: Int32)
    case embedded(type: TypeID, values: [StoredValue])
    case connection(ConnectionResult)
    case edge(ConnectionResult, Int)
    case pageInfo(ConnectionResult)
    /// `TAggregate` of a connection's matches.
    case aggregate(AggregateScope)
    /// `TNumbers`: sums or averages.
    case numbers(AggregateScope, NumberAggregate)
    /// `TValues`: minimums or maximums.
    case extremes(AggregateScope, ExtremeAggregate)
    /// One `TGroup` of a `groupBy` and its `TGroupKey`.
    case group(GroupingResult, Int)
    case groupKey(GroupingResult, Int)
    case schema
    /// A `__Type`: a named type or a wrapper around one.
    case type(TypeRef)
    case field(FieldDef)
    case inputValue(InputValueDef)
    case enumValue(EnumValueDef)
    case directive(DirectiveDef)
}

/// The documents of a connection after filtering and sorting, and the page that is shown.
final class ConnectionResult {
    let collection: Int
    /// Positions in the collection of every match, in order.
    let matches: [Int32]
    /// The part of `matches` on this page.
    let page: Range<Int>
    /// The order, and each match's sort-key values (`plan.keys.count` per match, in the order
    /// of `matches`), which its cursor encodes.
    let plan: SortPlan
    let keys: [StoredValue]

    init(collection: Int, matches: [Int32], page: Range<Int>, plan: SortPlan, keys: [StoredValue]) {
        self.collection = collection
        self.matches = matches
        self.page = page
        self.plan = plan
        self.keys = keys
    }
}

/// The ids of the generated and introspection types the engine returns, looked up once per
/// schema.
struct EngineTypes {
    let connection: [TypeID: TypeID]
    let edge: [TypeID: TypeID]
    let pageInfo: TypeID?
    let schema: TypeID?
    let type: TypeID?
    let field: TypeID?
    let inputValue: TypeID?
    let enumValue: TypeID?
    let directive: TypeID?
    /// Root field name → (collection type, true for the list field).
    let rootFields: [String: (type: TypeID, isList: Bool)]

    init(schema: Schema) {
        var connection: [TypeID: TypeID] = [:]
        var edge: [TypeID: TypeID] = [:]
        var rootFields: [String: (TypeID, Bool)] = [:]
        for type in schema.collections {
            let name = schema[type].name
            connection[type] = schema.typeID(named: "\(name)Connection")
            edge[type] = schema.typeID(named: "\(name)Edge")
            if let collection = schema[type].collection {
                rootFields[collection.singular] = (type, false)
                rootFields[collection.plural] = (type, true)
            }
        }
        self.connection = connection
        self.edge = edge
        self.rootFields = rootFields
        pageInfo = schema.typeID(named: "PageInfo")
        self.schema = schema.typeID(named: "__Schema")
        type = schema.typeID(named: "__Type")
        field = schema.typeID(named: "__Field")
        inputValue = schema.typeID(named: "__InputValue")
        enumValue = schema.typeID(named: "__EnumValue")
        directive = schema.typeID(named: "__Directive")
    }
}
