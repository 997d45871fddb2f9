import Dispatch
import Testing
@testable import QuarryStore

/// The hand-over of a parallel read: batches are taken once each, in order, and each says
/// which reader finished it (the consumer gives a helper's files back to that helper).
@Suite struct ReadyBatchesTests {
    @Test func batchesAreTakenOnceInOrderAndNameTheirReader() {
        let ready = ReadyBatches(count: 3)
        #expect(ready.take() == 0)
        #expect(ready.take() == 1)
        #expect(ready.reader(ofFinished: 0) == nil)
        ready.finish(1, by: 2)
        ready.finish(0, by: 0)
        #expect(ready.reader(ofFinished: 0) == 0)
        #expect(ready.reader(ofFinished: 1) == 2)
        #expect(ready.take() == 2)
        #expect(ready.take() == nil)
        #expect(ready.reader(ofFinished: 2) == nil)
    }

    @Test func waitReturnsOnceAnotherThreadFinishes() {
        let ready = ReadyBatches(count: 1)
        let taken = ready.take()
        DispatchQueue.global().async { ready.finish(taken!, by: 1) }
        ready.wait(for: 0)
        #expect(ready.reader(ofFinished: 0) == 1)
    }
}
