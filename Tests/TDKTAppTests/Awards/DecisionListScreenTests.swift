import Foundation
import TDKTCore
import TDKTFormats
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTTestKit

/// The decisions of a year on the memory backend: the list with counts and money, the year changed,
/// Enter opens the decision as it prints, `s` saves it (xlsx through the save form), `p` prints it with lp.
final class DecisionListScreenTests: XCTestCase {
    private var h: AwardScreenHarness!
    private var out: String!
    override func setUpWithError() throws {
        h = try AwardScreenHarness()
        out = TestDirectories.path("tdkt-decision-list-out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    }
    override func tearDown() {
        h = nil
        if let out { try? FileManager.default.removeItem(atPath: out) }
    }

    /// Two approved proposals made into decision 163/QĐ-UBND on 15/01/2026; the total it pays.
    private func decide() throws -> Int {
        let ids = try h.proposals([(nhung, "BK_TINH", 2025), (lan, "BK_TINH", 2025)], to: .approved)
        let ws = try h.reread()
        let made = try Decisions.make(DecisionRequest(number: "163/QĐ-UBND", date: CivilDate(2026, 1, 15), signerTitle: "Chủ tịch",
                                                      signerName: "Trịnh Việt Hùng", proposalIds: ids),
                                      in: ProposalBook(workspace: ws), actor: "root")
        return try Decisions.money(of: made.decision, catalogue: try XCTUnwrap(ws.catalogue?.value)).total
    }

    private func openList() throws -> DecisionListView {
        let v = try h.open(as: "root") { DecisionListView(ws: $0, lang: .vi) } as? DecisionListView
        return try XCTUnwrap(v)
    }

    func testTheYearsDecisionsWithCountAndMoneyAndTheYearChanges() throws {
        let total = try decide()
        let list = try openList()
        XCTAssertEqual(list.year, 2026, "opens on the newest year with decisions")
        let screen = h.text
        let row = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("163/QĐ-UBND") }, screen)
        XCTAssertTrue(row.contains("15/01/2026"), String(row))
        XCTAssertTrue(row.contains("Bằng khen"), String(row))
        XCTAssertTrue(row.contains(" 2 "), String(row))
        XCTAssertTrue(row.contains(Money.format(total)), "\(Money.format(total)) not in \(row)")
        XCTAssertTrue(screen.contains("Năm: ◀ 2026 ▶"), screen)
        XCTAssertTrue(screen.contains("1 quyết định, tổng tiền thưởng " + Money.format(total)), screen)
        XCTAssertTrue(h.bar.contains("In") && h.bar.contains("Ghi tệp"), h.bar)
        // The year before has none; the year after comes back to it.
        h.press(.left)
        XCTAssertEqual(list.year, 2025)
        XCTAssertFalse(h.text.contains("163/QĐ-UBND"), h.text)
        XCTAssertTrue(h.text.contains("0 quyết định"), h.text)
        h.press(.char("+"))
        XCTAssertEqual(list.year, 2026)
        XCTAssertTrue(h.text.contains("163/QĐ-UBND"), h.text)
        // Nothing selected in an empty year: printing says so and opens nothing.
        h.press(.char("-"), .char("p"))
        XCTAssertTrue(h.app.top === list)
        XCTAssertTrue(h.text.contains("Chưa chọn quyết định nào"), h.text)
    }

    func testEnterOpensTheDecisionAsItPrintsWithItsAnnex() throws {
        _ = try decide()
        _ = try openList()
        h.press(.enter)
        let preview = try XCTUnwrap(h.app.top as? ReportPreviewView, h.text)
        let pages = preview.lines(width: 78).joined(separator: "\n")
        for needle in ["Trang 1/2", "Số: 163/QĐ-UBND", "QUYẾT ĐỊNH", "Trịnh Việt Hùng", "Trang 2/2", "DANH SÁCH", "Phạm Thị Hồng Nhung"] {
            XCTAssertTrue(pages.contains(needle), "«\(needle)» not in:\n\(pages)")
        }
        // In the preview, F2 saves (as everywhere) and p prints.
        h.press(.function(2))
        XCTAssertTrue(h.app.top is FormView, h.text)
        h.press(.escape)
        h.press(.char("p"))
        XCTAssertTrue(h.app.top is ConfirmDialog, h.text)
        h.press(.escape)
        XCTAssertTrue(h.app.top === preview)
        h.press(.escape)
        XCTAssertTrue(h.app.top is DecisionListView)
    }

    func testSavedAsAWorkbookThroughTheSaveFormWhichRemembersFolderAndFormat() throws {
        let total = try decide()
        let list = try openList()
        list.saveMemoryPath = out + "/state/report-save.json"
        h.press(.char("s"))
        let form = try XCTUnwrap(h.app.top as? FormView, h.text)
        // Format: pdf → … → xlsx (the choice cycles), then the path in the out folder.
        let xlsxLabel = ReportSaveForm.label(.xlsx)
        var guardSteps = 0
        while form.field("format")?.value != xlsxLabel, guardSteps < 10 { h.press(.right); guardSteps += 1 }
        XCTAssertEqual(form.field("format")?.value, xlsxLabel, h.text)
        h.press(.tab, .ctrl("u"))
        let file = out + "/qd-163.xlsx"
        h.type(file)
        h.press(.function(2))
        XCTAssertFalse(h.app.top is FormView, h.text)
        let sheet = try XlsxReader(contentsOf: URL(fileURLWithPath: file)).sheet()
        let amounts = sheet.rows.dropFirst().compactMap { row -> Double? in
            // The amount is the row's last number (the annex's STT is one too).
            for case let .number(n)? in row.cells.reversed() { return n }
            return nil
        }
        XCTAssertEqual(amounts.count, 3, "two recipients and the total: \(sheet.rows)")
        XCTAssertEqual(Int(amounts.last ?? 0), total)
        let memory = ReportSaveMemory.load(from: list.saveMemoryPath)
        XCTAssertEqual(memory.folder, out)
        XCTAssertEqual(memory.format, "xlsx")
        // The next save starts there, in that format.
        h.press(.char("s"))
        let again = try XCTUnwrap(h.app.top as? FormView, h.text)
        XCTAssertEqual(again.field("format")?.value, xlsxLabel)
        XCTAssertTrue(again.field("path")?.value.hasPrefix(out + "/") == true, again.field("path")?.value ?? "")
    }

    func testPrintedWithLpAfterAYes() throws {
        _ = try decide()
        let list = try openList()
        let bin = out + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        // An lp that keeps what it was given and answers as CUPS does.
        try "#!/bin/sh\nfor a in \"$@\"; do f=\"$a\"; done\ncp \"$f\" '\(out!)/printed.pdf'\necho 'request id is pdf-1 (1 file(s))'\n"
            .write(toFile: bin + "/lp", atomically: true, encoding: .utf8)
        chmod(bin + "/lp", 0o755)
        list.printEnvironment = ["PATH": bin + ":/usr/bin:/bin"]
        h.press(.char("p"))
        XCTAssertTrue(h.app.top is ConfirmDialog, h.text)
        h.press(.char("c"))
        XCTAssertTrue(h.text.contains("pdf-1"), h.text)
        let printed = try Data(contentsOf: URL(fileURLWithPath: out + "/printed.pdf"))
        XCTAssertEqual(String(decoding: printed.prefix(5), as: UTF8.self), "%PDF-")
    }

    /// Under the terminal loop printing runs between keys: a progress line for laying out, then for lp;
    /// Esc before lp sends nothing, and a second try prints.
    func testPrintingRunsInStepsWithAProgressLineAndEscStopsIt() throws {
        _ = try decide()
        let list = try openList()
        let bin = out + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\nfor a in \"$@\"; do f=\"$a\"; done\ncp \"$f\" '\(out!)/printed.pdf'\necho 'request id is pdf-2 (1 file(s))'\n"
            .write(toFile: bin + "/lp", atomically: true, encoding: .utf8)
        chmod(bin + "/lp", 0o755)
        list.printEnvironment = ["PATH": bin + ":/usr/bin:/bin"]
        h.app.runsWorkBetweenKeys = true
        let printed = out + "/printed.pdf"
        var wide: String { h.app.render(size: Size(width: 120, height: 30)).text }

        h.press(.char("p"), .char("c"))
        XCTAssertTrue(h.app.hasPendingWork)
        XCTAssertTrue(wide.contains("Đang in Quyết định 163/QĐ-UBND: dàn trang (1/2) · Esc: dừng"), wide)
        h.app.runPendingStep()
        XCTAssertTrue(wide.contains("Đang in Quyết định 163/QĐ-UBND: gửi lp (2/2) · Esc: dừng"), wide)
        h.press(.escape)
        XCTAssertFalse(h.app.hasPendingWork)
        h.app.runPendingStep()
        XCTAssertFalse(FileManager.default.fileExists(atPath: printed), "Esc before lp: nothing printed")
        XCTAssertTrue(h.text.contains("Đã dừng in Quyết định 163/QĐ-UBND"), h.text)
        XCTAssertTrue(h.app.top === list, "Esc stopped the printing, not the screen")

        h.press(.char("p"), .char("c"))
        while h.app.hasPendingWork { h.app.runPendingStep() }
        XCTAssertTrue(h.text.contains("pdf-2"), h.text)
        XCTAssertEqual(String(decoding: try Data(contentsOf: URL(fileURLWithPath: printed)).prefix(5), as: UTF8.self), "%PDF-")
    }
}
