import QuarryLanguage
import QuarrySchema

/// Spec §5.3.2 "Field Selection Merging": fields with the same response name in a selection set,
/// fragments and inline fragments included, can be merged (FieldsInSetCanMerge and
/// SameResponseShape).
///
/// The document is never expanded. As graphql-js does, each selection set's fields (with its
/// inline fragments) are collected once, and comparisons are made "within" a set and "between"
/// two sets: a set and a fragment, two fragments, or the sub-selections of two fields. Every such
/// comparison is made at most once (memoized by set and fragment, fragment pair, and field pair).
/// Beyond graphql-js, so that no document costs more than about its size times its number of
/// fragments (SEMANTICS.md §10.10):
/// - a fragment brings its top-level fields together with those of the fragments it spreads,
///   built once per fragment, rather than being walked again at each comparison;
/// - fields that are the same in every respect (parent type, name, arguments, shape of the
///   sub-selection) are held once, so a conflict with several copies is reported once;
/// - more than `pairwiseLimit` fields of one parent type, name and arguments are merged rather
///   than compared pair by pair: their sub-selections are checked together, each sub-field
///   keeping the field it comes from.
/// A conflict found once is reported once, and after `ConflictFinder.limit` conflicts the rule
/// stops looking (the document is refused anyway; a hostile one cannot make it build millions).
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

/// The most conflicts the rule looks for in one document (for tests).
enum ConflictFinderLimit {
    static var value: Int { ConflictFinder.limit }
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
    /// What makes two fields interchangeable here: parent type, name, arguments and the shape
    /// of the sub-selection.
    var signature: FieldSignature

    /// Field nodes never share a start offset.
    var id: UInt32 { field.range.start }
}

/// Two fields with equal signatures merge with each other and conflict with exactly the same
/// fields (each sub-selection is checked on its own), so a set holds one of them only: a
/// thousand copies of `dog { name }` cost one.
private struct FieldSignature: Hashable {
    var responseName: Int32
    var parentType: Int32
    var name: Int32
    /// The arguments in a canonical form (sorted by name, input object fields sorted by name),
    /// interned: equal exactly for the same set of names with structurally equal values.
    var arguments: Int32
    /// The interned structure of the sub-selection, or -1 for a leaf field.
    var selection: Int32
}

/// The fields of a selection set by response name, inline fragments included, and the
/// fragments it spreads (at any depth of inline fragments), each once. Names and fragments are
/// interned as numbers.
private final class CollectedSelections {
    /// The selection set's start offset: unique in the document.
    let id: UInt32
    private(set) var responseNames: [Int32] = []
    /// Indexes in `ConflictFinder.occurrences`, by response name.
    private(set) var fields: [Int32: [Int32]] = [:]
    private(set) var fragments: [Int32] = []
    private var fragmentSet: Set<Int32> = []
    private var signatures: Set<FieldSignature> = []

    init(id: UInt32) { self.id = id }

    func add(_ occurrence: Int32, signature: FieldSignature) {
        guard signatures.insert(signature).inserted else { return }
        let name = signature.responseName
        if fields[name] == nil { responseNames.append(name) }
        fields[name, default: []].append(occurrence)
    }

    func addFragment(_ fragment: Int32) {
        if fragmentSet.insert(fragment).inserted { fragments.append(fragment) }
    }

    /// Adds another set's fields (not its fragments).
    func addFields(of other: CollectedSelections, signatures: [FieldSignature]) {
        for name in other.responseNames {
            for occurrence in other.fields[name]! { add(occurrence, signature: signatures[Int(occurrence)]) }
        }
    }

    var responseNameCount: Int { fields.count }
}

/// A field of a group being checked, as it comes from one side: `label` tells the sides apart
/// (two fields with the same label are not compared), `origin` is the member of the enclosing
/// merge it comes from (or -1), `occurrence` the field itself.
private struct Rep {
    var label: Int32
    var origin: Int32
    var occurrence: Int32
}

/// Identical fields (equal signatures) of a group, held once, with up to two sides they come
/// from: enough to know whether a pair from different sides exists.
private struct Entry {
    var signature: FieldSignature
    var reps: [Rep]

    init(signature: FieldSignature, rep: Rep) {
        self.signature = signature
        self.reps = [rep]
    }
}

/// The fields of one response name, merged from several sets.
private struct Group {
    private(set) var entries: [Entry] = []
    private var index: [FieldSignature: Int] = [:]

    mutating func add(_ field: Int32, _ rep: Rep, _ signatures: [FieldSignature]) {
        let signature = signatures[Int(field)]
        if let existing = index[signature] {
            let reps = entries[existing].reps
            if reps.count < 2 && reps[0].label != rep.label { entries[existing].reps.append(rep) }
        } else {
            index[signature] = entries.count
            entries.append(Entry(signature: signature, rep: rep))
        }
    }
}

/// The fields of several sets by response name, each with its side.
private struct Groups {
    private(set) var names: [Int32] = []
    private(set) var groups: [Int32: Group] = [:]
    /// The next label for fields that are each a side of their own: increasing from the
    /// smallest number, apart from the labels given (fragment numbers, sides 0 and 1).
    private var nextOwnLabel: Int32 = .min

    /// Adds a set's fields, all with `label`, or each with a label of its own when nil.
    mutating func add(_ set: CollectedSelections, label: Int32?, origin: Int32, _ signatures: [FieldSignature]) {
        for name in set.responseNames {
            if groups[name] == nil {
                names.append(name)
                groups[name] = Group()
            }
            for field in set.fields[name]! {
                let side: Int32
                if let label {
                    side = label
                } else {
                    side = nextOwnLabel
                    nextOwnLabel += 1
                }
                groups[name]!.add(field, Rep(label: side, origin: origin, occurrence: field), signatures)
            }
        }
    }
}

/// Parent type, field name and arguments: fields with the same head agree at their own level.
private struct Head: Hashable {
    var parentType: Int32
    var name: Int32
    var arguments: Int32

    init(_ signature: FieldSignature) {
        parentType = signature.parentType
        name = signature.name
        arguments = signature.arguments
    }
}

/// A conflict between two fields of a group, from the reps that were compared.
private struct Found {
    var first: Rep
    var second: Rep
    var conflict: Conflict
}

/// The comparisons of §5.3.2 with their caches; one per validation.
private final class ConflictFinder {
    let context: ValidationContext
    let schema: Schema
    private var occurrences: [FieldOccurrence] = []
    /// The occurrences' signatures, apart: most comparisons need nothing else.
    private var signatures: [FieldSignature] = []
    private var collected: [UInt32: CollectedSelections] = [:]
    /// Strings (response names, field names, argument keys, selection shapes) as numbers.
    private var interned: [String: Int32] = [:]
    /// The interned shape of each selection set, by its start offset.
    private var selectionShapes: [UInt32: Int32] = [:]
    /// The defined fragments (the first of each name), by number.
    private let fragmentNumbers: [String: Int32]
    private let fragmentDefinitions: [FragmentDefinition]
    private var fragmentSets: [CollectedSelections?]
    /// Each fragment's fields with those of every fragment it spreads, transitively, at its top
    /// level: what spreading it brings into a selection set.
    private var expandedFragments: [CollectedSelections?]
    /// Fragments whose expansion is being built: a cycle (refused by §5.5.2.2) stops there.
    private var expanding: Set<Int32> = []

    // Memoization, one set per exclusivity (index 0: parents may be the same object, 1: they
    // cannot). Pairs are unordered: the smaller number first.
    /// (selection set, fragment) compared.
    private var comparedWithFragment: [Set<UInt64>] = [[], []]
    /// (fragment, fragment) compared.
    private var comparedFragments: [Set<UInt64>] = [[], []]
    /// (field, field) whose sub-selections were compared.
    private var comparedFields: [Set<UInt64>] = [[], []]
    /// (field, field) found in conflict; a selection set and an inline fragment in it see the
    /// same pairs.
    private var conflictingFields: [Set<UInt64>] = [[], []]

    /// The most conflicts (sub-field conflicts included) looked for in one document.
    static let limit = 1000
    private var found = 0
    private var isExhausted: Bool { found >= Self.limit }

    init(context: ValidationContext) {
        self.context = context
        self.schema = context.schema
        var numbers: [String: Int32] = [:]
        var definitions: [FragmentDefinition] = []
        for case .fragment(let fragment) in context.document.definitions where numbers[fragment.name.value] == nil {
            numbers[fragment.name.value] = Int32(definitions.count)
            definitions.append(fragment)
        }
        fragmentNumbers = numbers
        fragmentDefinitions = definitions
        fragmentSets = Array(repeating: nil, count: definitions.count)
        expandedFragments = Array(repeating: nil, count: definitions.count)
    }

    private static func pair(_ a: UInt32, _ b: UInt32) -> UInt64 {
        a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
    }

    private func intern(_ string: String) -> Int32 {
        if let number = interned[string] { return number }
        let number = Int32(interned.count)
        interned[string] = number
        return number
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
                let signature = FieldSignature(
                    responseName: intern(field.responseKey), parentType: parentType?.index ?? -1,
                    name: intern(field.name.value),
                    arguments: intern(argumentsKey(field.arguments)),
                    selection: field.selectionSet.map { shape(of: $0) } ?? -1)
                let number = Int32(occurrences.count)
                occurrences.append(FieldOccurrence(
                    parentType: parentType, field: field, definition: definition, signature: signature))
                signatures.append(signature)
                result.add(number, signature: signature)
            case .fragmentSpread(let spread):
                if let fragment = fragmentNumbers[spread.name.value] { result.addFragment(fragment) }
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.map { compositeType(named: $0.value) } ?? parentType
                collect(fragment.selectionSet, parentType: type, into: result)
            }
        }
    }

    private func collect(fragment: Int32) -> CollectedSelections {
        if let cached = fragmentSets[Int(fragment)] { return cached }
        let definition = fragmentDefinitions[Int(fragment)]
        let result = collect(definition.selectionSet, parentType: compositeType(named: definition.typeCondition.value))
        fragmentSets[Int(fragment)] = result
        return result
    }

    /// A fragment's fields at its top level once its spreads are expanded, built once per fragment
    /// from the expansions of the fragments it spreads, identical fields held once: a chain of
    /// fragments costs its length, not its length squared; never the expanded document.
    private func expanded(fragment: Int32) -> CollectedSelections {
        if let cached = expandedFragments[Int(fragment)] { return cached }
        let own = collect(fragment: fragment)
        guard !own.fragments.isEmpty else {
            expandedFragments[Int(fragment)] = own
            return own
        }
        guard expanding.insert(fragment).inserted else { return own }
        let result = CollectedSelections(id: own.id)
        result.addFields(of: own, signatures: signatures)
        for spread in own.fragments { result.addFields(of: expanded(fragment: spread), signatures: signatures) }
        expanding.remove(fragment)
        expandedFragments[Int(fragment)] = result
        return result
    }

    private func compositeType(named name: String) -> TypeID? {
        guard let id = schema.typeID(named: name), schema[id].kind.isComposite else { return nil }
        return id
    }

    /// The shape of a selection set as a number: equal for two sets that select the same things
    /// the same way (aliases, names, arguments, type conditions, spreads; directives aside).
    private func shape(of selectionSet: SelectionSet) -> Int32 {
        if let shape = selectionShapes[selectionSet.range.start] { return shape }
        var key = ""
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                key += "f\(field.alias?.value ?? ""):\(field.name.value)\(argumentsKey(field.arguments))"
                if let inner = field.selectionSet { key += "{\(shape(of: inner))}" }
            case .fragmentSpread(let spread):
                key += "s\(spread.name.value)"
            case .inlineFragment(let fragment):
                key += "i\(fragment.typeCondition?.value ?? ""){\(shape(of: fragment.selectionSet))}"
            }
            key += ","
        }
        let shape = intern(key)
        selectionShapes[selectionSet.range.start] = shape
        return shape
    }

    // MARK: Comparing

    /// FieldsInSetCanMerge for one selection set of the document: its own fields with each
    /// other, with what every fragment it spreads brings, and those fragments with each other.
    func conflicts(within selectionSet: SelectionSet, parentType: TypeID?) -> [Conflict] {
        var conflicts: [Conflict] = []
        guard !isExhausted else { return [] }
        let set = collect(selectionSet, parentType: parentType)
        if set.fragments.count > Self.pairwiseLimit {
            // Many fragments: their fields and the set's, by response name, rather than every
            // pair of fragments (each fragment one side, each of the set's own fields one side).
            var groups = Groups()
            groups.add(set, label: nil, origin: -1, signatures)
            for fragment in set.fragments {
                groups.add(expanded(fragment: fragment), label: fragment, origin: -1, signatures)
            }
            for name in groups.names where !isExhausted {
                conflicts += checkGroup(groups.groups[name]!.entries, exclusive: false).map(\.conflict)
            }
            return conflicts
        }
        for name in set.responseNames {
            let fields = set.fields[name]!
            guard fields.count > 1 else { continue }
            // Each field is its own side: every pair is compared.
            let entries = fields.enumerated().map { index, field in
                Entry(signature: signatures[Int(field)], rep: Rep(label: Int32(index), origin: -1, occurrence: field))
            }
            conflicts += checkGroup(entries, exclusive: false).map(\.conflict)
        }
        let fragments = set.fragments
        for (index, fragment) in fragments.enumerated() {
            compare(set, withFragment: fragment, exclusive: false, into: &conflicts)
            for other in fragments[(index + 1)...] {
                compare(fragment: fragment, with: other, exclusive: false, into: &conflicts)
            }
        }
        return conflicts
    }

    /// A set's fields against what a fragment brings (spread in it, or in the set it is compared
    /// with).
    private func compare(
        _ set: CollectedSelections, withFragment fragment: Int32, exclusive: Bool, into conflicts: inout [Conflict]
    ) {
        let key = UInt64(set.id) << 32 | UInt64(UInt32(fragment))
        guard comparedWithFragment[exclusive ? 1 : 0].insert(key).inserted else { return }
        compare(set, expanded(fragment: fragment), exclusive: exclusive, into: &conflicts)
    }

    /// What two fragments bring, against each other.
    private func compare(fragment: Int32, with other: Int32, exclusive: Bool, into conflicts: inout [Conflict]) {
        guard fragment != other,
            comparedFragments[exclusive ? 1 : 0].insert(Self.pair(UInt32(fragment), UInt32(other))).inserted
        else { return }
        compare(expanded(fragment: fragment), expanded(fragment: other), exclusive: exclusive, into: &conflicts)
    }

    /// The fields of one set against those of the other with the same response name (two
    /// sides: pairs within one set are not compared here). Names are looked up from the smaller
    /// set, so that a small set against a large expansion costs the small set's size.
    private func compare(
        _ set1: CollectedSelections, _ set2: CollectedSelections, exclusive: Bool, into conflicts: inout [Conflict]
    ) {
        let (outer, inner) = set1.responseNameCount <= set2.responseNameCount ? (set1, set2) : (set2, set1)
        for name in outer.responseNames {
            guard let innerFields = inner.fields[name], !isExhausted else { continue }
            let fields1 = set1.fields[name]!
            if fields1.count * innerFields.count <= Self.pairwiseLimit {
                let fields2 = set2.fields[name]!
                for field1 in fields1 {
                    for field2 in fields2 {
                        if let conflict = findConflict(field1, field2, parentsExclusive: exclusive) {
                            conflicts.append(conflict)
                        }
                    }
                }
                continue
            }
            var group = Group()
            for field in set1.fields[name]! { group.add(field, Rep(label: 0, origin: -1, occurrence: field), signatures) }
            for field in set2.fields[name]! { group.add(field, Rep(label: 1, origin: -1, occurrence: field), signatures) }
            conflicts += checkGroup(group.entries, exclusive: exclusive).map(\.conflict)
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
        if set1.fragments.count * set2.fragments.count > Self.pairwiseLimit {
            // Many fragments: each side's fields with what its fragments bring, by response name.
            var groups = Groups()
            for (label, set) in [set1, set2].enumerated() {
                groups.add(set, label: Int32(label), origin: -1, signatures)
                for fragment in set.fragments {
                    groups.add(expanded(fragment: fragment), label: Int32(label), origin: -1, signatures)
                }
            }
            for name in groups.names where !isExhausted {
                conflicts += checkGroup(groups.groups[name]!.entries, exclusive: exclusive).map(\.conflict)
            }
            return conflicts
        }
        compare(set1, set2, exclusive: exclusive, into: &conflicts)
        for fragment in set2.fragments { compare(set1, withFragment: fragment, exclusive: exclusive, into: &conflicts) }
        for fragment in set1.fragments { compare(set2, withFragment: fragment, exclusive: exclusive, into: &conflicts) }
        for fragment1 in set1.fragments {
            for fragment2 in set2.fragments {
                compare(fragment: fragment1, with: fragment2, exclusive: exclusive, into: &conflicts)
            }
        }
        return conflicts
    }

    /// The conflicts among fields of one response name, each held by an entry with up to two
    /// sides it comes from; two fields are compared only from different sides (the pairs within
    /// one side are that side's own selection set's to check).
    ///
    /// Fields with the same parent type, name and arguments (a "head") always agree at their own
    /// level, and what they select must merge: rather than comparing them pair by pair (a
    /// thousand `dog { … }` would make half a million pairs), their sub-selections are merged
    /// into one group per response name, each sub-field keeping the side of the field it comes
    /// from, and checked once (FieldsInSetCanMerge of the merged set). Fields of different heads
    /// are compared pair by pair, as graphql-js does, each pair once.
    private func checkGroup(_ entries: [Entry], exclusive: Bool) -> [Found] {
        if entries.count == 1 && entries[0].reps.count == 1 { return [] }
        // Few fields: pair by pair (each pair of fields is compared once in the whole document).
        if entries.count <= Self.pairwiseLimit { return pairwise(entries, entries.indices, exclusive: exclusive) }
        var found: [Found] = []
        var heads: [Head: Int] = [:]
        var classes: [[Int]] = []
        for (index, entry) in entries.enumerated() {
            let head = Head(entry.signature)
            if let existing = heads[head] {
                classes[existing].append(index)
            } else {
                heads[head] = classes.count
                classes.append([index])
            }
        }
        for members in classes where !isExhausted {
            if members.count <= Self.pairwiseLimit {
                found += pairwise(entries, members, exclusive: exclusive)
                continue
            }
            let reps = members.flatMap { entries[$0].reps }.filter {
                occurrences[Int($0.occurrence)].field.selectionSet != nil
            }
            guard let first = reps.first, reps.contains(where: { $0.label != first.label }) else { continue }
            found += mergedConflicts(reps, exclusive: exclusive)
        }
        for (index, members1) in classes.enumerated() {
            for members2 in classes[(index + 1)...] {
                for entry1 in members1 {
                    for entry2 in members2 {
                        if isExhausted { return found }
                        if let conflict = compare(entries[entry1], entries[entry2], exclusive: exclusive) {
                            found.append(conflict)
                        }
                    }
                }
            }
        }
        return found
    }

    /// Groups (and classes of one head) of at most this many fields are compared pair by pair.
    static let pairwiseLimit = 8

    private func pairwise(_ entries: [Entry], _ members: some Collection<Int>, exclusive: Bool) -> [Found] {
        var found: [Found] = []
        for (position, entry1) in members.enumerated() where !isExhausted {
            for entry2 in members.dropFirst(position + 1) where !isExhausted {
                if let conflict = compare(entries[entry1], entries[entry2], exclusive: exclusive) {
                    found.append(conflict)
                }
            }
        }
        return found
    }

    /// Two entries compared through reps from different sides, if they have such reps.
    private func compare(_ entry1: Entry, _ entry2: Entry, exclusive: Bool) -> Found? {
        guard let (rep1, rep2) = comparable(entry1, entry2),
            let conflict = findConflict(rep1.occurrence, rep2.occurrence, parentsExclusive: exclusive)
        else { return nil }
        return Found(first: rep1, second: rep2, conflict: conflict)
    }

    /// Two reps from different sides, the smaller side first (so that the first set of a
    /// comparison, or the earlier field, comes first in messages); nil when there is none.
    private func comparable(_ entry1: Entry, _ entry2: Entry) -> (Rep, Rep)? {
        for rep1 in entry1.reps {
            for rep2 in entry2.reps where rep1.label != rep2.label {
                return rep1.label < rep2.label ? (rep1, rep2) : (rep2, rep1)
            }
        }
        return nil
    }

    /// Fields of one head (the members, each with its side): their sub-selections merged and
    /// checked together, each conflict found between sub-fields of two members reported as a
    /// conflict of those two members.
    private func mergedConflicts(_ members: [Rep], exclusive: Bool) -> [Found] {
        var groups = Groups()
        for (index, member) in members.enumerated() {
            let occurrence = occurrences[Int(member.occurrence)]
            guard let selectionSet = occurrence.field.selectionSet else { continue }
            let set = collect(selectionSet, parentType: occurrence.definition.flatMap { compositeType($0.type) })
            groups.add(set, label: member.label, origin: Int32(index), signatures)
            for fragment in set.fragments {
                groups.add(expanded(fragment: fragment), label: member.label, origin: Int32(index), signatures)
            }
        }
        var subconflicts: [Found] = []
        for name in groups.names where !isExhausted {
            subconflicts += checkGroup(groups.groups[name]!.entries, exclusive: exclusive)
        }
        guard !subconflicts.isEmpty else { return [] }
        // One conflict per pair of members, its reasons in the order found.
        var pairs: [UInt64] = []
        var byPair: [UInt64: [Conflict]] = [:]
        for subconflict in subconflicts {
            let key = UInt64(UInt32(subconflict.first.origin)) << 32 | UInt64(UInt32(subconflict.second.origin))
            if byPair[key] == nil { pairs.append(key) }
            byPair[key, default: []].append(subconflict.conflict)
        }
        return pairs.map { key in
            let member1 = members[Int(key >> 32)]
            let member2 = members[Int(key & 0xFFFF_FFFF)]
            let field1 = occurrences[Int(member1.occurrence)].field
            let field2 = occurrences[Int(member2.occurrence)].field
            let conflicts = byPair[key]!
            found += 1
            return Found(
                first: member1, second: member2,
                conflict: Conflict(
                    responseName: field1.responseKey, reason: .subfields(conflicts.map { ($0.responseName, $0.reason) }),
                    fields1: [field1.range] + conflicts.flatMap(\.fields1),
                    fields2: [field2.range] + conflicts.flatMap(\.fields2)))
        }
    }

    /// Whether two fields with the same response name can be merged. Their parents are
    /// exclusive when they are two different object types (or their own parents were): then
    /// only the shape of the responses must agree (SameResponseShape).
    private func findConflict(_ number1: Int32, _ number2: Int32, parentsExclusive: Bool) -> Conflict? {
        // The same field, or two that select the same way: nothing new to find.
        guard number1 != number2, signatures[Int(number1)] != signatures[Int(number2)], !isExhausted else { return nil }
        let field1 = occurrences[Int(number1)]
        let field2 = occurrences[Int(number2)]
        let exclusive =
            parentsExclusive
            || (field1.parentType != field2.parentType && isObject(field1.parentType) && isObject(field2.parentType))
        let memo = exclusive ? 1 : 0
        let pair = Self.pair(field1.id, field2.id)
        let selectionSet1 = field1.field.selectionSet
        let selectionSet2 = field2.field.selectionSet
        if selectionSet1 != nil && selectionSet2 != nil {
            // Sub-selections are compared once per pair of fields.
            guard comparedFields[memo].insert(pair).inserted else { return nil }
        }
        let responseName = field1.field.responseKey
        func conflict(_ message: String) -> Conflict? {
            if selectionSet1 == nil || selectionSet2 == nil {
                guard conflictingFields[memo].insert(pair).inserted else { return nil }
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
            if field1.signature.arguments != field2.signature.arguments {
                return conflict("they have differing arguments")
            }
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
