import XCTest
@testable import TerminalUI
import TDKTText

final class CommandTableTests: XCTestCase {
    let table = CommandTable.standard

    func testLookupByContextAndTyping() {
        XCTAssertEqual(table.lookup(.function(1), in: .menu), .help)
        XCTAssertEqual(table.lookup(.char("?"), in: .menu), .help)
        XCTAssertNil(table.lookup(.char("?"), in: .form, typing: true))
        XCTAssertEqual(table.lookup(.function(2), in: .form), .save)
        XCTAssertNil(table.lookup(.function(2), in: .menu))
        XCTAssertEqual(table.lookup(.char("j"), in: .list), .down)
        XCTAssertNil(table.lookup(.char("j"), in: .form, typing: true))
        XCTAssertEqual(table.lookup(.char("u"), in: .grid), .undo)
        XCTAssertEqual(table.lookup(.ctrl("z"), in: .grid), .suspend)
        XCTAssertEqual(table.lookup(.function(10), in: .grid), .quit)
        XCTAssertEqual(table.lookup(.escape, in: .form), .back)
        XCTAssertEqual(table.lookup(.ctrl("l"), in: .form, typing: true), .redraw)
    }

    func testBarAndHelpComeFromTheTable() {
        let t = CommandTable.standard.adding([
            Command("report.print", keys: [.char("p")], label: Localized(vi: "In", en: "Print"),
                    help: Localized(vi: "In báo cáo ra máy in", en: "Print the report"), contexts: ["report"]),
            Command("report.save", keys: [.function(2)], label: Localized(vi: "Ghi tệp", en: "Save as"),
                    help: Localized(vi: "Ghi ra tệp", en: "Save to a file"), contexts: ["report"], inBar: true),
        ])
        let bar = t.barItems(for: "report", language: .vi).map { $0.key + " " + $0.label }
        XCTAssertEqual(bar, ["F1 Trợ giúp", "F2 Ghi tệp", "F9 Thao tác", "Esc Quay lại", "F10 Thoát"])
        XCTAssertFalse(bar.contains("F2 Lưu"))
        let help = t.helpItems(for: "report", language: .en)
        XCTAssertTrue(help.contains { $0.keys == "p" && $0.text == "Print the report" })
        XCTAssertTrue(help.contains { $0.keys == "F1 ?" && $0.text == "Open this help screen" })

        // Shown on screen: the bar of a menu and the help screen opened with F1.
        let menu = MenuView(title: "M", items: [MenuView.Item("A") { _ in }])
        let h = Harness(menu, commands: t)
        let barRow = h.rows[23]
        for item in t.barItems(for: .menu, language: .vi) {
            XCTAssertTrue(barRow.contains(item.key + " " + item.label), barRow)
        }
        h.press(.function(1))
        // The help scrolls: every line of it is reached with PgDn.
        var seen = h.text
        for _ in 0..<5 { h.press(.pageDown); seen += h.text }
        for item in t.helpItems(for: .menu, language: .vi) {
            XCTAssertTrue(seen.contains(String(item.text.prefix(30))), "help lacks \(item.text)\n\(seen)")
        }
        XCTAssertNil(h.screen.frame.find("In báo cáo ra máy in"))  // not a menu command
        h.press(.escape)
        XCTAssertNil(h.screen.frame.find("Mở trang trợ giúp này"))
    }

    func testHelpWithQuestionMarkInEnglish() {
        let menu = MenuView(title: "M", items: [MenuView.Item("A") { _ in }])
        let h = Harness(menu, language: .en)
        h.press(.char("?"))
        XCTAssertNotNil(h.screen.frame.find("Open this help screen"))
        XCTAssertNotNil(h.screen.frame.find("Quit the program"))
        XCTAssertTrue(h.rows[23].contains("F10 Quit"))
    }
}

final class ExtraContextTests: XCTestCase {
    func testExtraContextsBindKeysAndShowInTheBarOnlyWhereAdded() {
        let t = CommandTable.standard.adding([
            Command("things.new", keys: [.insert, .char("a")], label: Localized(vi: "Thêm", en: "New"),
                    help: Localized(vi: "Thêm mới", en: "Add"), contexts: ["things-edit"], inBar: true)])
        XCTAssertEqual(t.lookup(.char("a"), in: ["things-edit", .list]), "things.new")
        XCTAssertNil(t.lookup(.char("a"), in: [.list]))
        XCTAssertNil(t.lookup(.char("a"), in: ["things-edit", .list], typing: true))
        XCTAssertEqual(t.lookup(.char("/"), in: ["things-edit", .list]), .search)
        XCTAssertTrue(t.barItems(for: ["things-edit", .list], language: .vi).contains { $0.key == "Ins" && $0.label == "Thêm" })
        XCTAssertFalse(t.barItems(for: [.list], language: .vi).contains { $0.label == "Thêm" })
    }

    func testMarkableListAndReplacingRowsKeepsTheSelection() {
        let list = ListView(title: "T", columns: [ListView.Column("Tên")], rows: ["Ân", "Bình", "Châu"].map { ListView.Row(id: $0, cells: [$0]) })
        list.allowsMarking = true
        let h = Harness(list)
        h.press(.char(" "), .char(" "))
        XCTAssertEqual(list.markedIDs, ["Ân", "Bình"])
        XCTAssertNotNil(h.screen.frame.find("[x] Ân"))
        XCTAssertNotNil(h.screen.frame.find("[ ] Châu"))
        list.setRows(["Châu", "Dũng"].map { ListView.Row(id: $0, cells: [$0]) })
        XCTAssertEqual(list.selectedRow?.id, "Châu")
        var seen: [String] = []
        list.onKey = { key, _, _ in if case .char(let c) = key, c == "z" { seen.append("z"); return true }; return false }
        h.press(.char("z"))
        XCTAssertEqual(seen, ["z"])
    }
}
