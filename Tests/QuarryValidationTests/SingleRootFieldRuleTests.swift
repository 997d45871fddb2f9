import Testing

@testable import QuarryValidation

/// §5.2.4.1 Single Root Field (`CollectSubscriptionFields`).
@Suite struct SingleRootFieldRuleTests {
    @Test func oneRootFieldIsValid() {
        // Examples № 115 and № 116.
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription sub {
              newMessage {
                body
                sender
              }
            }
            """) == [])
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on Subscription {
              newMessage {
                body
                sender
              }
            }
            """) == [])
    }

    @Test func aSecondRootFieldIsNot() {
        // Counter example № 117.
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription sub {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """) == ["6:3: Subscription \"sub\" must select only one top level field."])
    }

    @Test func norOneAddedByAFragment() {
        // Counter example № 118: the extra field is located in the fragment.
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription sub {
              ...multipleSubscriptions
            }

            fragment multipleSubscriptions on Subscription {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """) == ["10:3: Subscription \"sub\" must select only one top level field."])
    }

    @Test func skipAndIncludeAreForbiddenAtTheRoot() {
        // Counter example № 119: every conditional directive is located.
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription requiredRuntimeValidation($bool: Boolean!) {
              newMessage @include(if: $bool) {
                body
                sender
              }
              disallowedSecondRootField @skip(if: $bool)
            }
            """) == [
            "2:14, 6:29: Subscription \"requiredRuntimeValidation\" must not use `@skip` or `@include` directives"
                + " in the top level selection.",
        ])
    }

    @Test func skipAndIncludeAreForbiddenOnRootFragmentsToo() {
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription {
              ...F @include(if: true)
              ... @skip(if: false) { newMessage { body } }
            }
            fragment F on Subscription { newMessage @skip(if: false) { body } }
            """) == [
            "2:8, 5:41, 3:7: Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.",
        ])
    }

    @Test func skipAndIncludeBelowTheRootAreFine() {
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription S($b: Boolean!) { newMessage { body @skip(if: $b) sender @include(if: $b) } }
            """) == [])
    }

    @Test func theRootFieldMustNotBeIntrospection() {
        // Counter example № 120.
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription sub {
              __typename
            }
            """) == ["2:3: Subscription \"sub\" must not select an introspection top level field."])
    }

    @Test func introspectionNextToAnotherFieldIsBothErrors() {
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription {
              __typename
              newMessage { body }
              t: __typename
            }
            """) == [
            "3:3, 4:3: Anonymous Subscription must select only one top level field.",
            "2:3: Anonymous Subscription must not select an introspection top level field.",
            "4:3: Anonymous Subscription must not select an introspection top level field.",
        ])
    }

    @Test func fieldsAreGroupedByResponseName() {
        // The same field twice is one entry; two aliases are two.
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription S { newMessage { body } ... { newMessage { sender } } }
            """) == [])
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription S {
              a: newMessage { body }
              b: newMessage { body }
              b: newMessage { sender }
            }
            """) == ["3:3, 4:3: Subscription \"S\" must select only one top level field."])
    }

    @Test func fragmentsThatDoNotApplyAreNotCollected() {
        // DoesFragmentTypeApply: a fragment on another type, or an unknown one, adds nothing.
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription S {
              newMessage { body }
              ... on Message { body }
              ...OnQuery
              ... on Unknown { x }
              ...Undefined
            }
            fragment OnQuery on Query { dog { name } }
            """) == [])
    }

    @Test func eachFragmentIsCollectedOnce() {
        // A fragment spread twice, or spreading itself, is read once and the walk ends.
        #expect(errors(of: SingleRootFieldRule.self, in: """
            subscription S { ...F ...F }
            fragment F on Subscription { newMessage { body } ...F }
            """) == [])
    }

    @Test func queriesAreNotConcerned() {
        #expect(errors(of: SingleRootFieldRule.self, in: "query Q { dog { name } __typename }") == [])
    }

    @Test func aLongChainOfFragmentsIsWalkedWithoutRecursion() {
        let count = 20_000
        var text = "subscription S { ...F0 }\n"
        for index in 0..<count - 1 { text += "fragment F\(index) on Subscription { ...F\(index + 1) }\n" }
        text += "fragment F\(count - 1) on Subscription { newMessage { body } disallowedSecondRootField }\n"
        #expect(errors(of: SingleRootFieldRule.self, in: text) == [
            "\(count + 1):55: Subscription \"S\" must select only one top level field.",
        ])
    }
}
