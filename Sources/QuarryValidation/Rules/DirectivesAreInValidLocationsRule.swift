import QuarryLanguage

/// Spec §5.7.2 "Directives Are In Valid Locations": a directive is used only where its
/// definition allows (`@skip` on a field, never on a query).
public struct DirectivesAreInValidLocationsRule: ValidationRule {
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public mutating func enterDirective(_ node: Directive, location: DirectiveLocation) -> VisitAction {
        // An unknown directive is §5.7.1's to report.
        if let definition = context.schema.directive(named: node.name.value), !definition.locations.contains(location) {
            context.report("Directive \"@\(node.name.value)\" may not be used on \(location.rawValue).", at: [node.range])
        }
        return .skipChildren
    }
}
