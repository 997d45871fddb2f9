import QuarryLanguage
import QuarrySchema

/// The variables each executable definition uses and the fragments it spreads, gathered during
/// the one traversal, for the rules that judge an operation together with every fragment it
/// reaches (§5.8.3 "All Variable Uses Defined", §5.8.4 "All Variables Used", §5.8.5 "All
/// Variable Usages Are Allowed"). A rule keeps one, forwards the callbacks below, and reads it
/// when the document is left (fragments may be defined after the operations that spread them).
struct VariableUsages {
    /// A variable where a value is expected.
    struct Usage {
        var variable: Variable
        /// The type expected at the place of use; nil when unknown (an unknown argument or field).
        var locationType: TypeRef?
        /// Whether the argument or input object field where it is used has a default value.
        var locationHasDefault: Bool
        /// The OneOf input object of which the variable is a field's value (§5.8.5
        /// IsNonNullPosition), if it is one.
        var oneOfObject: TypeID?
    }

    struct Scope {
        var usages: [Usage] = []
        /// The fragments spread anywhere in the definition, each once, in document order.
        var spreads: [String] = []
        fileprivate var spreadSet: Set<String> = []
    }

    private(set) var operations: [(definition: OperationDefinition, scope: Scope)] = []
    /// The scope of each fragment name's first definition.
    private var fragmentScopes: [String: Scope] = [:]
    private var current: Current = .outside

    private enum Current {
        case outside, operation, fragment(String)
    }

    mutating func enterOperation(_ node: OperationDefinition) {
        operations.append((node, Scope()))
        current = .operation
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinition) {
        let name = node.name.value
        if fragmentScopes[name] == nil {
            fragmentScopes[name] = Scope()
            current = .fragment(name)
        } else {
            current = .outside  // A repeated definition: §5.5.1.1 reports it; the first one counts.
        }
    }

    mutating func enterFragmentSpread(_ node: FragmentSpread) {
        let name = node.name.value
        modifyScope { scope in
            if scope.spreadSet.insert(name).inserted { scope.spreads.append(name) }
        }
    }

    mutating func enterValue(_ node: Value, context: ValueContext, typeInfo: TypeInfo) {
        guard case .variable(let variable) = node else { return }
        var oneOfObject: TypeID?
        if case .objectField = context, let object = typeInfo.parentInputType?.namedType,
            typeInfo.schema[object].isOneOf
        {
            oneOfObject = object
        }
        let hasDefault: Bool =
            switch context {
            case .argument, .objectField: typeInfo.defaultValue != nil
            case .listItem, .defaultValue: false
            }
        let usage = Usage(
            variable: variable, locationType: typeInfo.inputType, locationHasDefault: hasDefault, oneOfObject: oneOfObject)
        modifyScope { $0.usages.append(usage) }
    }

    private mutating func modifyScope(_ change: (inout Scope) -> Void) {
        switch current {
        case .outside: break
        case .operation: change(&operations[operations.count - 1].scope)
        case .fragment(let name): change(&fragmentScopes[name]!)
        }
    }

    /// The fragments an operation reaches through spreads, directly or through other fragments,
    /// each once, in the order they are found. Undefined fragments are left out.
    func fragments(reachedFrom scope: Scope) -> [String] {
        var reached: [String] = []
        var seen: Set<String> = []
        var pending = Array(scope.spreads.reversed())
        while let name = pending.popLast() {
            guard let fragment = fragmentScopes[name], seen.insert(name).inserted else { continue }
            reached.append(name)
            pending.append(contentsOf: fragment.spreads.reversed())
        }
        return reached
    }

    /// Every variable usage of an operation: its own, then those of each fragment it reaches.
    func usages(inOperation scope: Scope) -> [Usage] {
        var usages = scope.usages
        for name in fragments(reachedFrom: scope) { usages += fragmentScopes[name]!.usages }
        return usages
    }
}
