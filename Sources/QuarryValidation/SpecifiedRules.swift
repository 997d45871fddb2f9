/// Every validation rule of the September 2025 edition, spec §5, in the order of the spec.
/// A new rule is a new file plus one line here.
public let specifiedRules: [any ValidationRule.Type] = [
    ExecutableDefinitionsRule.self,
    FieldSelectionMergingRule.self,
    ValuesOfCorrectTypeRule.self,
    InputObjectFieldNamesRule.self,
    InputObjectFieldUniquenessRule.self,
    InputObjectRequiredFieldsRule.self,
    DirectivesAreDefinedRule.self,
    DirectivesAreInValidLocationsRule.self,
    DirectivesAreUniquePerLocationRule.self,
    VariableUniquenessRule.self,
    VariablesAreInputTypesRule.self,
    AllVariableUsesDefinedRule.self,
    AllVariablesUsedRule.self,
    AllVariableUsagesAreAllowedRule.self,
]
