import XCTest
@testable import TerminalUI
import TDKTText

final class FormSaveStatusTests: XCTestCase {
    /// A form whose F2 does something other than saving (opens a view, asks) sets its own status.
    func testSaveAnnouncementCanBeLeftToTheCaller() {
        for announces in [true, false] {
            let form = FormView(id: "f", title: "Kỳ", fields: [FormView.Field(id: "y", label: "Năm", kind: .number(min: 1900, max: 2200), value: "2025")])
            form.announcesSave = announces
            form.onSave = { _, app in app.setStatus("Đã mở báo cáo"); return nil }
            let h = Harness(form)
            h.press(.function(2))
            XCTAssertEqual(h.app.statusMessage, announces ? UIText.saved.text(.vi) : "Đã mở báo cáo")
            XCTAssertFalse(form.hasUnsavedChanges)
        }
    }
}
