import XCTest
@testable import TerminalUI
import TDKTText

final class MenuAndListTests: XCTestCase {
    func testMenuNavigation() {
        var opened: [String] = []
        let menu = MenuView(title: "Chính", items: ["Một", "Hai", "Ba"].map { name in
            MenuView.Item(name) { _ in opened.append(name) }
        })
        let h = Harness(menu)
        XCTAssertTrue(h.rows[h.row(containing: "1. Một")!].contains("▶ 1. Một"))
        h.press(.down)
        XCTAssertTrue(h.rows[h.row(containing: "2. Hai")!].contains("▶ 2. Hai"))
        XCTAssertEqual(h.screen.frame[h.row(containing: "2. Hai")!, 6].style, .selection)
        h.press(.char("j"))  // vi alias
        XCTAssertEqual(menu.selected, 2)
        h.press(.down)  // wraps
        XCTAssertEqual(menu.selected, 0)
        h.press(.up, .up, .char("k"))
        XCTAssertEqual(menu.selected, 0)
        h.press(.end)
        h.press(.enter)
        XCTAssertEqual(opened, ["Ba"])
        h.press(.char("2"))
        XCTAssertEqual(opened, ["Ba", "Hai"])
    }

    private func people() -> ListView {
        let names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Đức", "Phạm Thu Hà", "Đỗ Đức Long", "Vũ Thị Lan"]
        let rows = names.enumerated().map { i, n in ListView.Row(id: "p\(i)", cells: [n, "Phòng \(i)"]) }
        return ListView(title: "Cá nhân", columns: [ListView.Column("Họ và tên"), ListView.Column("Đơn vị", width: 12)], rows: rows)
    }

    /// A long list is shown before its rows are folded for search; they are folded between keys, and a
    /// search or filter typed before that folds the rest first, finding rows at the end.
    func testALongListIsFoldedBetweenKeysAndSearchesItAllAtOnce() {
        let rows = (0..<5_000).map { ListView.Row(id: "p\($0)", cells: ["Người số \($0)", $0 == 4_999 ? "Phòng Đắk Lắk" : "Phòng \($0 % 7)"]) }
        let list = ListView(title: "Cá nhân", columns: [ListView.Column("Họ và tên"), ListView.Column("Đơn vị", width: 14)], rows: rows)
        XCTAssertTrue(list.hasIdleWork, "nothing folded before it is shown")
        let h = Harness(list)
        XCTAssertTrue(h.text.contains("Người số 0"))
        h.press(.char("/"))
        h.type("dak lak")
        XCTAssertEqual(list.selectedRow?.id, "p4999")
        XCTAssertFalse(list.hasIdleWork)
        // New rows: folded again, a slice per idle step, until none is left.
        list.setRows(rows.reversed())
        var steps = 0
        while list.hasIdleWork { list.runIdleStep(app: h.app); steps += 1 }
        XCTAssertEqual(steps, 3)
        list.setFilter("dak lak")
        XCTAssertEqual(list.visible.count, 1)
        XCTAssertEqual(list.selectedRow?.id, "p4999")
    }

    func testListSearchIgnoresDiacriticsAndFoldsD() {
        let list = people()
        let h = Harness(list)
        h.press(.char("/"))
        XCTAssertTrue(list.wantsTyping)
        h.type("duc")
        XCTAssertEqual(list.selectedRow?.cells[0], "Lê Minh Đức")
        XCTAssertTrue(h.text.contains("Tìm: duc"))
        h.press(.enter)
        XCTAssertFalse(list.wantsTyping)
        let y = h.row(containing: "Lê Minh Đức")!
        XCTAssertEqual(h.screen.frame[y, 2].style, .selection)
        h.press(.char("n"))
        XCTAssertEqual(list.selectedRow?.cells[0], "Đỗ Đức Long")
        h.press(.char("n"))  // wraps around
        XCTAssertEqual(list.selectedRow?.cells[0], "Lê Minh Đức")
        h.press(.char("N"))
        XCTAssertEqual(list.selectedRow?.cells[0], "Đỗ Đức Long")
        // Case and tones: "THI" finds "Thị".
        h.press(.char("/"))
        h.type("THI")
        XCTAssertEqual(list.selectedRow?.cells[0], "Vũ Thị Lan")
        h.press(.escape)  // cancel returns to where the search began
        XCTAssertEqual(list.selectedRow?.cells[0], "Đỗ Đức Long")
    }

    func testListFilter() {
        let list = people()
        let h = Harness(list)
        h.press(.char("\\"))
        h.type("thi")
        XCTAssertEqual(list.visible.count, 2)
        h.press(.enter)
        XCTAssertNotNil(h.row(containing: "Trần Thị Bình"))
        XCTAssertNil(h.row(containing: "Nguyễn Văn An"))
        XCTAssertTrue(h.text.contains("1/2"))
        h.press(.escape)  // first Esc clears the filter
        XCTAssertEqual(list.visible.count, 6)
        XCTAssertNotNil(h.row(containing: "Nguyễn Văn An"))
    }

    func testListActivateAndScroll() {
        let rows = (1...100).map { ListView.Row(id: "\($0)", cells: ["Dòng \($0)"]) }
        var got: String?
        let list = ListView(title: "L", columns: [ListView.Column("Tên")], rows: rows) { row, _ in got = row.id }
        let h = Harness(list)
        h.press(.pageDown, .pageDown)
        XCTAssertNotNil(h.row(containing: "Dòng \(list.selected + 1) "))
        h.press(.end)
        XCTAssertNotNil(h.row(containing: "Dòng 100"))
        XCTAssertNil(h.row(containing: "Dòng 1 "))
        h.press(.enter)
        XCTAssertEqual(got, "100")
    }
}
