import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

final class ProposalScreenTests: XCTestCase {
    var h: AwardScreenHarness!
    override func setUpWithError() throws { h = try AwardScreenHarness() }
    override func tearDown() { h = nil }

    @discardableResult
    private func openList(as login: String = "lan") throws -> ProposalListView {
        try h.open(as: login) { ProposalListView(ws: $0, lang: .vi) } as! ProposalListView
    }

    /// F7, then the nominee picked by typing without diacritics.
    private func newProposal(for search: String, pick name: String) throws -> PanelFormView {
        h.press(.function(7))
        let form = try XCTUnwrap(h.app.top as? PanelFormView)
        h.type(search)
        h.press(.enter)
        let picker = try XCTUnwrap(h.app.top as? ListView, "Enter on the nominee opens the picker")
        XCTAssertEqual(picker.selectedRow?.cells.first, name)
        h.press(.enter)
        XCTAssertTrue(h.app.top === form)
        XCTAssertEqual(form.form.field("nominee")?.value, name)
        return form
    }

    /// Chooses the award option with this code by typing its first letter until it shows.
    private func chooseAward(_ code: String, _ form: PanelFormView) {
        for _ in 0..<20 where !(form.form.field("award")?.value.hasPrefix(code + " ") ?? false) { h.type(String(code.prefix(1)).lowercased()) }
        XCTAssertTrue(form.form.field("award")?.value.hasPrefix(code + " ") ?? false, form.form.field("award")?.value ?? "")
    }

    private func setYear(_ y: String) {
        h.press(.tab)  // award → year
        h.press(.ctrl("u"))
        h.type(y)
        h.press(.tab)
    }

    func testNomineeSearchWithoutDiacriticsFindsKhoa() throws {
        try openList()
        h.press(.function(7))
        h.type("nguyen van khoa")
        h.press(.enter)
        let picker = try XCTUnwrap(h.app.top as? ListView)
        XCTAssertEqual(picker.visible.count, 1)
        XCTAssertNotNil(h.frame.find("Nguyễn Văn Khoa"))
        XCTAssertNotNil(h.frame.find("Sở Nội vụ"))
        h.press(.enter)
        let form = try XCTUnwrap(h.app.top as? PanelFormView)
        XCTAssertEqual(form.form.field("nominee")?.value, "Nguyễn Văn Khoa")
        // Awards narrowed to what a person may receive: no collective flag.
        h.press(.tab)
        for _ in 0..<12 { h.press(.char(" ")); XCTAssertFalse(form.form.field("award")!.value.hasPrefix("CO_TINH")) }
    }

    func testEligibilityExplainedAndProposalCreated() throws {
        try openList()
        let form = try newProposal(for: "nguyen van khoa", pick: "Nguyễn Văn Khoa")
        chooseAward("CSTD_TINH", form)
        setYear("2024")
        let screen = h.text
        XCTAssertTrue(screen.contains("Điều kiện khen thưởng (CSTD_TINH 2024): đạt"), screen)
        XCTAssertTrue(screen.contains("✓ Chiến sĩ thi đua cơ sở 2022, 2023, 2024: đạt"), screen)
        XCTAssertTrue(screen.contains("QĐ 45/QĐ-SNV"), screen)
        XCTAssertTrue(screen.contains("QĐ 51/QĐ-SNV"), screen)
        // The year changes: the check follows.
        h.press(.backTab)
        h.press(.ctrl("u"))
        h.type("2020")
        h.press(.tab)
        XCTAssertTrue(h.text.contains("Điều kiện khen thưởng (CSTD_TINH 2020): không đạt"), h.text)
        h.press(.backTab)
        h.press(.ctrl("u"))
        h.type("2024")
        h.press(.tab, .tab, .tab, .tab)  // kind, procedure, source → achievement
        XCTAssertEqual(form.form.focusedField?.id, "achievement")
        h.type("Hoàn thành xuất sắc; sáng kiến số hóa hồ sơ")
        for item in AwardType.DossierItem.allCases {
            h.press(.tab)
            XCTAssertEqual(form.form.focusedField?.id, "dossier." + item.rawValue)
            h.type("c")
        }
        h.press(.function(2))
        XCTAssertFalse(h.app.top is MessageDialog, h.text)
        XCTAssertTrue(h.frame.row(22).contains("Đã tạo đề nghị 2024-cstd_tinh-nguyen-van-khoa"), h.frame.row(22))
        let saved = try ProposalBook(workspace: h.reread()).proposal("2024-cstd_tinh-nguyen-van-khoa").value
        XCTAssertEqual(saved.state, .draft)
        XCTAssertEqual(saved.nominee, khoa)
        XCTAssertEqual(saved.achievement, "Hoàn thành xuất sắc; sáng kiến số hóa hồ sơ")
        XCTAssertEqual(saved.dossier.values.filter { $0 }.count, AwardType.DossierItem.allCases.count)
        XCTAssertEqual(saved.history.count, 0)
    }

    func testPendingInvestigationRefusedWithTheDomainMessage() throws {
        try openList()
        let form = try newProposal(for: "le duc anh", pick: "Lê Đức Anh")
        chooseAward("CSTD_TINH", form)
        setYear("2024")
        XCTAssertTrue(h.text.contains("✗ Không đang bị kỷ luật, điều tra: không đạt"), h.text)
        h.press(.tab, .tab, .tab)
        h.type("Thành tích")
        h.press(.function(2))
        let dialog = try XCTUnwrap(h.app.top as? MessageDialog, h.text)
        XCTAssertTrue(dialog.text.contains("đang bị xem xét, điều tra từ 01/09/2025"), dialog.text)
        XCTAssertTrue(h.text.contains("đang bị xem xét, điều tra"), h.text)
        XCTAssertTrue(ProposalBook(workspace: try h.reread()).proposals.isEmpty)
    }

    func testBatchSubmitOfTwoProposals() throws {
        let ids = try h.proposals([(khoa, "CSTD_TINH", 2024), (nhung, "BK_TINH", 2025)])
        let list = try openList()
        // The list opens on the newest year; F9 steps to 2024, then to every year.
        XCTAssertEqual(list.year, 2025)
        XCTAssertEqual(list.list.visible.count, 1)
        h.press(.char("y"), .char("y"))
        XCTAssertNil(list.year)
        XCTAssertEqual(list.list.visible.count, 2)
        h.press(.char("*"))
        XCTAssertTrue(h.text.contains("[x] 2024"), h.text)
        h.press(.char("c"))
        let menu = try XCTUnwrap(h.app.top as? MenuView)
        XCTAssertEqual(menu.items.map(\.label), ["Đã gửi"])
        h.press(.enter)
        XCTAssertTrue(h.app.top === list, h.text)
        XCTAssertTrue(h.frame.row(22).contains("Đã chuyển 2 đề nghị sang Đã gửi"), h.frame.row(22))
        let book = ProposalBook(workspace: try h.reread())
        for id in ids { XCTAssertEqual(try book.proposal(id).value.state, .submitted) }
        // A clerk's appraisal moves are offered from "submitted"; the "Nháp" tab is now empty.
        h.press(.right)
        XCTAssertEqual(list.tab, .draft)
        XCTAssertEqual(list.list.visible.count, 0)
    }

    func testMixedBatchIsAllOrNothing() throws {
        let a = try h.proposals([(khoa, "CSTD_TINH", 2024)], to: .submitted)
        let b = try h.proposals([(nhung, "BK_TINH", 2025)])
        let list = try openList()
        h.press(.char("y"), .char("y"))  // every year
        // Different states: no move is allowed from both.
        h.press(.char("*"))
        h.press(.char("c"))
        XCTAssertTrue(h.app.top is MessageDialog, h.text)
        XCTAssertTrue(h.text.contains("Không có bước nào"), h.text)
        h.press(.enter)
        _ = list
        let book = ProposalBook(workspace: try h.reread())
        XCTAssertEqual(try book.proposal(a[0]).value.state, .submitted)
        XCTAssertEqual(try book.proposal(b[0]).value.state, .draft)
    }

    func testReturnRequiresAReason() throws {
        let ids = try h.proposals([(khoa, "CSTD_TINH", 2024)], to: .submitted)
        try openList()
        h.press(.char("c"))
        let menu = try XCTUnwrap(h.app.top as? MenuView)
        XCTAssertEqual(menu.items.map(\.label), ["Đang thẩm định", "Trả lại", "Không đủ điều kiện"])
        h.press(.char("2"))
        XCTAssertTrue(h.app.top is PromptDialog)
        h.press(.enter)  // no reason
        let err = try XCTUnwrap(h.app.top as? MessageDialog, h.text)
        XCTAssertTrue(err.text.contains("cần ghi lý do khi trả lại"), err.text)
        h.press(.enter)
        XCTAssertEqual(try ProposalBook(workspace: h.reread()).proposal(ids[0]).value.state, .submitted)
        h.press(.char("c"), .char("2"))
        h.type("Thiếu biên bản họp xét")
        h.press(.enter)
        let p = try ProposalBook(workspace: h.reread()).proposal(ids[0]).value
        XCTAssertEqual(p.state, .returned)
        XCTAssertEqual(p.returnReason, "Thiếu biên bản họp xét")
        XCTAssertEqual(p.history.last?.by, "lan")
    }

    func testNotEligibleIsStoppedAndOnlyAnOverrideWithAReasonLetsItThrough() throws {
        // Khoa is not a national emulation fighter.
        let ids = try h.proposals([(khoa, "CSTD_TQ", 2025)], to: .underAppraisal)
        // A clerk without the grant: refused, the conditions named.
        try openList(as: "lan")
        h.press(.char("c"))
        h.press(.char("1"))                    // Trình hội đồng
        let err = try XCTUnwrap(h.app.top as? MessageDialog, h.text)
        XCTAssertTrue(err.text.contains("Điều kiện khen thưởng chưa đạt"), err.text)
        XCTAssertTrue(err.text.contains("Chiến sĩ thi đua cấp tỉnh hai lần liên tục"), err.text)
        h.press(.enter)
        XCTAssertEqual(try ProposalBook(workspace: h.reread()).proposal(ids[0]).value.state, .underAppraisal)
        // The head of the office: asked for the reason, then it goes on with the override recorded.
        try openList(as: "truongban")
        h.press(.char("c"), .char("1"))
        XCTAssertTrue(h.app.top is PromptDialog, h.text)
        XCTAssertTrue(h.text.contains("Vượt điều kiện khen thưởng"), h.text)
        h.type("Thanh tich dac biet, Hoi dong xem xet")
        h.press(.enter)
        let p = try ProposalBook(workspace: h.reread()).proposal(ids[0]).value
        XCTAssertEqual(p.state, .toCouncil)
        XCTAssertEqual(p.eligibilityOverride?.reason, "Thanh tich dac biet, Hoi dong xem xet")
        XCTAssertEqual(p.eligibilityOverride?.by, "truongban")
        // Shown with the proposal.
        let lines = ProposalDetail.lines(p, book: ProposalBook(workspace: try h.reread()), lang: .vi)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Vượt điều kiện (không đạt) — truongban") }, "\(lines)")
    }

    func testCouncilVoteShowsOutcomeThenApproves() throws {
        let ids = try h.proposals([(khoa, "CSTD_TINH", 2024)], to: .toCouncil)
        try openList()
        h.press(.char("b"))
        XCTAssertTrue(h.app.top is PanelFormView)
        h.type("4"); h.press(.tab); h.press(.ctrl("u")); h.type("5"); h.press(.tab); h.type("9")
        XCTAssertTrue(h.text.contains("cần ≥ 50% tổng số thành viên và quá nửa → KHÔNG ĐẠT"), h.text)
        h.press(.backTab, .backTab, .ctrl("u"))
        h.type("7")
        h.press(.tab, .ctrl("u"))
        h.type("2")
        XCTAssertTrue(h.text.contains("→ ĐẠT"), h.text)
        h.press(.function(2))
        XCTAssertTrue(h.app.top is ProposalListView, h.text)
        XCTAssertEqual(try ProposalBook(workspace: h.reread()).proposal(ids[0]).value.vote, Proposal.Vote(forVotes: 7, against: 2, members: 9))
        h.press(.char("c"))
        XCTAssertEqual((h.app.top as? MenuView)?.items.first?.label, "Đã duyệt")
        h.press(.enter)
        XCTAssertEqual(try ProposalBook(workspace: h.reread()).proposal(ids[0]).value.state, .approved)
    }

    func testDecisionPreviewTotalIsTheSumOfTheLinesAndIsMade() throws {
        let ids = try h.proposals([(nhung, "BK_TINH", 2025), (lan, "BK_TINH", 2025)], to: .approved)
        let list = try openList()
        h.press(.char("*"), .char("q"))
        let form = try XCTUnwrap(h.app.top as? PanelFormView)
        h.type("163/QĐ-UBND")
        h.press(.tab, .ctrl("u"))
        h.type("15/01/2026")
        h.press(.tab, .tab)
        h.type("Trịnh Việt Hùng")
        // A malformed number is refused with the domain's words.
        h.press(.backTab, .backTab, .backTab, .ctrl("u"))
        h.type("163-UBND")
        h.press(.function(2))
        let err = try XCTUnwrap(h.app.top as? MessageDialog, h.text)
        XCTAssertTrue(err.text.contains("không đúng dạng số/QĐ-cơ quan"), err.text)
        h.press(.enter, .ctrl("u"))
        h.type("163/QĐ-UBND")
        h.press(.function(2))
        let preview = try XCTUnwrap(h.app.top as? TextPanel, h.text)
        let screen = h.text
        // Each line "… = 2.340.000 đ"; the total line last.
        func amount(_ s: Substring) -> Int { Int(s.filter(\.isNumber)) ?? -1 }
        let lines = screen.split(separator: "\n").filter { $0.contains(" = ") && $0.contains(" đ") }
        XCTAssertEqual(lines.count, 2, screen)
        let sum = lines.map { amount($0.split(separator: "=").last!) }.reduce(0, +)
        let totalLine = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Tổng cộng") })
        XCTAssertEqual(amount(totalLine), sum, screen)
        XCTAssertEqual(sum, 2 * Money.roundedAmount(coefficient: Decimal(string: "1.5")!, baseSalary: 2_340_000), screen)
        XCTAssertTrue(ProposalBook(workspace: try h.reread()).proposals.values.allSatisfy { $0.value.state == .approved }, "a preview writes nothing")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is ConfirmDialog)
        h.press(.char("c"))
        // The decision made, with its annex, as it prints (F6 saves it, F7 prints it); Esc goes back to the list.
        let made = try XCTUnwrap(h.app.top as? ReportPreviewView, h.text)
        let pages = made.lines(width: 78).joined(separator: "\n")
        for needle in ["Trang 1/2", "Số: 163/QĐ-UBND", "QUYẾT ĐỊNH", "Trang 2/2", "DANH SÁCH", "Phạm Thị Hồng Nhung"] {
            XCTAssertTrue(pages.contains(needle), "«\(needle)» not in:\n\(pages)")
        }
        XCTAssertTrue(h.text.contains("Đã ra quyết định 163/QĐ-UBND"), h.text)
        h.press(.escape)
        XCTAssertTrue(h.app.top === list, h.text)
        _ = (preview, form)
        let ws = try h.reread()
        let book = ProposalBook(workspace: ws)
        for id in ids { XCTAssertEqual(try book.proposal(id).value.state, .decided) }
        let records = try AwardQueries.history(search: "pham thi hong nhung", in: ws)
        XCTAssertEqual(records.first?.decisionNumber, "163/QĐ-UBND")
        XCTAssertEqual(records.first?.amount, sum / 2)
    }

    func testViewerSeesNoEditActions() throws {
        _ = try h.proposals([(khoa, "CSTD_TINH", 2024)])
        let list = try openList(as: "xem")
        let bar = h.bar
        XCTAssertFalse(bar.contains("Thêm"), bar)
        for action in ["Chuyển", "Biểu quyết", "Ra QĐ"] { XCTAssertFalse(h.actions.contains(action), "\(h.actions)") }
        XCTAssertTrue(bar.contains("Tìm"), bar)
        h.press(.function(7))
        XCTAssertTrue(h.app.top === list)
        h.press(.char("c"))
        XCTAssertTrue(h.app.top === list)
        h.press(.char(" "))
        XCTAssertTrue(list.list.markedIDs.isEmpty)
        // Enter shows the proposal read-only, with its eligibility.
        h.press(.enter)
        XCTAssertTrue(h.app.top is TextPanel)
        XCTAssertTrue(h.text.contains("QĐ 45/QĐ-SNV"), h.text)
        XCTAssertFalse(h.actions.contains("Ra QĐ"), "\(h.actions)")
        // The clerk sees them: F7 in the bar, the rest in the F9 menu.
        _ = try openList(as: "lan")
        XCTAssertTrue(h.bar.contains("F7 Thêm"), h.bar)
        XCTAssertTrue(h.bar.contains("F9 Thao tác"), h.bar)
        for action in ["Chuyển", "Biểu quyết", "Ra QĐ"] { XCTAssertTrue(h.actions.contains(action), "\(h.actions)") }
        h.press(.function(9))
        XCTAssertNotNil(h.app.top as? ActionsMenu)
        XCTAssertTrue(h.text.contains("Biểu quyết"), h.text)
        h.press(.escape)
    }

    func testSearchAndYearFilter() throws {
        _ = try h.proposals([(khoa, "CSTD_TINH", 2024), (nhung, "BK_TINH", 2025)])
        let list = try openList()
        // Opens on the newest year, shown in the header; y steps to older years, then to every year.
        XCTAssertEqual(list.year, 2025)
        XCTAssertEqual(list.list.visible.count, 1)
        XCTAssertTrue(h.text.contains("Năm: 2025"), h.text)
        h.press(.char("y"))
        XCTAssertEqual(list.year, 2024)
        XCTAssertEqual(list.list.visible.count, 1)
        h.press(.char("y"))
        XCTAssertNil(list.year)
        XCTAssertEqual(list.list.visible.count, 2)
        h.press(.function(4))
        h.type("pham thi")
        h.press(.enter)
        XCTAssertEqual(list.list.visible.count, 1)
        XCTAssertTrue(h.text.contains("Phạm Thị Hồng Nhung"), h.text)
    }
}
