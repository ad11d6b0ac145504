import XCTest
@testable import TerminalUI
import TDKTText

final class ApplicationTests: XCTestCase {
    func testTooSmallScreenShowsOneMessageAndRedrawsAfterResize() {
        let menu = MenuView(title: "Chính", items: [MenuView.Item("Phong trào thi đua") { _ in }])
        let h = Harness(menu, size: Size(width: 59, height: 20))
        XCTAssertNotNil(h.screen.frame.find("Cửa sổ quá nhỏ: cần ít nhất 60x20"))
        XCTAssertNotNil(h.screen.frame.find("59x20"))
        XCTAssertNil(h.screen.frame.find("Phong trào"))
        h.screen.size = Size(width: 80, height: 24)
        h.press(.resize)
        XCTAssertNil(h.screen.frame.find("quá nhỏ"))
        XCTAssertNotNil(h.screen.frame.find("Phong trào thi đua"))
        h.screen.size = Size(width: 60, height: 19)
        h.render()
        XCTAssertNotNil(h.screen.frame.find("quá nhỏ"))
        let en = Harness(menu, size: Size(width: 50, height: 23), language: .en)
        XCTAssertNotNil(en.screen.frame.find("Window too small: at least 60x20 needed"))
    }

    /// Nothing happens on a screen the clerk cannot see: every key rings the bell and is dropped.
    func testKeysAreIgnoredWithABellWhileTheScreenIsTooSmall() {
        var opened = 0
        let menu = MenuView(title: "Chính", items: [MenuView.Item("Phong trào thi đua") { _ in opened += 1 },
                                                    MenuView.Item("Đề nghị") { _ in opened += 10 }])
        let h = Harness(menu, size: Size(width: 70, height: 19))
        h.press(.down)
        h.press(.enter)
        h.press(.function(10))
        XCTAssertEqual(opened, 0)
        XCTAssertTrue(h.app.isRunning)
        XCTAssertEqual(h.screen.bellCount, 3)
        XCTAssertEqual(h.app.stack.count, 1)
        h.screen.size = Size(width: 60, height: 20)
        h.press(.resize)
        XCTAssertEqual(h.screen.bellCount, 3)
        h.press(.enter)
        XCTAssertEqual(opened, 1, "the first item is still selected: Down was ignored")
    }

    func testLayoutTitleStatusAndBar() {
        let menu = MenuView(title: "Chính", items: [MenuView.Item("A") { _ in }])
        let h = Harness(menu)
        XCTAssertTrue(h.rows[0].hasPrefix(" TEST — Chính"))
        XCTAssertEqual(h.screen.frame[0, 0].style, .title)
        XCTAssertTrue(h.rows[22].contains("data · user"))
        XCTAssertEqual(h.screen.frame[22, 0].style, .status)
        XCTAssertTrue(h.rows[23].hasPrefix("F1 Trợ giúp"))
        XCTAssertEqual(h.screen.frame[23, 0].style, .fkeyKey)
        h.app.setStatus("Xin chào")
        h.render()
        XCTAssertTrue(h.rows[22].contains("Xin chào"))
        // Ctrl-L asks the backend for one full repaint.
        h.press(.ctrl("l"))
        XCTAssertTrue(h.app.needsFullRedraw)
    }

    func testMessageErrorAndConfirmDialogs() {
        let menu = MenuView(title: "Chính", items: [])
        let h = Harness(menu)
        h.app.showMessage("Màn hình này chưa có trong phiên bản này.")
        h.render()
        XCTAssertNotNil(h.screen.frame.find("Màn hình này chưa có trong phiên bản này."))
        XCTAssertNotNil(h.screen.frame.find("[ Đồng ý ]"))
        h.press(.enter)
        XCTAssertNil(h.screen.frame.find("Màn hình này chưa có"))
        h.app.showError("Hỏng")
        h.render()
        XCTAssertNotNil(h.screen.frame.find("! Lỗi"))
        h.press(.escape)
        XCTAssertTrue(h.app.top === menu)
        var answer: Bool?
        h.app.confirm("Chắc chắn?") { yes, _ in answer = yes }
        h.render()
        XCTAssertNotNil(h.screen.frame.find("▶ Có ◀"))
        h.press(.right)
        XCTAssertNotNil(h.screen.frame.find("▶ Không ◀"))
        h.press(.enter)
        XCTAssertEqual(answer, false)
    }

    func testQuitAndInterrupt() {
        let h = Harness(MenuView(title: "M", items: []))
        h.press(.function(10))
        XCTAssertEqual(h.app.terminationReason, .quit)
        let h2 = Harness(MenuView(title: "M", items: []))
        var hookReason: TerminationReason?
        h2.app.onAbruptEnd = { _, r in hookReason = r }
        h2.press(.interrupt)
        XCTAssertEqual(h2.app.terminationReason, .interrupt)
        XCTAssertEqual(hookReason, .interrupt)
        XCTAssertEqual(TerminationReason.signal(1).exitStatus, 129)
    }

    func testQuitAsksWhenSomethingIsUnsaved() {
        let form = FormView(id: "f", title: "F", fields: [FormView.Field(id: "a", label: "A", kind: .text(maxLength: 10))])
        let h = Harness(form)
        h.type("x")
        h.press(.function(10))
        XCTAssertTrue(h.app.isRunning)
        XCTAssertNotNil(h.screen.frame.find("Còn thay đổi chưa lưu. Vẫn thoát?"))
        h.press(.char("c"))
        XCTAssertEqual(h.app.terminationReason, .quit)
    }

    func testEventLoopDrainsBatchesAndStopsWhenTheTerminalIsGone() {
        MainActor.assumeIsolated {
            let form = FormView(id: "f", title: "F", fields: [FormView.Field(id: "a", label: "A", kind: .text(maxLength: 40))])
            let app = Application(root: form)
            var drafts: [String: String]?
            app.onAbruptEnd = { app, _ in drafts = app.focusedDraftSource?.draftValues() }
            let screen = MemoryScreen()
            var batches: [CursesTerminal.Batch] = [
                .keys([.char("t"), .char("i"), .char("e"), .char("n"), .char("g"), .backspace, .backspace, .backspace, .char("ế"), .char("n"), .char("g")]),
                .gone,
            ]
            TerminalRunner.loop(app, screen: screen) { batches.removeFirst() }
            XCTAssertEqual(app.terminationReason, .terminalGone)
            XCTAssertEqual(drafts?["a"], "tiếng")
            XCTAssertEqual(screen.presentCount, 2)  // one frame per batch, not per key
            XCTAssertNotNil(screen.frame.find("tiếng"))
        }
    }
}

final class TitleAndColumnTests: XCTestCase {
    /// The part of a title that changes (filters, the year) is never cut.
    func testTitleKeepsTheChangingPart() {
        let t = Application.fitTitle(app: "TĐKT", view: "Danh sách phong trào thi đua của tỉnh · 2025 · Chuyên đề · Đang thực hiện", width: 60)
        XCTAssertTrue(t.hasSuffix(" · 2025 · Chuyên đề · Đang thực hiện"), t)
        XCTAssertLessThanOrEqual(DisplayWidth.of(t), 60)
        XCTAssertEqual(Application.fitTitle(app: "TĐKT", view: "Cá nhân", width: 60), "TĐKT — Cá nhân")
    }

    /// Fixed columns take what their content needs; the name column gets the rest.
    func testColumnsGiveTheNamesTheRoom() {
        let list = ListView(title: "Cá nhân", columns: [ListView.Column("Họ và tên"), ListView.Column("Chức vụ", width: 20),
                                                         ListView.Column("Năm sinh", width: 10)],
                            rows: [ListView.Row(id: "1", cells: ["Nguyễn Thị Phương Thảo Nguyên Hạnh Phúc", "Kế toán", "1985"])])
        let h = Harness(list)
        XCTAssertEqual(list.columnWidths(78), [61, 7, 8])
        XCTAssertEqual(list.columnWidths(58), [41, 7, 8])
        let row = h.rows[h.row(containing: "Nguyễn Thị")!]
        XCTAssertTrue(row.contains("Nguyễn Thị Phương Thảo Nguyên Hạnh Phúc"), row)
        // At 60 columns the name still gets half of the room.
        XCTAssertGreaterThanOrEqual(list.columnWidths(58)[0], 28)
    }
}
