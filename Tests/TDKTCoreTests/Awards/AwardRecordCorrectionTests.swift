import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit

/// Award records corrected and removed by the roles allowed to, with the reason in the audit log.
final class AwardRecordCorrectionTests: XCTestCase {
    var dir: DemoDirectory!
    override func setUpWithError() throws { dir = try DemoDirectory() }
    override func tearDown() { dir = nil }

    func imported(_ ws: Workspace) throws -> AwardRecord {
        try XCTUnwrap(ws.allAwards().map(\.value).first { $0.source != .decided && $0.nominee == khoa && $0.awardCode == "CSTDCS" })
    }

    func testCorrectedWithTheReasonAudited() throws {
        let ws = try dir.workspace()
        var r = try imported(ws)
        let year = r.year
        r.decisionNumber = "7/QĐ-SNV"
        r.amount = 1_800_000
        try AwardRecords.correct(r, wasYear: year, reason: "Sai số quyết định khi nhập từ Excel", in: ws)
        let fresh = try AwardRecords.find(r.id, year: year, in: try dir.workspace()).value
        XCTAssertEqual(fresh.decisionNumber, "07/QĐ-SNV")
        XCTAssertEqual(fresh.amount, 1_800_000)
        XCTAssertTrue(try ws.auditEntries(record: r.id).contains { $0.action == "award.correct: Sai số quyết định khi nhập từ Excel" })
        // A change of year moves the record.
        var moved = fresh
        moved.year = year - 1
        try AwardRecords.correct(moved, wasYear: year, reason: "Nhầm năm", in: try dir.workspace())
        let again = try dir.workspace()
        XCTAssertThrowsError(try AwardRecords.find(r.id, year: year, in: again))
        XCTAssertEqual(try AwardRecords.find(r.id, year: year - 1, in: again).value.decisionNumber, "07/QĐ-SNV")
    }

    func testRefusals() throws {
        let ws = try dir.workspace()
        var r = try imported(ws)
        XCTAssertThrowsError(try AwardRecords.correct(r, wasYear: r.year, reason: "  ", in: ws)) { e in XCTAssertEqual(ErrorText.field(e), "reason") }
        r.decisionNumber = "bảy"
        XCTAssertThrowsError(try AwardRecords.correct(r, wasYear: r.year, reason: "x", in: ws)) { e in XCTAssertEqual(ErrorText.field(e), "decisionNumber") }
        r = try imported(ws)
        r.awardCode = "CO_TINH"
        XCTAssertThrowsError(try AwardRecords.correct(r, wasYear: r.year, reason: "x", in: ws)) { e in XCTAssertEqual(ErrorText.field(e), "awardCode") }
        for login in ["donvi", "xem", "chamdiem"] {
            let other = try Workspace(root: dir.root, user: login)
            XCTAssertThrowsError(try AwardRecords.remove(r.id, year: r.year, reason: "x", in: other), login) { e in XCTAssertTrue(e is PermissionError) }
        }
    }

    func testRemovedWithTheReasonButNotADecisionsOwn() throws {
        let ws = try dir.workspace()
        let r = try imported(ws)
        try AwardRecords.remove(r.id, year: r.year, reason: "Nhập trùng", in: try Workspace(root: dir.root, user: "lan"))
        XCTAssertThrowsError(try AwardRecords.find(r.id, year: r.year, in: try dir.workspace()))
        XCTAssertTrue(try ws.auditEntries(record: r.id).contains { $0.action == "award.remove: Nhập trùng" && $0.user == "lan" })
        // A decision's own record stays with its decision.
        let book = try dir.book()
        let made = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: nhung, awardCode: "BK_TINH", achievement: "x", dossier: fullDossier),
                                               in: book, actor: "test", on: checkDay)
        for s in [Proposal.State.submitted, .underAppraisal, .toCouncil] { try ProposalWorkflow.move([made.proposal.value.id], to: s, actor: "test", in: book) }
        try ProposalWorkflow.move([made.proposal.value.id], to: .approved, vote: Proposal.Vote(forVotes: 9, against: 0, members: 9), actor: "test", in: book)
        let d = try Decisions.make(DecisionRequest(number: "9/QĐ-UBND", date: CivilDate(2025, 8, 1), signerTitle: "Chủ tịch UBND tỉnh", signerName: "A",
                                                   proposalIds: [made.proposal.value.id]), in: book, actor: "test")
        XCTAssertThrowsError(try AwardRecords.remove(d.records[0].id, year: 2025, reason: "x", in: try dir.workspace())) { e in
            XCTAssertEqual(ErrorText.field(e), "source")
        }
    }
}
