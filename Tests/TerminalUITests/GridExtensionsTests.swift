import XCTest
@testable import TerminalUI
import TDKTText

/// The grid's hooks for callers: a validator with its own message, read-only mode, text cells and
/// totals, the empty-cell text, column subtitles and details; and the TextPanel page.
final class GridExtensionsTests: XCTestCase {
    private func grid() -> GridView {
        let cols = [GridColumn("A1", group: "Nhóm A", max: 20, step: 0.5, subtitle: "tối đa 20", detail: "Tiêu chí dài thứ nhất"),
                    GridColumn("A2", group: "Nhóm A", max: 10, step: 1, subtitle: "tối đa 10", detail: "Tiêu chí thứ hai")]
        let g = GridView(title: "Lưới", rowHeaderTitle: "Đơn vị", rowHeaders: ["Một", "Hai"], columns: cols)
        g.cellWidth = 10
        return g
    }

    func testValidatorMessageIsShownWholeAndReplacesTheBuiltInChecks() {
        let g = grid()
        var seen: [(Int, Int, String)] = []
        let long = "Tiêu chí 'Một tiêu chí có cái tên rất dài để thông báo phải xuống dòng mới đọc được hết': 25 vượt quá điểm tối đa 20"
        g.validator = { r, c, t in
            seen.append((r, c, t))
            return t == "25" ? long : nil
        }
        let h = Harness(g)
        h.type("25")
        h.press(.tab)
        XCTAssertNil(g.values[0][0])
        XCTAssertEqual(g.cursorColumn, 0)
        XCTAssertEqual(g.message, long)
        XCTAssertTrue(h.app.statusIsError)
        // Wrapped over the two lines under the grid, so its end is on screen.
        XCTAssertNotNil(h.row(containing: "! Tiêu chí 'Một tiêu chí"))
        XCTAssertNotNil(h.row(containing: "25 vượt quá điểm tối đa 20"), h.text)
        XCTAssertEqual(seen.first?.2, "25")
        // What the validator accepts is taken even where the built-in step check would refuse it.
        h.type("7,3")
        h.press(.tab)
        XCTAssertEqual(g.values[0][0], 7.3)
        XCTAssertTrue(seen.contains { $0 == (0, 0, "7,3") })
        // Still a number.
        h.type("1.2.3")
        h.press(.tab)
        XCTAssertNil(g.values[0][1])
        XCTAssertEqual(g.message, "Không phải là số")
    }

    func testReadOnlyRefusesEditsButMoves() {
        let g = grid()
        g.isReadOnly = true
        g.readOnlyMessage = "Đợt chấm đã khóa"
        let h = Harness(g)
        h.type("5")
        XCTAssertNil(g.editBuffer)
        XCTAssertEqual(g.message, "Đợt chấm đã khóa")
        XCTAssertNotNil(h.row(containing: "! Đợt chấm đã khóa"))
        h.press(.delete)
        h.press(.function(2))
        h.press(.backspace)
        XCTAssertFalse(g.hasUnsavedChanges)
        h.press(.right)
        XCTAssertEqual(g.cursorColumn, 1)
        // Without a message of its own, the toolkit's.
        g.readOnlyMessage = nil
        h.type("1")
        XCTAssertEqual(g.message, "Chỉ xem, không sửa được")
    }

    func testEmptyTextSubtitlesDetailLegendAndTextCells() {
        let g = grid()
        g.emptyText = "chưa chấm"
        g.legend = "Chú giải"
        let h = Harness(g)
        let y = h.row(containing: "Một")!
        XCTAssertTrue(h.rows[y].contains("chưa chấm"), h.rows[y])
        XCTAssertNotNil(h.row(containing: "tối đa 20"))
        XCTAssertEqual(h.row(containing: "tối đa 20"), h.row(containing: "A1")! + 1)
        XCTAssertNotNil(h.row(containing: "A1 Tiêu chí dài thứ nhất"))
        XCTAssertNotNil(h.row(containing: "Chú giải"))
        // Text cells and totals from the caller.
        g.cellText = { r, c in r == 1 ? (c == 0 ? "✓" : "…") : nil }
        g.totalText = { r in r == 1 ? "1/2" : nil }
        g.totalsTitle = "Xong"
        h.render()
        let y2 = h.row(containing: "Hai")!
        XCTAssertTrue(h.rows[y2].contains("✓"), h.rows[y2])
        XCTAssertTrue(h.rows[y2].contains("1/2"), h.rows[y2])
        XCTAssertNotNil(h.row(containing: "Xong"))
        XCTAssertTrue(h.rows[y].contains("chưa chấm"))
    }

    func testOnKeyAndContextLetAScreenAddCommands() {
        let g = grid()
        var pressed = false
        g.commandContext = "my-grid"
        g.onKey = { key, _, _ in
            if key == .function(5) { pressed = true; return true }
            return false
        }
        let h = Harness(g)
        h.press(.function(5))
        XCTAssertTrue(pressed)
        XCTAssertEqual(g.context, "my-grid")
        h.type("3")
        h.press(.tab)
        XCTAssertEqual(g.values[0][0], 3)
    }

    func testTextPanelScrollsWrapsAndTakesKeys() {
        let lines = [TextPanel.Line("Cột   1      2")] + (1...40).map { TextPanel.Line("Dòng \($0)") } + [TextPanel.Line(String(repeating: "chữ ", count: 40), style: .warning)]
        let p = TextPanel(title: "Trang", lines: lines)
        var keys: [Key] = []
        p.onKey = { k, _, _ in
            if k == .function(6) { keys.append(k); return true }
            return false
        }
        let h = Harness(p)
        XCTAssertNotNil(h.row(containing: "Cột   1      2"), h.text)  // a line that fits keeps its spacing
        XCTAssertNotNil(h.row(containing: "Dòng 1 "))
        XCTAssertNil(h.row(containing: "Dòng 40"))
        XCTAssertNotNil(h.row(containing: "↑↓"))
        h.press(.end)
        XCTAssertNotNil(h.row(containing: "Dòng 40"))
        XCTAssertNil(h.row(containing: "Dòng 1 "))
        // The long line is wrapped, not cut.
        XCTAssertEqual(h.rows.filter { $0.contains("chữ chữ") }.count, 3, h.text)
        h.press(.home)
        XCTAssertNotNil(h.row(containing: "Dòng 1 "))
        h.press(.pageDown)
        XCTAssertNil(h.row(containing: "Dòng 1 "))
        h.press(.function(6))
        XCTAssertEqual(keys, [.function(6)])
        // Esc goes back (here: nothing below the root).
        h.press(.escape)
        XCTAssertTrue(h.app.top === p)
    }

    func testFormMessageWrapsSoItIsReadWhole() {
        let long = "Tiêu chí 'Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm': 21 vượt quá điểm tối đa 20"
        let f = FormView(id: "f", title: "Biểu mẫu", fields: [
            FormView.Field(id: "a", label: "Điểm", kind: .text(maxLength: 8)) { $0 == "21" ? long : nil },
            FormView.Field(id: "b", label: "Ghi chú", kind: .text(maxLength: 20)),
        ])
        let h = Harness(f)
        h.type("21")
        h.press(.tab)
        XCTAssertNotNil(h.row(containing: "! Tiêu chí 'Kết quả"))
        XCTAssertNotNil(h.row(containing: "tối đa 20"), h.text)
        // The next field is laid out below the whole message.
        XCTAssertGreaterThan(h.row(containing: "Ghi chú")!, h.row(containing: "tối đa 20")!)
    }
}
