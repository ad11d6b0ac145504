import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

final class LookupAndCatalogueScreenTests: XCTestCase {
    var h: AwardScreenHarness!
    override func setUpWithError() throws { h = try AwardScreenHarness() }
    override func tearDown() { h = nil }

    func testHistoryLookupWithoutDiacritics() throws {
        let v = try h.open(as: "xem") { HistoryLookupView(ws: $0, lang: .vi) } as! HistoryLookupView
        h.type("nguyen van khoa")
        h.press(.enter)
        XCTAssertEqual(v.list.rows.count, 3)
        let screen = h.text
        XCTAssertTrue(screen.contains("Nguyễn Văn Khoa"), screen)
        for n in ["45/QĐ-SNV", "51/QĐ-SNV", "39/QĐ-SNV"] { XCTAssertTrue(screen.contains(n), screen) }
        XCTAssertTrue(h.frame.row(22).contains("Tìm thấy 3 lần khen thưởng"), h.frame.row(22))
        // Nothing typed: the domain's message.
        h.press(.ctrl("u"), .enter)
        XCTAssertTrue(h.frame.row(22).contains("không được để trống"), h.frame.row(22))
    }

    func testAClerkDeletesAWrongRecordWithAReason() throws {
        let v = try h.open(as: "lan") { HistoryLookupView(ws: $0, lang: .vi) } as! HistoryLookupView
        h.type("nguyen van khoa")
        h.press(.enter)
        XCTAssertEqual(v.list.rows.count, 3)
        XCTAssertTrue(h.bar.contains("F8"), h.bar)
        h.press(.function(8))
        XCTAssertTrue(h.text.contains("Lý do (bắt buộc, ghi vào nhật ký)"), h.text)
        h.type("Nhap trung")
        h.press(.enter)
        XCTAssertEqual(v.list.rows.count, 2, h.text)
        let audit = try h.reread().auditEntries(user: "lan")
        XCTAssertTrue(audit.contains { $0.action == "award.remove: Nhap trung" }, "\(audit.map(\.action))")
        // A viewer is not offered it.
        _ = try h.open(as: "xem") { HistoryLookupView(ws: $0, lang: .vi) }
        XCTAssertFalse(h.bar.contains("F8"), h.bar)
    }

    /// The F9 menu's "Sửa khen thưởng".
    private func correct(file: StaticString = #filePath, line: UInt = #line) {
        guard let i = h.actions.firstIndex(of: "Sửa khen thưởng") else { return XCTFail("not in the F9 menu: \(h.actions)", file: file, line: line) }
        h.press(.function(9))
        XCTAssertTrue(h.text.contains("Sửa khen thưởng") || h.text.contains("Correct award record"), h.text, file: file, line: line)
        h.press(.char(Character(String(i + 1))))
    }

    func testAClerkCorrectsARecordWithAReasonThroughTheDomain() throws {
        let v = try h.open(as: "lan") { HistoryLookupView(ws: $0, lang: .vi) } as! HistoryLookupView
        h.type("nguyen van khoa")
        h.press(.enter)
        let id = try XCTUnwrap(v.list.selectedRow?.id)
        let year = try XCTUnwrap(Int(v.list.selectedRow?.cells[1] ?? ""))
        XCTAssertTrue(h.actions.contains("Sửa khen thưởng"), "\(h.actions)")
        correct()
        XCTAssertTrue(h.text.contains("Sửa khen thưởng \(id)"), h.text)
        XCTAssertTrue(h.text.contains("Lý do sửa (bắt buộc)"), h.text)
        XCTAssertTrue(h.text.contains("lý do ghi vào nhật ký"), h.text)
        // Year, award, kind, number, date, amount: the amount is the sixth field.
        h.press(.down, .down, .down, .down, .down, .ctrl("u"))
        h.type("1234000")
        // Without a reason nothing is saved.
        h.press(.function(2))
        XCTAssertTrue(h.frame.row(22).contains(UIText.fieldErrors(1).text(.vi)), h.frame.row(22))
        XCTAssertEqual(try h.reread().awards(year: year).first { $0.value.id == id }?.value.amount == 1_234_000, false)
        h.press(.down)
        h.type("Sai so tien")
        h.press(.function(2))
        XCTAssertTrue(h.frame.row(22).contains("Đã sửa khen thưởng \(id)"), h.text)
        XCTAssertTrue(h.text.contains("1.234.000"), h.text)
        let ws = try h.reread()
        XCTAssertEqual(ws.awards(year: year).first { $0.value.id == id }?.value.amount, 1_234_000)
        let audit = try ws.auditEntries(user: "lan")
        XCTAssertTrue(audit.contains { $0.action == "award.correct: Sai so tien" }, "\(audit.map(\.action))")
    }

    func testTheCorrectionFormInEnglishAndEscLeavesItUnchanged() throws {
        let v = try h.open(as: "lan") { HistoryLookupView(ws: $0, lang: .en) } as! HistoryLookupView
        h.app.language = .en
        h.type("nguyen van khoa")
        h.press(.enter)
        let id = try XCTUnwrap(v.list.selectedRow?.id)
        correct()
        XCTAssertTrue(h.text.contains("Correct award record \(id)"), h.text)
        XCTAssertTrue(h.text.contains("Why (required)"), h.text)
        h.press(.escape)
        XCTAssertTrue(h.text.contains("Nguyễn Văn Khoa"), h.text)
        XCTAssertFalse(h.text.contains("Correct award record"), h.text)
        XCTAssertTrue(try h.reread().auditEntries(user: "lan").allSatisfy { !$0.action.hasPrefix("award.correct") })
    }

    func testACorrectionTheDomainRefusesIsShownAndNotSaved() throws {
        let v = try h.open(as: "lan") { HistoryLookupView(ws: $0, lang: .vi) } as! HistoryLookupView
        h.type("nguyen van khoa")
        h.press(.enter)
        let id = try XCTUnwrap(v.list.selectedRow?.id)
        let year = try XCTUnwrap(Int(v.list.selectedRow?.cells[1] ?? ""))
        let before = try h.reread().awards(year: year).first { $0.value.id == id }?.value
        correct()
        h.press(.down, .down, .down, .ctrl("u"))
        h.type("abc")
        h.press(.down, .down, .down)
        h.type("Sua so")
        h.press(.function(2))
        XCTAssertTrue(h.text.contains("không đúng dạng số/QĐ-cơ quan"), h.text)
        XCTAssertEqual(try h.reread().awards(year: year).first { $0.value.id == id }?.value, before)
    }

    func testAViewerIsRefusedCorrectionWithTheDomainsMessage() throws {
        let v = try h.open(as: "xem") { HistoryLookupView(ws: $0, lang: .vi) } as! HistoryLookupView
        h.type("nguyen van khoa")
        h.press(.enter)
        XCTAssertNotNil(v.list.selectedRow)
        correct()
        XCTAssertFalse(h.text.contains("Sửa khen thưởng"), h.text)
        var denied: String?
        do { try h.reread(as: "xem").authorize(.correctAwards) } catch { denied = ErrorText.message(error, .vi) }
        let message = try XCTUnwrap(denied)
        XCTAssertTrue(h.text.contains(String(message.prefix(30))), "\(message)\n\(h.text)")
    }

    func testHonourRollByYearAndAward() throws {
        let v = try h.open(as: "xem") { HonourRollView(ws: $0, lang: .vi) } as! HonourRollView
        XCTAssertEqual(v.year, 2025)
        XCTAssertTrue(h.text.contains("Trần Thị Lan"), h.text)
        h.press(.left)
        XCTAssertEqual(v.year, 2024)
        XCTAssertTrue(h.text.contains("Nguyễn Văn Khoa"), h.text)
        XCTAssertTrue(h.text.contains("39/QĐ-SNV"), h.text)
        h.press(.left, .left, .left)  // 2023, 2022, 2018
        XCTAssertEqual(v.year, 2018)
        let all = v.list.rows.count
        h.press(.char("h"))  // LDTT: none in 2018
        XCTAssertEqual(v.award, "LDTT")
        XCTAssertEqual(v.list.rows.count, 0)
        while v.award != "BK_TINH" { h.press(.char("h")) }
        XCTAssertTrue(v.list.rows.count > 0 && v.list.rows.count <= all)
        XCTAssertEqual(v.list.rows.count, AwardQueries.honourRoll(year: 2018, award: "BK_TINH", in: try h.reread()).count)
        XCTAssertTrue(h.text.contains("Khen thưởng: Bằng khen của Chủ tịch UBND tỉnh"), h.text)
    }

    func testCatalogueEditRefusedForAClerk() throws {
        let v = try h.open(as: "lan") { CatalogueView(ws: $0, lang: .vi, mode: .awards) } as! CatalogueView
        XCTAssertFalse(h.bar.contains("Thêm mức"), h.bar)
        h.press(.function(7))
        XCTAssertTrue(h.app.top === v, "F7 is not offered to a clerk")
        // The screen shows it read-only, and the domain refuses a save anyway.
        let ws = try h.reread(as: "lan")
        let stored = try XCTUnwrap(ws.catalogue)
        XCTAssertThrowsError(try ws.saveCatalogue(stored.value, basedOn: stored.revision)) { e in
            XCTAssertTrue((e as? PermissionError)?.message(.vi).contains("chỉ quản trị viên") ?? false)
        }
        XCTAssertTrue(h.text.contains("CSTD_TINH"), h.text)
        h.press(.enter)  // LDTT's history, read-only
        XCTAssertTrue(h.app.top is TextPanel)
        XCTAssertTrue(h.text.contains("Nghị định 91/2017/NĐ-CP"), h.text)
    }

    func testAdministratorAddsADatedCoefficientKeepingHistory() throws {
        let v = try h.open(as: "root") { CatalogueView(ws: $0, lang: .vi, mode: .awards) } as! CatalogueView
        XCTAssertTrue(h.bar.contains("Thêm mức"), h.bar)
        while v.list.selectedRow?.id != "CSTD_TINH" { h.press(.down) }
        h.press(.function(7))
        let form = try XCTUnwrap(h.app.top as? PanelFormView)
        // The rows dated per decree: 91/2017, 98/2023, then 152/2025 open-ended.
        XCTAssertTrue(h.text.contains("01/07/2025 – …"), h.text)
        // Before the latest value: refused by the domain, nothing written.
        h.type("01012016")
        h.press(.tab)
        h.type("3,5")
        h.press(.tab, .tab)
        h.type("Nghị định 152/2025/NĐ-CP")
        h.press(.function(2))
        let err = try XCTUnwrap(h.app.top as? MessageDialog, h.text)
        XCTAssertTrue(err.text.contains("không sửa đè lịch sử"), err.text)
        h.press(.enter)
        form.form.focus(on: "from")
        h.press(.ctrl("u"))
        h.type("01012026")
        h.press(.function(2))
        XCTAssertTrue(h.app.top === v, h.text)
        let award = try XCTUnwrap(try h.reread().catalogue?.value.award("CSTD_TINH"))
        XCTAssertEqual(award.coefficients.count, 4)
        XCTAssertEqual(award.coefficients[1].validTo, CivilDate(2025, 6, 30))
        XCTAssertEqual(award.coefficients[2].validTo, CivilDate(2025, 12, 31))
        XCTAssertEqual(award.coefficients[3].individual, Decimal(string: "3.5"))
        XCTAssertEqual(award.coefficients[3].legalBasis, "Nghị định 152/2025/NĐ-CP")
    }

    func testBaseSalaryAddedAndStaleRevisionRefused() throws {
        let v = try h.open(as: "root") { CatalogueView(ws: $0, lang: .vi, mode: .salaries) } as! CatalogueView
        XCTAssertTrue(h.text.contains("2.340.000 đ"), h.text)
        h.press(.function(7))
        // Meanwhile another administrator changes the catalogue.
        let other = try h.reread()
        let s = try XCTUnwrap(other.catalogue)
        try other.saveCatalogue(try s.value.addingBaseSalary(BaseSalary(validFrom: CivilDate(2030, 1, 1), amount: 3_000_000, legalBasis: "x")),
                                basedOn: s.revision)
        h.type("01072027")
        h.press(.tab)
        h.type("2700000")
        h.press(.tab)
        h.type("Nghị định mới")
        h.press(.function(2))
        let err = try XCTUnwrap(h.app.top as? MessageDialog, h.text)
        XCTAssertTrue(err.text.contains("root"), err.text)
        h.press(.enter, .escape)
        if h.app.top is ConfirmDialog { h.press(.char("c")) }
        XCTAssertTrue(h.app.top === v)
        v.reload()
        XCTAssertTrue(h.text.contains("3.000.000 đ"), h.text)
        h.press(.function(7))
        h.type("01072031")
        h.press(.tab)
        h.type("3100000")
        h.press(.tab)
        h.type("Nghị định mới")
        h.press(.function(2))
        XCTAssertTrue(h.app.top === v, h.text)
        XCTAssertTrue(h.text.contains("3.100.000 đ"), h.text)
        XCTAssertEqual(try h.reread().catalogue?.value.baseSalaries.count, 6)
    }
}
