import XCTest
@testable import TerminalUI
import TDKTText

/// Multi-select in lists, derived command contexts, hidden commands, the prompt dialog and the text view.
final class SelectionAndPromptTests: XCTestCase {
    private func list() -> ListView {
        let names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Đức", "Phạm Thu Hà"]
        let l = ListView(title: "Cá nhân", columns: [ListView.Column("Họ và tên")],
                         rows: names.enumerated().map { ListView.Row(id: "p\($0)", cells: [$1]) })
        l.allowsMarking = true
        return l
    }

    func testSpaceMarksRowsAndStarMarksAllShown() {
        let l = list()
        let h = Harness(l)
        h.press(.char(" "))
        XCTAssertEqual(l.markedIDs, ["p0"])
        XCTAssertEqual(l.selected, 1, "Space moves down")
        XCTAssertTrue(h.rows[h.row(containing: "Nguyễn Văn An")!].contains("[x] Nguyễn Văn An"))
        XCTAssertTrue(h.rows[h.row(containing: "Trần Thị Bình")!].contains("[ ] Trần Thị Bình"))
        XCTAssertNotNil(h.row(containing: "Đã đánh dấu: 1"))
        h.press(.char(" "))
        XCTAssertEqual(l.chosenRows.map(\.id), ["p0", "p1"])
        // Filter to two rows, `*` marks only those shown.
        l.setMarked([])
        l.setFilter("th")  // Trần Thị Bình, Phạm Thu Hà
        h.press(.char("*"))
        XCTAssertEqual(l.markedIDs, ["p1", "p3"])
        h.press(.char("*"))
        XCTAssertEqual(l.markedIDs, [])
        // With nothing marked, the row under the cursor is the one chosen.
        XCTAssertEqual(l.chosenRows.count, 1)
        // Rows that disappear lose their mark.
        l.setMarked(["p0", "p2"])
        l.setRows([ListView.Row(id: "p2", cells: ["Lê Minh Đức"])])
        XCTAssertEqual(l.markedIDs, ["p2"])
    }

    func testPlainListIgnoresSpace() {
        let l = list()
        l.allowsMarking = false
        let h = Harness(l)
        h.press(.char(" "))
        XCTAssertEqual(l.markedIDs, [])
        XCTAssertFalse(h.text.contains("[ ]"))
    }

    func testDerivedContextInheritsAndShowsItsOwnCommands() {
        let table = CommandTable.standard.adding([
            Command("things.approve", keys: [.function(5)], label: Localized(vi: "Duyệt", en: "Approve"),
                    help: Localized(vi: "Duyệt", en: "Approve"), contexts: ["proposals"], inBar: true)],
            parents: ["proposals": .list])
        XCTAssertEqual(table.lookup(.function(5), in: "proposals"), "things.approve")
        XCTAssertEqual(table.lookup(.up, in: "proposals"), .up)
        XCTAssertEqual(table.lookup(.char("/"), in: "proposals"), .search)
        XCTAssertNil(table.lookup(.function(5), in: .list))
        let bar = table.barItems(for: "proposals", language: .vi).map(\.label)
        // F-keys in their order, as mc and htop show them; F9 because the screen has an action of its own.
        XCTAssertEqual(bar, ["Trợ giúp", "Tìm", "Lọc", "Duyệt", "Thao tác", "Quay lại", "Thoát"])
        XCTAssertFalse(table.barItems(for: "proposals", language: .vi, hiding: ["things.approve"]).map(\.label).contains("Duyệt"))
        XCTAssertNil(table.lookup(.function(5), in: "proposals", hiding: ["things.approve"]))
        XCTAssertTrue(table.helpItems(for: "proposals", language: .en).contains { $0.text == "Approve" })
        XCTAssertFalse(table.helpItems(for: "proposals", language: .en, hiding: ["things.approve"]).contains { $0.text == "Approve" })
    }

    func testHiddenCommandsLeaveTheBarAndDoNothing() {
        final class Hiding: View {
            var title: String { "x" }
            var context: CommandContext { .form }
            var hiddenCommands: Set<CommandID> { [.save] }
            var saves = 0
            func draw(in frame: inout Frame, area: Rect, app: Application) {}
            func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
                if command == .save { saves += 1 }
                return true
            }
        }
        let v = Hiding()
        let h = Harness(v)
        XCTAssertFalse(h.rows[23].contains("Lưu"))
        h.press(.function(2))
        XCTAssertEqual(v.saves, 0)
    }

    func testPromptDialogAnswersTextOrNil() {
        var answers: [String?] = []
        let base = list()
        let h = Harness(base)
        h.app.push(PromptDialog(title: "Trả lại", label: "Lý do trả lại:") { a, _ in answers.append(a) })
        h.render()
        XCTAssertNotNil(h.row(containing: "Lý do trả lại:"))
        h.type("Thiếu biên bản")
        XCTAssertNotNil(h.row(containing: "Thiếu biên bản"))
        h.press(.enter)
        XCTAssertEqual(answers, ["Thiếu biên bản"])
        XCTAssertTrue(h.app.top === base)
        h.app.push(PromptDialog(title: "Trả lại", label: "Lý do") { a, _ in answers.append(a) })
        h.type("x")
        h.press(.escape)
        XCTAssertEqual(answers, ["Thiếu biên bản", nil])
    }

    func testTextPanelWrapsAndScrolls() {
        let lines = (1...40).map { "Dòng số \($0)" }
        let v = TextPanel(title: "Chi tiết", lines: lines)
        let h = Harness(v)
        XCTAssertNotNil(h.row(containing: "Dòng số 1"))
        XCTAssertNil(h.row(containing: "Dòng số 40"))
        h.press(.end)
        XCTAssertNotNil(h.row(containing: "Dòng số 40"))
        XCTAssertNil(h.row(containing: "Dòng số 1 "))
    }
}
