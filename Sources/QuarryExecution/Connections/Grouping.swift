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
    /// `fields.count` values per group. A `@ref` key is held as the referenced document's
    /// position; `targets` names its collection.
    let keys: [StoredValue]
    let targets: [Target?]
    let groups: [AggregateScope]

    init(collection: Int, fields: [String], keys: [StoredValue], targets: [Target?], groups: [AggregateScope]) {
        self.collection = collection
        self.fields = fields
        self.keys = keys
        self.targets = targets
        self.groups = groups
    }

    /// The key value of a field in group `group` (a `@ref` as the referenced id); null for a
    /// field that is not grouped.
    func key(_ field: String, group: Int) -> StoredValue {
        guard let column = fields.firstIndex(of: field) else { return .null }
        let value = keys[group * fields.count + column]
        if let target = targets[column], case .int(let position) = value { return .reference(target.documents[position].id) }
        return value
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
    /// per document, column by column, into a flat array; each column's values are numbered
    /// through a hash table, the numbers combined column after column into a group number per
    /// document (linear in the documents); only the groups are then sorted by key.
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
        let documents = data.table
        var keys = [StoredValue](repeating: .null, count: count * keyCount)
        var groupOf = [Int32](repeating: 0, count: count)
        var groupCount = count > 0 ? 1 : 0
        for (column, field) in fields.enumerated() {
            if case .slot(let slot) = field.access { _ = warm(documents, scope.positions, slot: slot) }
            // Number the column's distinct values in order of appearance: `@ref` keys by the
            // referenced position, other values through a hash table.
            var numbers: [GroupKeyValue: Int32] = [:]
            var buckets: [Int: Int32] = [:]
            var numberOfPosition: [Int32] = []
            if case .reference(let target) = field.kind { numberOfPosition = [Int32](repeating: -1, count: target.data.positionLimit + 1) }
            var distinct: Int32 = 0
            var combined: [Int: Int32] = [:]
            // A stored `@ref` is read through the snapshot's column of referenced positions.
            var referenced: ReferenceColumn?
            if case .reference(let target) = field.kind, case .slot(let slot) = field.access {
                referenced = referenceColumn(collection: scope.collection, slot: slot, target: target)
            }
            for row in 0..<count {
                let key: StoredValue
                if let referenced {
                    let position = referenced.positions[Int(scope.positions[row])]
                    key = position < 0 ? .null : .int(position)
                } else {
                    let stored = try value(field.access, in: documents, collection: scope.collection, position: scope.positions[row])
                    key = keyValue(field, stored, granularity)
                }
                keys[row * keyCount + column] = key
                var number: Int32
                if !numberOfPosition.isEmpty {
                    let index = if case .int(let position) = key { Int(position) } else { numberOfPosition.count - 1 }
                    number = numberOfPosition[index]
                    if number < 0 {
                        number = distinct
                        numberOfPosition[index] = number
                        distinct += 1
                    }
                } else if let bucket = Self.bucketNumber(key) {
                    number = buckets[bucket, default: distinct]
                    if number == distinct {
                        buckets[bucket] = number
                        distinct += 1
                    }
                } else {
                    number = numbers[GroupKeyValue(value: key), default: distinct]
                    if number == distinct {
                        numbers[GroupKeyValue(value: key)] = number
                        distinct += 1
                    }
                }
                if column == 0 {
                    groupOf[row] = number
                } else {
                    let pair = Int(groupOf[row]) << 32 | Int(number)
                    let group = combined[pair, default: Int32(combined.count)]
                    if Int(group) == combined.count { combined[pair] = group }
                    groupOf[row] = group
                }
            }
            groupCount = column == 0 ? Int(distinct) : combined.count
        }
        // Each group's documents in scope order; its key shown as read from its document with
        // the smallest position (equal keys may be written differently, e.g. 1.0 and 1.00).
        var members = [[Int32]](repeating: [], count: groupCount)
        var representative = [Int](repeating: -1, count: groupCount)
        for row in 0..<count {
            let group = Int(groupOf[row])
            members[group].append(scope.positions[row])
            if representative[group] < 0 || scope.positions[row] < scope.positions[representative[group]] { representative[group] = row }
        }
        let targets = fields.map { field -> Target? in
            if case .reference(let target) = field.kind { return target }
            return nil
        }
        var order = Array(0..<groupCount)
        keys.withUnsafeBufferPointer { keys in
            order.sort {
                Self.compareKeys(keys, representative[$0] * keyCount, representative[$1] * keyCount, keyCount, targets) < 0
            }
        }
        var groupKeys: [StoredValue] = []
        groupKeys.reserveCapacity(groupCount * keyCount)
        for group in order {
            let row = representative[group] * keyCount
            groupKeys.append(contentsOf: keys[row..<(row + keyCount)])
        }
        return GroupingResult(
            collection: scope.collection, fields: fields.map(\.name), keys: groupKeys, targets: targets,
            groups: order.map { AggregateScope(collection: scope.collection, positions: members[$0]) })
    }

    /// The positions the `@ref` at `slot` of each document of `collection` names in `target`,
    /// resolved once per snapshot (a `groupBy` over a reference would otherwise look every
    /// document's id up by hash on every request).
    private func referenceColumn(collection: Int, slot: Int, target: Target) -> ReferenceColumn {
        snapshot.derived("QuarryExecution.ReferenceColumn.\(collection).\(slot)") {
            let data = snapshot.collections[collection]
            let documents = data.table
            var positions = [Int32](repeating: -1, count: data.positionLimit)
            for position in data.documents.positions {
                if let found = follow(slot < documents[position].values.count ? documents[position].values[slot] : .null, into: target) {
                    positions[Int(position)] = found
                }
            }
            return ReferenceColumn(positions: positions)
        }
    }

    /// A date or date-time bucket as one integer that two keys share exactly when they are
    /// the same group (the same day, or the same instant in the same offset, §7.3), so that
    /// they are numbered without hashing the value; nil for other values.
    @inline(__always)
    private static func bucketNumber(_ key: StoredValue) -> Int? {
        switch key {
        case .date(let date): return Int(date.daysSinceEpoch)
        case .dateTime(let start) where start.nanoseconds == 0 && abs(start.epochSeconds) < 1 << 46:
            return Int(start.epochSeconds) << 16 | Int(UInt16(bitPattern: start.offsetMinutes))
        default: return nil
        }
    }

    private func keyValue(_ field: GroupField, _ value: StoredValue, _ granularity: TimeGranularity) -> StoredValue {
        switch (field.kind, value) {
        case (.reference(let target), .reference(let id)): return target.data.position(of: id).map(StoredValue.int) ?? .null
        case (.reference, _): return .null
        case (.date, .date(let date)): return .date(granularity.start(of: date))
        case (.dateTime, .dateTime(let dateTime)): return .dateTime(granularity.start(of: dateTime))
        default: return value
        }
    }

    /// Key order (§7.2): each field as `orderBy` compares it, nulls last; a `@ref` key by the
    /// referenced id (§15.1), read through its position (positions are slots, not id ranks,
    /// once the store has reloaded).
    private static func compareKeys(
        _ keys: UnsafeBufferPointer<StoredValue>, _ left: Int, _ right: Int, _ count: Int, _ targets: [Target?]
    ) -> Int {
        for column in 0..<count {
            let result: Int
            if let target = targets[column], case .int(let a) = keys[left + column], case .int(let b) = keys[right + column] {
                result = a == b ? 0 : ValueOrdering.compareText(target.documents[a].id, target.documents[b].id)
            } else {
                result = GroupKeyValue.compare(keys[left + column], keys[right + column])
            }
            if result != 0 { return result }
        }
        return 0
    }
}

/// For each document position, the position of the document its `@ref` names (-1: null or
/// dangling, SEMANTICS.md §1.6).
final class ReferenceColumn: Sendable {
    let positions: [Int32]

    init(positions: [Int32]) { self.positions = positions }
}

/// One column of a group key, hashed and compared as groups tell values apart: as `orderBy`
/// compares them (strings by code point, numbers by value), except that buckets of equal
/// instants in different offsets are different groups, ordered by offset (§7.3).
struct GroupKeyValue: Hashable {
    let value: StoredValue

    static func compare(_ lhs: StoredValue, _ rhs: StoredValue) -> Int {
        let result = ValueOrdering.compare(lhs, rhs, descending: false)
        if result == 0, case .dateTime(let a) = lhs, case .dateTime(let b) = rhs, a.offsetMinutes != b.offsetMinutes {
            return a.offsetMinutes < b.offsetMinutes ? -1 : 1
        }
        return result
    }

    static func == (lhs: GroupKeyValue, rhs: GroupKeyValue) -> Bool { compare(lhs.value, rhs.value) == 0 }

    func hash(into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case .boolean(let flag): hasher.combine(flag)
        case .int(let number): hasher.combine(Double(number))
        case .float(let number): hasher.combine(number)
        case .decimal(let decimal): hasher.combine(decimal)
        case .date(let date): hasher.combine(date.daysSinceEpoch)
        case .dateTime(let dateTime):
            hasher.combine(dateTime.epochSeconds)
            hasher.combine(dateTime.nanoseconds)
            hasher.combine(dateTime.offsetMinutes)
        case .enumValue(let index): hasher.combine(index)
        case .string(let text), .reference(let text):
            // By code point: Swift's own String hash treats canonically equivalent texts alike.
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
        case .list(let items): hasher.combine(items.count)
        case .object(let values): hasher.combine(values.count)
        }
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
