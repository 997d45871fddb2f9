import QuarrySchema
import QuarryStore

/// The documents an aggregate covers: every match of a connection (not its page), or one
/// group (SEMANTICS.md §6.1, §7.1).
final class AggregateScope {
    let collection: Int
    let positions: [Int32]

    init(collection: Int, positions: [Int32]) {
        self.collection = collection
        self.positions = positions
    }
}

/// `sum` or `avg` of a `TNumbers` object.
enum NumberAggregate {
    case sum
    case average
}

/// `min` or `max` of a `TValues` object.
enum ExtremeAggregate {
    case minimum
    case maximum
}

extension DocumentReader {
    /// The sum or mean of a numeric field over a scope, null values ignored (§6.2–§6.4): Decimal
    /// exactly at the largest input scale (the mean rounded half away from zero at it), Int
    /// summed exactly, Float as doubles; `TNumbers` shows Int and Float fields as Float. The
    /// sum of no values is 0, their mean null.
    func numbers(_ operation: NumberAggregate, of name: String, over scope: AggregateScope) throws(FieldFailure) -> Resolved {
        let data = snapshot.collections[scope.collection]
        guard let found = try access(named: name, of: data.type) else { return .null }
        let (field, access) = found
        let documents = data.table
        if schema[field.type.namedType].name == "Decimal" {
            var sum = DecimalSum()
            for position in scope.positions {
                switch try readValue(access, documents, scope.collection, position) {
                case .decimal(let value): sum.add(value)
                case .int(let value): sum.add(DecimalValue(significand: Int64(value), scale: 0))
                default: continue
                }
            }
            switch operation {
            case .sum:
                guard let total = sum.sum else { throw FieldFailure("The sum of \(name) does not fit in 18 digits.") }
                return .stored(.decimal(total))
            case .average:
                guard sum.count > 0 else { return .null }
                guard let mean = sum.mean else { throw FieldFailure("The average of \(name) does not fit in 18 digits.") }
                return .stored(.decimal(mean))
            }
        }
        var integers: Int64 = 0
        var doubles = 0.0
        var count = 0
        var overflow = false
        for position in scope.positions {
            switch try readValue(access, documents, scope.collection, position) {
            case .int(let value):
                let (added, overflowed) = integers.addingReportingOverflow(Int64(value))
                integers = added
                overflow = overflow || overflowed
            case .float(let value): doubles += value
            case .decimal(let value): doubles += Double(value.description) ?? 0
            default: continue
            }
            count += 1
        }
        if overflow { throw FieldFailure("The sum of \(name) does not fit in 64 bits.") }
        let total = Double(integers) + doubles
        switch operation {
        case .sum: return .float(total)
        case .average: return count == 0 ? .null : .float(total / Double(count))
        }
    }

    /// The smallest or largest non-null value of a field over a scope, compared as `orderBy`
    /// compares (dates chronologically, date-times by instant) and shown as stored (§6.5); of
    /// equal values the one of the document with the smallest id. Null when there is none.
    func extreme(_ operation: ExtremeAggregate, of name: String, over scope: AggregateScope) throws(FieldFailure) -> Resolved {
        let data = snapshot.collections[scope.collection]
        guard let access = try access(named: name, of: data.type)?.1 else { return .null }
        let documents = data.table
        var best: StoredValue = .null
        var bestPosition = Int32.max
        for position in scope.positions {
            let value = try readValue(access, documents, scope.collection, position)
            if value.isNull { continue }
            if best.isNull {
                best = value
                bestPosition = position
                continue
            }
            let order = ValueOrdering.compare(value, best)
            let better = operation == .minimum ? order < 0 : order > 0
            if better || (order == 0 && ValueOrdering.compareText(documents[position].id, documents[bestPosition].id) < 0) {
                best = value
                bestPosition = position
            }
        }
        return best.isNull ? .null : .stored(best)
    }

    @inline(__always)
    private func readValue(_ access: ValueAccess, _ documents: DocumentTable, _ collection: Int, _ position: Int32)
        throws(FieldFailure) -> StoredValue
    {
        try value(access, in: documents, collection: collection, position: position)
    }
}

extension Executor {
    /// Fields of `TAggregate` and of a group's aggregates.
    func resolveAggregateField(_ name: String, _ scope: AggregateScope) -> Resolved {
        switch name {
        case "count": .int(scope.positions.count)
        case "sum": .object(.numbers(scope, .sum))
        case "avg": .object(.numbers(scope, .average))
        case "min": .object(.extremes(scope, .minimum))
        case "max": .object(.extremes(scope, .maximum))
        default: .null
        }
    }
}
