import QuarryLanguage
import QuarrySchema

/// Spec §5.3.2 "Field Selection Merging": fields with the same response name in a selection set,
/// fragments and inline fragments included, can be merged (FieldsInSetCanMerge and
/// SameResponseShape).
///
/// Fragments are never expanded. As graphql-js does, each selection set's fields (with its
/// inline fragments) are collected once, and comparisons are made "within" a set and "between"
/// two sets: a set and a fragment, two fragments, or the sub-selections of two fields. Every
/// such comparison is made at most once (memoized by set and fragment, fragment pair, and field
/// pair), so a document whose spreads would expand to billions of fields costs about the
/// product of its size and its number of fragments (SEMANTICS.md §10.10). A conflict found once
/// is reported once, and after `ConflictFinder.limit` conflicts the rule stops looking (the
/// document is refused anyway; a hostile one cannot make it build millions).
public struct FieldSelectionMergingRule: ValidationRule {
    let context: ValidationContext
    private let finder: ConflictFinder

    public init(context: ValidationContext) {
        self.context = context
        self.finder = ConflictFinder(context: context)
    }

    public mutating func enterSelectionSet(_ node: SelectionSet) -> VisitAction {
        for conflict in finder.conflicts(within: node, parentType: context.typeInfo.parentType) {
            context.report(
                "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.text). "
                    + "Use different aliases on the fields to fetch both if this was intentional.",
                at: conflict.fields1 + conflict.fields2)
        }
        return .continue
    }
}

/// Two fields with one response name that cannot be merged, why, and where: each side's field
/// followed by the sub-fields at fault.
private struct Conflict {
    var responseName: String
    var reason: Reason
    var fields1: [SourceRange]
    var fields2: [SourceRange]

    indirect enum Reason {
        case message(String)
        /// Sub-fields that conflict, by response name.
        case subfields([(String, Reason)])

        var text: String {
            switch self {
            case .message(let message): message
            case .subfields(let conflicts):
                conflicts.map { "subfields \"\($0.0)\" conflict because \($0.1.text)" }.joined(separator: " and ")
            }
        }
    }
}

/// A field as a selection set holds it, directly or through inline fragments.
private struct FieldOccurrence {
    /// The type whose selection set holds the field (nil when unknown).
    var parentType: TypeID?
    var field: Field
    var definition: FieldDef?
    /// The arguments in a canonical form: sorted by name, input object fields sorted by name.
    var argumentsKey: String

    /// Field nodes never share a start offset.
    var id: UInt32 { field.range.start }
}

/// The fields of a selection set by response name, inline fragments included, and the
/// fragments it spreads (at any depth of inline fragments), each once.
private final class CollectedSelections {
    /// The selection set's start offset: unique in the document.
    let id: UInt32
    private(set) var responseNames: [String] = []
    private(set) var fields: [String: [FieldOccurrence]] = [:]
    private(set) var fragmentNames: [String] = []
    private var fragmentSet: Set<String> = []
    /// Leaf fields already held, by parent type, name and arguments: an identical leaf field
    /// conflicts with exactly what the first one conflicts with, so it is not held twice.
    private var leafKeys: Set<String> = []

    init(id: UInt32) { self.id = id }

    func add(_ occurrence: FieldOccurrence) {
        if occurrence.field.selectionSet == nil {
            let key = "\(occurrence.parentType?.index ?? -1) \(occurrence.field.name.value)\(occurrence.argumentsKey)"
            guard leafKeys.insert(key).inserted else { return }
        }
        let name = occurrence.field.responseKey
        if fields[name] == nil { responseNames.append(name) }
        fields[name, default: []].append(occurrence)
    }

    func addFragment(_ name: String) {
        if fragmentSet.insert(name).inserted { fragmentNames.append(name) }
    }
}

/// The comparisons of §5.3.2 with their caches; one per validation.
private final class ConflictFinder {
    let context: ValidationContext
    let schema: Schema
    private var collected: [UInt32: CollectedSelections] = [:]
    private var comparedWithFragment: Set<SetAndFragment> = []
    private var comparedFragments: Set<FragmentPair> = []
    private var comparedFields: Set<FieldPair> = []
    /// Pairs of fields already found in conflict (pairs with two sub-selections are in
    /// `comparedFields`); a selection set and an inline fragment in it see the same pairs.
    private var conflictingFields: Set<FieldPair> = []

    /// The most conflicts (sub-field conflicts included) looked for in one document.
    static let limit = 1000
    private var found = 0
    private var isExhausted: Bool { found >= Self.limit }

    private struct SetAndFragment: Hashable {
        var set: UInt32
        var fragment: String
        var exclusive: Bool
    }

    /// Unordered: the names are stored sorted.
    private struct FragmentPair: Hashable {
        var first: String
        var second: String
        var exclusive: Bool

        init(_ a: String, _ b: String, exclusive: Bool) {
            (first, second) = a < b ? (a, b) : (b, a)
            self.exclusive = exclusive
        }
    }

    /// Unordered: the ids are stored sorted.
    private struct FieldPair: Hashable {
        var first: UInt32
        var second: UInt32
        var exclusive: Bool

        init(_ a: UInt32, _ b: UInt32, exclusive: Bool) {
            (first, second) = a < b ? (a, b) : (b, a)
            self.exclusive = exclusive
        }
    }

    init(context: ValidationContext) {
        self.context = context
        self.schema = context.schema
    }

    // MARK: Collecting

    private func collect(_ selectionSet: SelectionSet, parentType: TypeID?) -> CollectedSelections {
        if let cached = collected[selectionSet.range.start] { return cached }
        let result = CollectedSelections(id: selectionSet.range.start)
        collect(selectionSet, parentType: parentType, into: result)
        collected[selectionSet.range.start] = result
        return result
    }

    private func collect(_ selectionSet: SelectionSet, parentType: TypeID?, into result: CollectedSelections) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                let definition = parentType.flatMap { context.typeInfo.field(named: field.name.value, on: $0) }
                result.add(FieldOccurrence(
                    parentType: parentType, field: field, definition: definition,
                    argumentsKey: argumentsKey(field.arguments)))
            case .fragmentSpread(let spread):
                result.addFragment(spread.name.value)
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.map { compositeType(named: $0.value) } ?? parentType
                collect(fragment.selectionSet, parentType: type, into: result)
            }
        }
    }

    private func collect(fragment name: String) -> CollectedSelections? {
        guard let fragment = context.fragments[name] else { return nil }
        return collect(fragment.selectionSet, parentType: compositeType(named: fragment.typeCondition.value))
    }

    private func compositeType(named name: String) -> TypeID? {
        guard let id = schema.typeID(named: name), schema[id].kind.isComposite else { return nil }
        return id
    }

    // MARK: Comparing

    /// FieldsInSetCanMerge for one selection set of the document: its own fields with each
    /// other, with every fragment it reaches, and those fragments with each other.
    func conflicts(within selectionSet: SelectionSet, parentType: TypeID?) -> [Conflict] {
        var conflicts: [Conflict] = []
        guard !isExhausted else { return [] }
        let set = collect(selectionSet, parentType: parentType)
        for name in set.responseNames {
            let fields = set.fields[name]!
            guard fields.count > 1 else { continue }
            for i in 0..<fields.count {
                for j in (i + 1)..<fields.count {
                    if let conflict = findConflict(name, fields[i], fields[j], parentsExclusive: false) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
        let fragments = set.fragmentNames
        for (index, fragment) in fragments.enumerated() {
            compare(set, withFragment: fragment, exclusive: false, into: &conflicts)
            for other in fragments[(index + 1)...] {
                compare(fragment: fragment, with: other, exclusive: false, into: &conflicts)
            }
        }
        return conflicts
    }

    /// A set's fields against a fragment's and, transitively, those of the fragments it spreads.
    private func compare(
        _ set: CollectedSelections, withFragment fragment: String, exclusive: Bool, into conflicts: inout [Conflict]
    ) {
        var pending = [fragment]
        while let name = pending.popLast() {
            guard comparedWithFragment.insert(SetAndFragment(set: set.id, fragment: name, exclusive: exclusive)).inserted,
                let other = collect(fragment: name), other.id != set.id
            else { continue }
            compare(set, other, exclusive: exclusive, into: &conflicts)
            pending.append(contentsOf: other.fragmentNames.reversed())
        }
    }

    /// Two fragments' fields and, transitively, each against the fragments the other spreads.
    private func compare(fragment: String, with other: String, exclusive: Bool, into conflicts: inout [Conflict]) {
        var pending = [(fragment, other)]
        while let (name1, name2) = pending.popLast() {
            guard name1 != name2, comparedFragments.insert(FragmentPair(name1, name2, exclusive: exclusive)).inserted,
                let set1 = collect(fragment: name1), let set2 = collect(fragment: name2)
            else { continue }
            compare(set1, set2, exclusive: exclusive, into: &conflicts)
            for spread in set1.fragmentNames.reversed() { pending.append((spread, name2)) }
            for spread in set2.fragmentNames.reversed() { pending.append((name1, spread)) }
        }
    }

    /// Every field of one set against the fields of the other with the same response name.
    private func compare(
        _ set1: CollectedSelections, _ set2: CollectedSelections, exclusive: Bool, into conflicts: inout [Conflict]
    ) {
        for name in set1.responseNames {
            guard let fields2 = set2.fields[name] else { continue }
            for field1 in set1.fields[name]! {
                for field2 in fields2 {
                    if let conflict = findConflict(name, field1, field2, parentsExclusive: exclusive) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// The sub-selections of two fields with the same response name, fragments included.
    private func conflictsBetween(
        _ selectionSet1: SelectionSet, parentType1: TypeID?, _ selectionSet2: SelectionSet, parentType2: TypeID?,
        exclusive: Bool
    ) -> [Conflict] {
        var conflicts: [Conflict] = []
        let set1 = collect(selectionSet1, parentType: parentType1)
        let set2 = collect(selectionSet2, parentType: parentType2)
        compare(set1, set2, exclusive: exclusive, into: &conflicts)
        for fragment in set2.fragmentNames { compare(set1, withFragment: fragment, exclusive: exclusive, into: &conflicts) }
        for fragment in set1.fragmentNames { compare(set2, withFragment: fragment, exclusive: exclusive, into: &conflicts) }
        for fragment1 in set1.fragmentNames {
            for fragment2 in set2.fragmentNames {
                compare(fragment: fragment1, with: fragment2, exclusive: exclusive, into: &conflicts)
            }
        }
        return conflicts
    }

    /// Whether two fields with the same response name can be merged. Their parents are
    /// exclusive when they are two different object types (or their own parents were): then
    /// only the shape of the responses must agree (SameResponseShape).
    private func findConflict(
        _ responseName: String, _ field1: FieldOccurrence, _ field2: FieldOccurrence, parentsExclusive: Bool
    ) -> Conflict? {
        guard field1.id != field2.id, !isExhausted else { return nil }
        let exclusive =
            parentsExclusive
            || (field1.parentType != field2.parentType && isObject(field1.parentType) && isObject(field2.parentType))
        let selectionSet1 = field1.field.selectionSet
        let selectionSet2 = field2.field.selectionSet
        if selectionSet1 != nil && selectionSet2 != nil {
            // Sub-selections are compared once per pair of fields.
            guard comparedFields.insert(FieldPair(field1.id, field2.id, exclusive: exclusive)).inserted else { return nil }
        }
        func conflict(_ message: String) -> Conflict? {
            if selectionSet1 == nil || selectionSet2 == nil {
                guard conflictingFields.insert(FieldPair(field1.id, field2.id, exclusive: exclusive)).inserted else { return nil }
            }
            found += 1
            return Conflict(
                responseName: responseName, reason: .message(message), fields1: [field1.field.range],
                fields2: [field2.field.range])
        }
        if !exclusive {
            let name1 = field1.field.name.value
            let name2 = field2.field.name.value
            if name1 != name2 { return conflict("\"\(name1)\" and \"\(name2)\" are different fields") }
            if field1.argumentsKey != field2.argumentsKey { return conflict("they have differing arguments") }
        }
        let type1 = field1.definition?.type
        let type2 = field2.definition?.type
        if let type1, let type2, typesConflict(type1, type2) {
            return conflict("they return conflicting types \"\(schema.render(type1))\" and \"\(schema.render(type2))\"")
        }
        guard let selectionSet1, let selectionSet2 else { return nil }
        let subconflicts = conflictsBetween(
            selectionSet1, parentType1: type1.flatMap { compositeType($0) }, selectionSet2,
            parentType2: type2.flatMap { compositeType($0) }, exclusive: exclusive)
        guard !subconflicts.isEmpty else { return nil }
        found += 1
        return Conflict(
            responseName: responseName, reason: .subfields(subconflicts.map { ($0.responseName, $0.reason) }),
            fields1: [field1.field.range] + subconflicts.flatMap(\.fields1),
            fields2: [field2.field.range] + subconflicts.flatMap(\.fields2))
    }

    private func isObject(_ type: TypeID?) -> Bool {
        type.map { schema[$0].kind == .object } ?? false
    }

    private func compositeType(_ type: TypeRef) -> TypeID? {
        schema[type.namedType].kind.isComposite ? type.namedType : nil
    }

    /// SameResponseShape at one level: lists and non-null must wrap alike, and leaf types must be
    /// the same type; two composite types are compared through their sub-selections.
    private func typesConflict(_ type1: TypeRef, _ type2: TypeRef) -> Bool {
        switch (type1, type2) {
        case (.list(let item1), .list(let item2)): return typesConflict(item1, item2)
        case (.list, _), (_, .list): return true
        case (.nonNull(let inner1), .nonNull(let inner2)): return typesConflict(inner1, inner2)
        case (.nonNull, _), (_, .nonNull): return true
        case (.named(let id1), .named(let id2)):
            let isLeaf1 = !schema[id1].kind.isComposite
            let isLeaf2 = !schema[id2].kind.isComposite
            return (isLeaf1 || isLeaf2) && id1 != id2
        }
    }

    // MARK: Arguments

    /// The arguments as one string, equal for two lists of arguments exactly when they are the
    /// same set of names with structurally equal values (§5.3.2 "identical sets of arguments").
    private func argumentsKey(_ arguments: [Argument]) -> String {
        guard !arguments.isEmpty else { return "" }
        var key = "("
        for argument in arguments.sorted(by: { $0.name.value < $1.name.value }) {
            key += argument.name.value + ":"
            appendKey(argument.value, to: &key)
            key += ","
        }
        return key + ")"
    }

    private func appendKey(_ value: Value, to key: inout String) {
        switch value {
        case .variable(let variable): key += "$" + variable.name.value
        case .int(let number), .float(let number): key += number.text
        case .string(let string):
            key += "\""
            for character in string.value {
                if character == "\"" || character == "\\" { key += "\\" }
                key.append(character)
            }
            key += "\""
        case .boolean(let boolean): key += boolean.value ? "true" : "false"
        case .null: key += "null"
        case .enumValue(let name): key += name.value
        case .list(let list):
            key += "["
            for item in list.values {
                appendKey(item, to: &key)
                key += ","
            }
            key += "]"
        case .object(let object):
            key += "{"
            for field in object.fields.sorted(by: { $0.name.value < $1.name.value }) {
                key += field.name.value + ":"
                appendKey(field.value, to: &key)
                key += ","
            }
            key += "}"
        }
    }
}
