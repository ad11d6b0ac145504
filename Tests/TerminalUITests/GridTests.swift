import XCTest
@testable import TerminalUI
import TDKTText

final class GridTests: XCTestCase {
    private func makeGrid(rows: Int = 3, columns: Int = 4) -> GridView {
        let cols = (0..<columns).map { i in
            GridColumn("TC\(i + 1)", group: i < 2 ? "Nhóm A" : "Nhóm B", max: i == 1 ? 5 : 10, step: i == 3 ? 0.5 : 1)
        }
        let heads = (0..<rows).map { "Đơn vị \($0 + 1)" }
        return GridView(title: "Chấm điểm", rowHeaderTitle: "Đơn vị", rowHeaders: heads, columns: cols)
    }

    func testTypingIntoACellAndTotals() {
        let g = makeGrid()
        let h = Harness(g)
        let y = h.row(containing: "Đơn vị 1")!
        XCTAssertTrue(h.rows[y].contains("·"))  // empty cells are a placeholder, not 0
        h.type("7")
        XCTAssertEqual(g.editBuffer, "7")
        h.press(.tab)
        XCTAssertEqual(g.values[0][0], 7)
        XCTAssertEqual(g.cursorColumn, 1)
        h.type("4")
        h.press(.enter)  // Enter also moves to the next cell
        XCTAssertEqual(g.values[0][1], 4)
        XCTAssertEqual(g.cursorColumn, 2)
        XCTAssertEqual(g.total(ofRow: 0), 11)
        let totalX = h.screen.frame.column(of: "Tổng", inRow: y - 2)!
        XCTAssertTrue(h.rows[y].dropFirst(totalX).contains("11"), h.rows[y])
        // The second row is still empty: its total is the placeholder.
        XCTAssertNil(g.total(ofRow: 1))
        // Zero is a value, distinct from empty.
        h.type("0")
        h.press(.tab)
        XCTAssertEqual(g.values[0][2], 0)
        XCTAssertNil(g.values[1][2])
        // Tab at the end of a row wraps to the next row.
        h.type("2,5")
        h.press(.tab)
        XCTAssertEqual(g.values[0][3], 2.5)
        XCTAssertEqual(g.cursorRow, 1)
        XCTAssertEqual(g.cursorColumn, 0)
        XCTAssertTrue(h.rows[y].contains("2,5"))
        XCTAssertTrue(h.rows[y].contains("13,5"))
    }

    func testValueAboveMaxIsRefusedNamingTheColumn() {
        let g = makeGrid()
        let h = Harness(g)
        h.press(.tab)  // column TC2, max 5
        h.type("6")
        h.press(.tab)
        XCTAssertNil(g.values[0][1])
        XCTAssertEqual(g.cursorColumn, 1)  // stays on the cell
        XCTAssertNotNil(h.row(containing: "Giá trị 6 vượt quá tối đa 5 của cột «TC2»"))
        XCTAssertTrue(h.rows[22].contains("TC2"))
        // Step: TC4 takes halves only.
        h.press(.end)
        h.type("2,3")
        h.press(.tab)
        XCTAssertNil(g.values[0][3])
        XCTAssertNotNil(h.screen.frame.find("bội số của 0,5"))
    }

    func testBackspaceDeleteAndUndo() {
        let g = makeGrid()
        let h = Harness(g)
        h.type("85")
        h.press(.backspace)
        XCTAssertEqual(g.editBuffer, "8")
        h.press(.tab)
        XCTAssertEqual(g.values[0][0], 8)
        h.press(.left)
        h.press(.backspace)  // not editing: empties the cell
        XCTAssertNil(g.values[0][0])
        h.press(.char("u"))
        XCTAssertEqual(g.values[0][0], 8)
        h.type("9")
        h.press(.tab)  // TC1 = 9
        h.type("3")
        h.press(.left)  // TC2 = 3, back on TC1
        h.press(.delete)  // TC1 emptied
        XCTAssertNil(g.values[0][0])
        h.press(.char("u"))
        XCTAssertEqual(g.values[0][0], 9)
        h.press(.char("u"))
        XCTAssertNil(g.values[0][1])
        XCTAssertEqual(g.cursorColumn, 1)  // the cursor goes to the cell undone
        h.press(.char("u"))
        XCTAssertEqual(g.values[0][0], 8)
        XCTAssertEqual(g.cursorColumn, 0)
        XCTAssertTrue(h.rows[22].contains("Đã hoàn tác"))
        h.press(.char("u"), .char("u"), .char("u"))
        XCTAssertTrue(h.rows[22].contains("Không còn gì để hoàn tác"))
    }

    func testFrozenHeadersWhileScrollingBothWays() {
        let g = makeGrid(rows: 40, columns: 14)
        let h = Harness(g)
        let headerY = h.row(containing: "TC1")!
        XCTAssertNotNil(h.screen.frame.find("Nhóm A"))
        h.press(.end)  // last column
        XCTAssertEqual(g.cursorColumn, 13)
        XCTAssertGreaterThan(g.scrollColumn, 0)
        XCTAssertNil(h.screen.frame.column(of: "TC1 ", inRow: headerY))
        XCTAssertNotNil(h.screen.frame.column(of: "TC14", inRow: headerY))
        XCTAssertNotNil(h.screen.frame.column(of: "Tổng", inRow: headerY))  // totals column stays
        XCTAssertNotNil(h.screen.frame.column(of: "Đơn vị", inRow: headerY))  // row-header title stays
        XCTAssertNotNil(h.screen.frame.find("Nhóm B"))
        for _ in 0..<35 { h.press(.down) }
        XCTAssertEqual(g.cursorRow, 35)
        XCTAssertGreaterThan(g.scrollRow, 0)
        XCTAssertEqual(h.row(containing: "TC14"), headerY)  // headers did not move
        XCTAssertNotNil(h.row(containing: "Đơn vị 36"))
        XCTAssertNil(h.row(containing: "Đơn vị 1 "))
        h.press(.pageUp, .pageUp, .pageUp, .pageUp, .home)
        XCTAssertEqual(g.cursorRow, 0)
        XCTAssertNotNil(h.screen.frame.column(of: "TC1 ", inRow: headerY))
        XCTAssertNotNil(h.row(containing: "Đơn vị 1 "))
    }

    func testSaveAndUnsaved() {
        let g = makeGrid()
        var saved: [[Double?]]?
        g.onSave = { v, _ in saved = v; return nil }
        let h = Harness(g)
        h.type("3")
        XCTAssertTrue(g.hasUnsavedChanges)
        h.press(.function(2))  // commits the cell being typed, then saves
        XCTAssertEqual(saved?[0][0], 3)
        XCTAssertFalse(g.hasUnsavedChanges)
    }
}
