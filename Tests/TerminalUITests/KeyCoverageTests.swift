import XCTest
@testable import TerminalUI
import TDKTText

/// Every key a widget acts on is in the command table, so the F1 help and the F-key bar list it.
/// Each widget gets every key on a fresh screen; a key that changes anything (what is drawn, the
/// stack of views, the session) must be found in the table for the widget's contexts, or be text
/// typed into a field.
final class KeyCoverageTests: XCTestCase {
    /// Every key a clerk can press.
    static var allKeys: [Key] {
        var keys: [Key] = (32...126).map { .char(Character(Unicode.Scalar($0)!)) } + [.char("đ"), .char("ê")]
        keys += "abdefghijklmnopqrstuvwxyz".map { .ctrl($0) }
        keys += [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .insert, .delete, .enter, .escape, .tab, .backTab, .backspace]
        keys += (1...12).map { .function($0) }
        return keys
    }

    /// A fresh widget for each key, shown over a menu so Esc has somewhere to go back to.
    nonisolated(unsafe) static let widgets: [(String, () -> View)] = [
        ("menu", { MenuView(title: "M", items: ["Một", "Hai", "Ba"].map { t in MenuView.Item(t) { app in app.showMessage(t) } }) }),
        ("list", { ListView(title: "L", columns: [ListView.Column("Tên")],
                            rows: (1...40).map { ListView.Row(id: "\($0)", cells: ["Nguyễn Văn \($0)"]) }) { row, app in app.showMessage(row.id) } }),
        ("marking list", {
            let l = ListView(title: "L", columns: [ListView.Column("Tên")], rows: (1...40).map { ListView.Row(id: "\($0)", cells: ["Tên \($0)"]) })
            l.allowsMarking = true
            return l
        }),
        ("picker", {
            let l = ListView(title: "L", columns: [ListView.Column("Tên")],
                             rows: ["An", "Bình", "Châu", "Dũng", "Hương"].map { ListView.Row(id: $0, cells: [$0]) })
            l.typeAhead = true
            return l
        }),
        ("form on text", { makeForm(focus: "name") }),
        ("form on choice", { makeForm(focus: "kind") }),
        ("form on yes/no", { makeForm(focus: "done") }),
        ("form on date", { makeForm(focus: "date") }),
        ("grid", { GridView(title: "G", rowHeaders: ["Đơn vị A", "Đơn vị B"], columns: [GridColumn("Tiêu chí 1", max: 10), GridColumn("Tiêu chí 2", max: 10)]) }),
        ("text page", { TextPanel(title: "T", lines: (1...80).map { "Dòng \($0)" }) }),
        ("message", { MessageDialog(title: "T", text: "Đã lưu") }),
        ("question", { ConfirmDialog(title: "T", text: "Xóa?") { yes, app in app.setStatus(yes ? "có" : "không") } }),
        ("prompt", { PromptDialog(title: "T", label: "Tên", text: "An") { _, _ in } }),
        ("help", { HelpView(context: .list) }),
    ]

    static func makeForm(focus: String) -> FormView {
        let f = FormView(id: "f", title: "F", fields: [
            FormView.Field(id: "name", label: "Tên", kind: .text(maxLength: 50), value: "Nguyễn"),
            FormView.Field(id: "kind", label: "Loại", kind: .choice(["Thường xuyên", "Chuyên đề", "Đợt"]), value: "Chuyên đề"),
            FormView.Field(id: "done", label: "Xong", kind: .yesNo, value: "no"),
            FormView.Field(id: "date", label: "Ngày", kind: .date, value: "01/02/2026"),
        ])
        f.focus(on: focus)
        return f
    }

    private func snapshot(_ h: Harness) -> String {
        h.text + "|\(h.app.stack.count)|\(h.app.isRunning)|\(h.app.needsFullRedraw)|\(h.app.suspendRequested)|\(h.app.telexEnabled)"
    }

    func testEveryKeyAWidgetActsOnIsInTheTable() {
        XCTAssertEqual(missingKeys(.standard), [], "keys acted on but not in the command table")
    }

    /// The check finds what is missing: a view acting on a key the table does not have is reported.
    func testTheCheckReportsAKeyMissingFromTheTable() {
        final class ActsOnZ: View {
            var title: String { "Z" }
            var context: CommandContext { .list }
            var count = 0
            func draw(in frame: inout Frame, area: Rect, app: Application) { frame.put("z: \(count)", x: 0, y: area.y) }
            func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
                if key == .char("z") || key == .ctrl("x") { count += 1; return true }
                return false
            }
        }
        XCTAssertEqual(missingKeys(.standard, widgets: [("z", { ActsOnZ() })]), ["z: z", "z: Ctrl-X"])
    }

    private func missingKeys(_ table: CommandTable, widgets: [(String, () -> View)] = KeyCoverageTests.widgets) -> [String] {
        var missing: [String] = []
        for (name, make) in widgets {
            for key in Self.allKeys {
                let root = MenuView(title: "Gốc", items: [MenuView.Item("Gốc") { _ in }])
                let h = Harness(root, commands: table)
                let widget = make()
                h.app.push(widget)
                h.render()
                let before = snapshot(h)
                let typing = widget.wantsTyping
                let command = h.app.commands.lookup(key, in: widget.allContexts, typing: typing, hiding: widget.hiddenCommands)
                h.press(key)
                guard snapshot(h) != before else { continue }
                if command == nil && !(typing && key.isText) { missing.append("\(name): \(key.label)") }
            }
        }
        return missing
    }

    /// The table itself: one id style, no id twice, and the F-keys mean the same everywhere.
    func testTheTableHasOneIdStyleAndFixedFunctionKeys() {
        let t = CommandTable.standard
        XCTAssertEqual(t.commands.filter { !$0.id.isWellFormed }.map(\.id.raw), [])
        XCTAssertEqual(Set(t.commands.map(\.id)).count, t.commands.count)
        XCTAssertTrue(CommandID("campaign.year").isWellFormed)
        XCTAssertFalse(CommandID("award-move").isWellFormed)
        XCTAssertFalse(CommandID("clerk.New").isWellFormed)
        for (n, id) in [(1, CommandID.help), (2, .save), (3, .search), (4, .filter), (9, .actions), (10, .quit)] {
            XCTAssertEqual(t.commands.filter { $0.keys.contains(.function(n)) }.map(\.id), [id], "F\(n)")
        }
    }
}
