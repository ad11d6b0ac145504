import XCTest
@testable import TDKTCore

/// A total's records are its parts' records in order, however many parts hold some.
final class CellSumTests: XCTestCase {
    func testASumJoinsThePartsInOrder() {
        let a = Cell.count([RecordRef(.award, "a1"), RecordRef(.award, "a2")])
        let b = Cell.count([RecordRef(.award, "b1")])
        XCTAssertEqual(Cell.sum([]), .zero)
        XCTAssertEqual(Cell.sum([.zero, a, .zero]), a)
        XCTAssertEqual(Cell.sum([a, .zero, b]), Cell(value: 3, refs: a.refs + b.refs))
        XCTAssertEqual(Cell.sum([Cell(value: 5, refs: []), b]), Cell(value: 6, refs: b.refs), "money cells add values without records")
        XCTAssertEqual(a + b, Cell(value: 3, refs: a.refs + b.refs))
    }
}
