import XCTest
@testable import TerminalUI
import TDKTText

final class FormTests: XCTestCase {
    private func makeForm(saved: @escaping ([String: String]) -> Void = { _ in }) -> FormView {
        FormView(id: "f", title: "Biểu mẫu", fields: [
            FormView.Field(id: "name", label: "Họ và tên", kind: .text(maxLength: 60), required: true) { v in
                v.split(separator: " ").count >= 2 ? nil : "Cần ít nhất hai từ"
            },
            FormView.Field(id: "age", label: "Tuổi", kind: .number(min: 18, max: 70)),
            FormView.Field(id: "day", label: "Ngày", kind: .date),
            FormView.Field(id: "rank", label: "Xếp loại", kind: .choice(["Tốt", "Khá", "Đạt"])),
            FormView.Field(id: "ok", label: "Đồng ý", kind: .yesNo),
            FormView.Field(id: "note", label: "Ghi chú", kind: .longText(maxLength: 500, lines: 3)),
        ]) { values, _ in saved(values); return nil }
    }

    func testValidationMessageShownAtTheField() {
        let form = makeForm()
        let h = Harness(form)
        h.type("Khoa")
        h.press(.tab)
        let nameRow = h.row(containing: "Họ và tên")!
        XCTAssertEqual(h.rows[nameRow + 1].trimmingCharacters(in: .whitespaces), "! Cần ít nhất hai từ")
        let msgX = h.screen.frame.column(of: "! Cần", inRow: nameRow + 1)!
        let fieldX = h.screen.frame.column(of: "Khoa", inRow: nameRow)!
        XCTAssertEqual(msgX, fieldX)  // under the field itself
        XCTAssertEqual(h.screen.frame[nameRow + 1, msgX].style, .error)
        // Fixing the value clears the message as you type.
        h.press(.backTab)
        h.type(" Lê")
        XCTAssertEqual(form.field("name")?.value, "Khoa Lê")
        XCTAssertEqual(h.rows[nameRow + 1].trimmingCharacters(in: .whitespaces), "")
    }

    func testBuiltInNumberAndDateChecks() {
        let form = makeForm()
        let h = Harness(form)
        h.type("Trần Bình")
        h.press(.tab)
        h.type("1a5")  // letters refused in a number field
        XCTAssertEqual(form.field("age")?.value, "15")
        h.press(.tab)
        XCTAssertNotNil(h.row(containing: "! Phải là số nguyên từ 18 đến 70"))
        h.type("31022024")  // slashes inserted while typing
        XCTAssertEqual(form.field("day")?.value, "31/02/2024")
        h.press(.tab)
        XCTAssertNotNil(h.row(containing: "! Ngày không hợp lệ (dd/mm/yyyy)"))
        XCTAssertNotNil(FormView.parseDate("29/02/2024"))
        XCTAssertNil(FormView.parseDate("29/02/2023"))
    }

    func testSaveValidatesEverythingAndFocusesFirstProblem() {
        var saved: [String: String]?
        let form = makeForm { saved = $0 }
        let h = Harness(form)
        h.press(.function(2))
        XCTAssertNil(saved)
        XCTAssertEqual(form.focus, 0)
        XCTAssertNotNil(h.row(containing: "! Không được để trống"))
        XCTAssertTrue(h.rows[22].contains("! Có 1 ô chưa hợp lệ"))
        h.type("Nguyễn Văn Khoa")
        h.press(.function(2))
        XCTAssertEqual(saved?["name"], "Nguyễn Văn Khoa")
        XCTAssertEqual(saved?["ok"], "no")
        XCTAssertEqual(saved?["rank"], "Tốt")
        XCTAssertFalse(form.hasUnsavedChanges)
        XCTAssertTrue(h.rows[22].contains("Đã lưu"))
    }

    func testVietnameseAndWideTextInAField() {
        let form = makeForm()
        let h = Harness(form)
        h.type("漢字 Nguyễn")
        let y = h.row(containing: "Họ và tên")!
        let x = h.screen.frame.column(of: "漢字", inRow: y)!
        XCTAssertEqual(h.screen.frame.column(of: "Nguyễn", inRow: y), x + 5)
        XCTAssertEqual(h.screen.frame.cursor, Point(x: x + 11, y: y))
        h.press(.left, .left, .left, .left, .left, .left, .left)  // before the space
        XCTAssertEqual(h.screen.frame.cursor, Point(x: x + 4, y: y))
        h.press(.backspace)  // removes 字 whole
        XCTAssertEqual(form.field("name")?.value, "漢 Nguyễn")
    }

    func testTelexInAField() {
        let form = makeForm()
        let h = Harness(form)
        h.press(.ctrl("t"))
        XCTAssertTrue(h.app.telexEnabled)
        XCTAssertTrue(h.rows[22].contains("TELEX"))
        h.type("Nguyeenx Vawn Khoa")
        XCTAssertEqual(form.field("name")?.value, "Nguyễn Văn Khoa")
        XCTAssertNotNil(h.row(containing: "Nguyễn Văn Khoa"))
        h.press(.ctrl("t"))
        h.type(" dd")
        XCTAssertEqual(form.field("name")?.value, "Nguyễn Văn Khoa dd")
        XCTAssertFalse(h.rows[22].contains("TELEX"))
    }

    func testIMEBackspaceAndRetypeBurstAppliedInOrder() {
        let form = makeForm()
        let h = Harness(form)
        // What Unikey sends for "tieng" + s: three backspaces then "ếng".
        h.app.handle([.char("t"), .char("i"), .char("e"), .char("n"), .char("g"),
                      .backspace, .backspace, .backspace, .char("ế"), .char("n"), .char("g")])
        XCTAssertEqual(form.field("name")?.value, "tiếng")
    }

    func testPasteNeverSubmits() {
        var saved = false
        let form = makeForm { _ in saved = true }
        let h = Harness(form)
        h.press(.paste("Nguyễn Văn\r\nKhoa\n"))
        XCTAssertFalse(saved)
        XCTAssertEqual(form.focus, 0)
        XCTAssertEqual(form.field("name")?.value, "Nguyễn Văn Khoa ")
    }

    func testChoiceYesNoAndTabOrder() {
        let form = makeForm()
        let h = Harness(form)
        h.press(.tab, .tab, .tab)
        XCTAssertEqual(form.focusedField?.id, "rank")
        h.press(.char(" "))
        XCTAssertEqual(form.field("rank")?.value, "Khá")
        h.press(.char("d"))  // jumps to "Đạt": đ counts as d
        XCTAssertEqual(form.field("rank")?.value, "Đạt")
        h.press(.enter)  // Enter moves on
        XCTAssertEqual(form.focusedField?.id, "ok")
        h.press(.char("c"))
        XCTAssertEqual(form.field("ok")?.value, "yes")
        XCTAssertNotNil(h.row(containing: "[x] Có"))
        h.press(.backTab)
        XCTAssertEqual(form.focusedField?.id, "rank")
    }

    func testEscAsksBeforeDroppingChanges() {
        let root = MenuView(title: "M", items: [])
        let h = Harness(root)
        let form = makeForm()
        h.app.push(form)
        h.type("abc")
        h.press(.escape)
        XCTAssertTrue(h.app.top is ConfirmDialog)
        XCTAssertNotNil(h.row(containing: "Bỏ các thay đổi chưa lưu?"))
        h.press(.char("k"))  // no
        XCTAssertTrue(h.app.top === form)
        h.press(.escape)
        h.press(.enter)  // dropping changes is destructive: "Không" is the default button
        XCTAssertTrue(h.app.top === form)
        h.press(.escape)
        h.press(.char("c"))
        XCTAssertTrue(h.app.top === root)
        // Without changes Esc leaves at once.
        let clean = makeForm()
        h.app.push(clean)
        h.press(.escape)
        XCTAssertTrue(h.app.top === root)
    }

    func testDraftValues() {
        let form = makeForm()
        let h = Harness(form)
        h.type("Lê Văn Tám")
        XCTAssertEqual(form.draftValues()["name"], "Lê Văn Tám")
        let other = makeForm()
        other.restoreDraft(form.draftValues())
        XCTAssertEqual(other.field("name")?.value, "Lê Văn Tám")
        XCTAssertTrue(h.app.focusedDraftSource === form)
    }

    func testLongTextWrapsOverItsRows() {
        let form = FormView(id: "n", title: "N", fields: [
            FormView.Field(id: "note", label: "Ghi chú", kind: .longText(maxLength: 500, lines: 3)),
            FormView.Field(id: "after", label: "Sau", kind: .text(maxLength: 10)),
        ])
        form.fieldWidth = 20
        let h = Harness(form)
        h.type("Thành tích xuất sắc trong phong trào thi đua")
        let y = h.row(containing: "Ghi chú")!
        let x = h.screen.frame.column(of: "Thành", inRow: y)!
        // Word-wrapped within 19 columns (one kept for the cursor), over the three rows of the field.
        // The limit is stated at the field: letters used of the most allowed.
        XCTAssertEqual(h.rows[y].dropFirst(x).trimmingCharacters(in: .whitespaces), "Thành tích xuất sắc  44/500")
        XCTAssertEqual(h.screen.frame.column(of: "trong phong trào", inRow: y + 1), x)
        XCTAssertEqual(h.screen.frame.column(of: "thi đua", inRow: y + 2), x)
        XCTAssertEqual(h.screen.frame.cursor, Point(x: x + 7, y: y + 2))
        XCTAssertEqual(h.row(containing: "Sau"), y + 4)  // the next field starts below it and its message row
        XCTAssertEqual(FormView.wrapRows(Array("abc defgh"), width: 5), [0..<4, 4..<9])
        XCTAssertEqual(FormView.wrapRows(Array("abcdefgh"), width: 5), [0..<5, 5..<8])
        XCTAssertEqual(FormView.wrapRows(Array("漢字漢字"), width: 5), [0..<2, 2..<4])
        h.press(.paste("dòng 1\ndòng 2"))
        XCTAssertFalse(form.field("note")!.value.contains("\n"))
    }

    /// F2 shows every field's problem at once, scrolls to the first, and says that fields (and problems)
    /// lie below the visible part.
    func testAllFieldErrorsAtOnceWithAMarkerForFieldsBelow() {
        let fields = (1...14).map { i in
            FormView.Field(id: "f\(i)", label: "Ô số \(i)", kind: .text(maxLength: 20), value: [2, 6, 13].contains(i) ? "" : "giá trị \(i)",
                           required: true)
        }
        let form = FormView(id: "many", title: "Nhiều ô", fields: fields)
        let h = Harness(form)
        XCTAssertNotNil(h.screen.frame.find("▼ còn ô phía dưới"), h.text)
        h.press(.function(2))
        XCTAssertEqual(form.fields.filter { $0.message != nil }.map(\.id), ["f2", "f6", "f13"])
        XCTAssertEqual(form.focusedField?.id, "f2")
        XCTAssertTrue(h.rows[22].contains("Có 3 ô chưa hợp lệ"), h.rows[22])
        let f2 = h.row(containing: "Ô số 2")!
        XCTAssertTrue(h.rows[f2 + 1].contains("! Không được để trống"), h.text)
        let f6 = h.row(containing: "Ô số 6")!
        XCTAssertTrue(h.rows[f6 + 1].contains("! Không được để trống"), h.text)
        // Ô 13 is below the visible part: the marker says a problem lies there.
        XCTAssertNil(h.row(containing: "Ô số 13"))
        XCTAssertNotNil(h.screen.frame.find("▼ còn ô phía dưới · Có 1 ô chưa hợp lệ"), h.text)
    }

    /// A value longer than its box shows from its start with an ellipsis when not being edited; typing
    /// past the limit is refused with a message at the field.
    func testLongValuesFromTheirStartAndTheLimitAtTheField() {
        let long = "Phong trào thi đua đẩy mạnh chuyển đổi số trong cơ quan nhà nước tỉnh Thái Nguyên"
        let form = FormView(id: "f", title: "F", fields: [
            FormView.Field(id: "a", label: "Mã", kind: .text(maxLength: 5)),
            FormView.Field(id: "name", label: "Tên", kind: .text(maxLength: 300), value: long),
        ])
        form.fieldWidth = 30
        let h = Harness(form)
        let y = h.row(containing: "Tên")!
        XCTAssertTrue(h.rows[y].contains("Phong trào thi đua đẩy mạnh c…"), h.rows[y])
        XCTAssertTrue(h.rows[h.row(containing: "Mã")!].contains("0/5"), h.text)
        h.type("ABCDEFG")
        XCTAssertEqual(form.field("a")?.value, "ABCDE")
        XCTAssertNotNil(h.screen.frame.find("! Tối đa 5 ký tự"), h.text)
        XCTAssertTrue(h.rows[h.row(containing: "Mã")!].contains("5/5"), h.text)
    }
}
