import Testing
@testable import QuarryStore

@Test func dataLocationRendersLineColumn() {
    #expect(DataLocation(line: 4, column: 2).description == "4:2")
}
