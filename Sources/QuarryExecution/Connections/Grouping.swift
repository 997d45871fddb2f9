import QuarrySchema
import QuarryStore

/// `DAY WEEK MONTH YEAR` buckets of `groupBy` (SEMANTICS.md §7.3).
enum TimeGranularity {
    case day, week, month, year

    init(_ input: InputValue?) {
        switch input {
        case .enumValue("WEEK")?: self = .week
        case .enumValue("MONTH")?: self = .month
        case .enumValue("YEAR")?: self = .year
        default: self = .day
        }
    }

    /// The first date of the bucket holding `date`: weeks start on Monday, months on the 1st,
    /// years on January 1st.
    func start(of date: DateValue) -> DateValue {
        switch self {
        case .day: return date
        case .week: return DateValue(daysSinceEpoch: date.daysSinceEpoch - Int32(date.isoWeekday - 1))
        case .month:
            let (year, month, _) = date.components
            return DateValue(year: year, month: month, day: 1) ?? date
        case .year:
            return DateValue(year: date.components.year, month: 1, day: 1) ?? date
        }
    }

    /// The start of the bucket of a date-time, by its wall-clock date in its own offset, as a
    /// date-time at midnight in that offset (`2025-11-01T03:00:00+08:00` by MONTH is
    /// `2025-11-01T00:00:00+08:00`).
    func start(of dateTime: DateTimeValue) -> DateTimeValue {
        var start = dateTime
        let day = self.start(of: dateTime.localDate)
        start.epochSeconds = Int64(day.daysSinceEpoch) * 86_400 - Int64(dateTime.offsetMinutes) * 60
        start.nanoseconds = 0
        start.fractionDigits = 0
        start.hasSeconds = true
        return start
    }
}

/// The groups of one `groupBy` call: for each group its key values (one per `by` field) and
/// its documents, groups in ascending key order (§7.2).
final class GroupingResult {
    let collection: Int
    /// The `by` fields' names, in order.
    let fields: [String]
    /// `fields.count` values per group.
    let keys: [StoredValue]
    let groups: [AggregateScope]

    init(collection: Int, fields: [String], keys: [StoredValue], groups: [AggregateScope]) {
        self.collection = collection
        self.fields = fields
        self.keys = keys
        self.groups = groups
    }

    /// The key value of a field in group `group`; null for a field that is not grouped.
    func key(_ field: String, group: Int) -> StoredValue {
        guard let column = fields.firstIndex(of: field) else { return .null }
        return keys[group * fields.count + column]
    }
}

extension DocumentReader {
    /// One field of `by`, compiled: how to read it and how its values become keys.
    private struct GroupField {
        enum Kind {
            /// A `@ref`: the referenced id, null when null or dangling; ordered by id (§15.1).
            case reference(Target)
            case date
            case dateTime
            case plain
        }

        let name: String
        let access: ValueAccess
        let kind: Kind
    }

    /// Groups the documents of a scope by the `by` fields (`TGroupField` values, the field
    /// names in SCREAMING_SNAKE_CASE; camelCase names are accepted too). Keys are read once
    /// per document into a flat array; documents are sorted by key, and runs of equal keys are
    /// the groups, so groups come out in key order with no hashing of keys.
    func group(_ scope: AggregateScope, by input: InputValue?, granularity: TimeGranularity) throws(FieldFailure) -> GroupingResult {
        let data = snapshot.collections[scope.collection]
        let type = data.type
        var names: [InputValue] = []
        switch input {
        case .list(let items)?: names = items
        case .enumValue?: names = [input!]
        default: break
        }
        var fields: [GroupField] = []
        for case .enumValue(let given) in names {
            guard let index = schema[type].fields.firstIndex(where: { screamingSnakeCase($0.name) == given || $0.name == given }) else {
                throw FieldFailure("\(schema[type].name) has no field \(given) to group by.")
            }
            let field = schema[type].fields[index]
            let access = try access(field, at: index, of: type)
            let kind: GroupField.Kind
            if let target = target(field.type.namedType) {
                kind = .reference(target)
            } else {
                switch schema[field.type.namedType].name {
                case "Date": kind = .date
                case "DateTime": kind = .dateTime
                default: kind = .plain
                }
            }
            fields.append(GroupField(name: field.name, access: access, kind: kind))
        }
        let keyCount = fields.count
        let count = scope.positions.count
        var keys: [StoredValue] = []
        keys.reserveCapacity(count * keyCount)
        for position in scope.positions {
            let subject = Subject(document: data, collection: scope.collection, position: position)
            for field in fields { keys.append(try keyValue(field, subject, granularity)) }
        }
        var order = [Int32](0..<Int32(count))
        keys.withUnsafeBufferPointer { keys in
            scope.positions.withUnsafeBufferPointer { positions in
                order.sort { left, right in
                    let result = Self.compareKeys(keys, Int(left) * keyCount, Int(right) * keyCount, keyCount)
                    return result != 0 ? result < 0 : positions[Int(left)] < positions[Int(right)]
                }
            }
        }
        var groupKeys: [StoredValue] = []
        var groups: [AggregateScope] = []
        var members: [Int32] = []
        keys.withUnsafeBufferPointer { keys in
            for (offset, index) in order.enumerated() {
                let row = Int(index) * keyCount
                if offset > 0 && Self.compareKeys(keys, Int(order[offset - 1]) * keyCount, row, keyCount) != 0 {
                    groups.append(AggregateScope(collection: scope.collection, positions: members))
                    members = []
                }
                if members.isEmpty { groupKeys.append(contentsOf: keys[row..<(row + keyCount)]) }
                members.append(scope.positions[Int(index)])
            }
        }
        if !members.isEmpty { groups.append(AggregateScope(collection: scope.collection, positions: members)) }
        return GroupingResult(collection: scope.collection, fields: fields.map(\.name), keys: groupKeys, groups: groups)
    }

    private func keyValue(_ field: GroupField, _ subject: Subject, _ granularity: TimeGranularity) throws(FieldFailure) -> StoredValue {
        let value = try read(field.access, subject)
        switch (field.kind, value) {
        case (.reference(let target), .reference(let id)): return target.data.position(of: id) == nil ? .null : value
        case (.reference, _): return .null
        case (.date, .date(let date)): return .date(granularity.start(of: date))
        case (.dateTime, .dateTime(let dateTime)): return .dateTime(granularity.start(of: dateTime))
        default: return value
        }
    }

    /// Key order (§7.2): each field as `orderBy` compares it, nulls last; buckets of equal
    /// instants in different offsets are different groups, ordered by offset.
    private static func compareKeys(_ keys: UnsafeBufferPointer<StoredValue>, _ left: Int, _ right: Int, _ count: Int) -> Int {
        for column in 0..<count {
            let a = keys[left + column]
            let b = keys[right + column]
            var result = ValueOrdering.compare(a, b, descending: false)
            if result == 0, case .dateTime(let x) = a, case .dateTime(let y) = b, x.offsetMinutes != y.offsetMinutes {
                result = x.offsetMinutes < y.offsetMinutes ? -1 : 1
            }
            if result != 0 { return result }
        }
        return 0
    }
}

/// `placedAt` → `PLACED_AT`, as the generated `TGroupField` values spell field names (§15.1).
func screamingSnakeCase(_ name: String) -> String {
    var result = ""
    for (offset, character) in name.enumerated() {
        if character.isUppercase && offset > 0 { result.append("_") }
        result += character.uppercased()
    }
    return result
}
