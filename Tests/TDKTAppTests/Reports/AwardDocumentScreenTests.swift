import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText

/// The tờ trình and the council's list from the report screen: chosen by year, previewed as printed pages.
final class AwardDocumentScreenTests: XCTestCase {
    private func openReport(_ app: Application, titled title: String, year: Int) throws {
        app.handle([.char("6")])  // Báo cáo: its one screen opens at once
        let list = try XCTUnwrap(app.top as? ListView)
        let index = try XCTUnwrap(list.rows.firstIndex { $0.cells.first == title }, list.rows.map { $0.cells[0] }.joined(separator: "\n"))
        for _ in 0..<index { app.handle(.down) }
        app.handle(.enter)
        let form = try XCTUnwrap(app.top as? FormView)
        XCTAssertEqual(form.fields.map(\.id), ["from"], "one year")
        app.handle(.ctrl("u"))
        for c in String(year) { app.handle(.char(c)) }
        app.handle(.enter)
    }

    func testSubmissionOfTheApprovedProposalsAndNoCouncilListWithoutProposalsBeforeIt() throws {
        let h = try AwardScreenHarness()
        _ = try h.proposals([(nhung, "BK_TINH", 2025), (NomineeRef(.unit, "tn-snv"), "BK_TINH", 2025)], to: .approved)
        let app = makeShellApplication(ShellOptions(dataDirectory: h.root, userLogin: "root", role: "?", language: "vi"))
        try openReport(app, titled: "Tờ trình đề nghị khen thưởng (đề nghị đã duyệt)", year: 2025)
        let preview = try XCTUnwrap(app.top as? ReportPreviewView, app.render(size: .standard).text)
        let all = preview.lines(width: 78).joined(separator: "\n")
        for needle in ["Trang 1/", "TỜ TRÌNH", "/TTr-SNV", "Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025",
                       "Phạm Thị Hồng Nhung", "Sở Nội vụ", "Nơi nhận:"] {
            XCTAssertTrue(all.contains(needle), "«\(needle)» not in the preview:\n\(all)")
        }
        app.handle(.escape); app.handle(.escape); app.handle(.escape)

        let again = makeShellApplication(ShellOptions(dataDirectory: h.root, userLogin: "root", role: "?", language: "vi"))
        try openReport(again, titled: "Danh sách trình Hội đồng Thi đua - Khen thưởng", year: 2025)
        let screen = again.render(size: .standard)
        XCTAssertTrue(again.top is FormView || again.top is MessageDialog, screen.text)
        XCTAssertNotNil(screen.find("không có đề nghị nào phù hợp"), screen.text)
    }
}

/// The award history lookup's F9 menu: the selected person's history as printed pages, then saved as PDF (F2).
final class HistoryDocumentScreenTests: XCTestCase {
    func testTheActionsMenuShowsThePrintedHistoryAndF2SavesIt() throws {
        let h = try AwardScreenHarness()
        let out = NSTemporaryDirectory() + "tdkt-history-doc-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // The save form remembers its folder under $XDG_STATE_HOME: keep that in the test's folder.
        let state = ProcessInfo.processInfo.environment["XDG_STATE_HOME"]
        setenv("XDG_STATE_HOME", out + "/state", 1)
        defer {
            if let state { setenv("XDG_STATE_HOME", state, 1) } else { unsetenv("XDG_STATE_HOME") }
            try? FileManager.default.removeItem(atPath: out)
        }
        try h.open(as: "root") { HistoryLookupView(ws: $0, lang: .vi) }
        h.type("nguyen van khoa")
        h.press(.enter)
        h.press(.function(9))
        XCTAssertTrue(h.text.contains("Trang in quá trình khen thưởng"), h.text)
        h.press(.char("1"))
        let preview = try XCTUnwrap(h.app.top as? ReportPreviewView, h.text)
        let all = preview.lines(width: 78).joined(separator: "\n")
        for needle in ["Trang 1/1", "QUÁ TRÌNH KHEN THƯỞNG", "Nguyễn Văn Khoa", "Chiến sĩ thi đua cơ sở", "45/QĐ-SNV"] {
            XCTAssertTrue(all.contains(needle), "«\(needle)» not in:\n\(all)")
        }
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? FormView, h.text)
        h.press(.tab, .ctrl("u"))
        h.type(out + "/qua-trinh.pdf")
        h.press(.enter)
        XCTAssertFalse(h.app.top === form, h.text)
        let pdf = try XCTUnwrap(FileManager.default.contents(atPath: out + "/qua-trinh.pdf"))
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
    }
}
