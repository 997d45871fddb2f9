/// Every validation rule of the September 2025 edition, spec §5, in the order of the spec.
/// A new rule is a new file plus one line here.
public let specifiedRules: [any ValidationRule.Type] = [
    ExecutableDefinitionsRule.self,
    OperationTypeExistenceRule.self,
    OperationNameUniquenessRule.self,
    LoneAnonymousOperationRule.self,
    SingleRootFieldRule.self,
    FieldSelectionsRule.self,
    LeafFieldSelectionsRule.self,
    ArgumentNamesRule.self,
    ArgumentUniquenessRule.self,
    RequiredArgumentsRule.self,
    FragmentNameUniquenessRule.self,
    FragmentSpreadTypeExistenceRule.self,
    FragmentsOnCompositeTypesRule.self,
    FragmentsMustBeUsedRule.self,
    FragmentSpreadTargetDefinedRule.self,
    FragmentSpreadsMustNotFormCyclesRule.self,
    FragmentSpreadIsPossibleRule.self,
]
