import Foundation
import Quarry
import QuarryExecution
import QuarryStore
import Testing

@testable import QuarryServer

/// `QuickExecutions`: which runs may skip the watchdog (issue 6's benchmark, SEMANTICS.md §15.5).
@Suite struct QuickExecutionTests {
    let schema = sampleGateway.snapshot.schema
    let snapshot = sampleGateway.snapshot

    @Test func theLimitIsATenthOfTheTimeoutAndAtMostAMillisecond() {
        #expect(QuickExecutions(timeout: .seconds(4)).limit == .milliseconds(1))
        #expect(QuickExecutions(timeout: .milliseconds(2)).limit == .microseconds(200))
    }

    @Test func aRunWithinTheLimitMarksItsDocumentOperationAndSnapshot() {
        let quick = QuickExecutions(timeout: .seconds(4))
        let document = PreparedDocument(query: "query A { __typename } query B { __typename }", schema: schema)
        #expect(!quick.isQuick(document, operationName: "A", on: snapshot))
        quick.record(document, operationName: "A", on: snapshot, duration: .microseconds(40))
        #expect(quick.isQuick(document, operationName: "A", on: snapshot))
        #expect(!quick.isQuick(document, operationName: "B", on: snapshot))
        #expect(!quick.isQuick(document, operationName: nil, on: snapshot))
        #expect(!quick.isQuick(document, operationName: "A", on: StoreSnapshot.empty(schema: schema)))
        let sameText = PreparedDocument(query: "query A { __typename } query B { __typename }", schema: schema)
        #expect(!quick.isQuick(sameText, operationName: "A", on: snapshot))
    }

    @Test func aSlowRunDropsTheMark() {
        let quick = QuickExecutions(timeout: .seconds(4))
        let document = PreparedDocument(query: "{ __typename }", schema: schema)
        quick.record(document, operationName: nil, on: snapshot, duration: .microseconds(40))
        quick.record(document, operationName: nil, on: snapshot, duration: .milliseconds(2))
        #expect(!quick.isQuick(document, operationName: nil, on: snapshot))
    }

    @Test func aReplacedSnapshotMatchesNothing() {
        let quick = QuickExecutions(timeout: .seconds(4))
        let document = PreparedDocument(query: "{ __typename }", schema: schema)
        var replaced: StoreSnapshot? = StoreSnapshot.empty(schema: schema)
        quick.record(document, operationName: nil, on: replaced!, duration: .microseconds(40))
        #expect(quick.isQuick(document, operationName: nil, on: replaced!))
        replaced = nil
        // A new snapshot may take the old one's address; the mark was for the old one.
        for _ in 0..<8 {
            let next = StoreSnapshot.empty(schema: schema)
            #expect(!quick.isQuick(document, operationName: nil, on: next))
        }
        _ = replaced
    }

    @Test func pastItsCapacityItStartsOver() {
        let quick = QuickExecutions(timeout: .seconds(4), capacity: 2)
        let documents = (0..<3).map { PreparedDocument(query: "{ a\($0): __typename }", schema: schema) }
        for document in documents { quick.record(document, operationName: nil, on: snapshot, duration: .microseconds(40)) }
        #expect(!quick.isQuick(documents[0], operationName: nil, on: snapshot))
        #expect(!quick.isQuick(documents[1], operationName: nil, on: snapshot))
        #expect(quick.isQuick(documents[2], operationName: nil, on: snapshot))
    }

    @Test func aQuickDocumentAnswersTheSameOnItsTaskAndAVariablesRequestStillAnswers() async throws {
        try await inMemory { client in
            let lookup = #"{"query": "{ merchant(id: \"m-00001\") { id } }"}"#
            for _ in 0..<3 {
                let response = try await client.post(lookup)
                #expect(response.text == #"{"data":{"merchant":{"id":"m-00001"}}}"#)
            }
            let withVariables = try await client.post(
                #"{"query": "query ($id: ID!) { merchant(id: $id) { id } }", "variables": {"id": "m-00001"}}"#)
            #expect(withVariables.text == #"{"data":{"merchant":{"id":"m-00001"}}}"#)
        }
    }
}
