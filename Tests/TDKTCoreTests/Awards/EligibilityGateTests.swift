import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit

/// Eligibility gates the workflow: a proposal not met or unknown does not go past appraisal without an override
/// from a role allowed to give one, with its reason kept on the proposal and in the audit log.
final class EligibilityGateTests: XCTestCase {
    var dir: DemoDirectory!
    override func setUpWithError() throws { dir = try DemoDirectory() }
    override func tearDown() { dir = nil }

    func book(_ user: String) throws -> ProposalBook { ProposalBook(workspace: try Workspace(root: dir.root, user: user)) }

    /// Khoa is not a national emulation fighter: the check is "not met".
    func ineligibleUnderAppraisal(_ book: ProposalBook) throws -> String {
        let d = ProposalDraft(year: 2025, nominee: khoa, awardCode: "CSTD_TQ", achievement: "Thành tích 2020–2025", dossier: fullDossier)
        let (p, report) = try ProposalWorkflow.create(d, in: book, actor: book.workspace.login, on: checkDay)
        XCTAssertEqual(report.status, .notMet)
        try ProposalWorkflow.move([p.value.id], to: .submitted, actor: book.workspace.login, in: book)
        try ProposalWorkflow.move([p.value.id], to: .underAppraisal, actor: book.workspace.login, in: book)
        return p.value.id
    }

    func testNotMetStopsAtAppraisalAndTheRefusalNamesTheConditions() throws {
        let book = try book("lan")
        let id = try ineligibleUnderAppraisal(book)
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .toCouncil, actor: "lan", in: book)) { e in
            let gate = e as? EligibilityGateError
            XCTAssertEqual(gate?.proposalIds, [id])
            XCTAssertEqual(gate?.fieldID, "eligibility")
            XCTAssertTrue(ErrorText.message(e, .vi).contains("Chiến sĩ thi đua cấp tỉnh hai lần liên tục"), ErrorText.message(e, .vi))
        }
        XCTAssertEqual(try book.proposal(id).value.state, .underAppraisal)
        // Returning it or concluding it is not eligible stays possible.
        try ProposalWorkflow.move([id], to: .notEligible, reason: "Chưa đủ hai lần CSTĐ cấp tỉnh", actor: "lan", in: book)
    }

    func testAClerkWithoutTheGrantMayNotOverride() throws {
        let book = try book("lan")
        let id = try ineligibleUnderAppraisal(book)
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .toCouncil, overrideReason: "Trường hợp đặc biệt", actor: "lan", in: book)) { e in
            XCTAssertTrue(e is PermissionError)
        }
        XCTAssertThrowsError(try ProposalWorkflow.overrideEligibility([id], reason: "Trường hợp đặc biệt", actor: "lan", in: book)) { e in
            XCTAssertTrue(e is PermissionError)
        }
        XCTAssertNil(try book.proposal(id).value.eligibilityOverride)
    }

    func testOverrideWithReasonIsStoredAuditedAndLetsItThrough() throws {
        let id = try ineligibleUnderAppraisal(try book("lan"))
        let head = try book("truongban")
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .toCouncil, overrideReason: "   ", actor: "truongban", in: head)) { e in
            XCTAssertEqual(ErrorText.field(e), "override")
        }
        try ProposalWorkflow.move([id], to: .toCouncil, overrideReason: "Thành tích đột xuất được Hội đồng đề nghị xem xét",
                                  actor: "truongban", in: head)
        let p = try ProposalBook(workspace: try dir.workspace()).proposal(id).value
        XCTAssertEqual(p.state, .toCouncil)
        let o = try XCTUnwrap(p.eligibilityOverride)
        XCTAssertEqual(o.by, "truongban")
        XCTAssertEqual(o.status, .notMet)
        XCTAssertEqual(o.reason, "Thành tích đột xuất được Hội đồng đề nghị xem xét")
        XCTAssertTrue(o.conditions.contains { $0.hasPrefix("Chiến sĩ thi đua cấp tỉnh hai lần liên tục") }, "\(o.conditions)")
        XCTAssertTrue(o.line(.vi).contains("Vượt điều kiện (không đạt) — truongban"))
        let audit = try dir.workspace().auditEntries(record: id)
        XCTAssertTrue(audit.contains { $0.action.contains("eligibility overridden (notMet): Thành tích đột xuất") }, "\(audit.map(\.action))")
        // Approval and the decision now pass (the vote still counts).
        try ProposalWorkflow.move([id], to: .approved, vote: Proposal.Vote(forVotes: 10, against: 0, members: 10), actor: "lan", in: try book("lan"))
        let result = try Decisions.make(DecisionRequest(number: "789/QĐ-TTg", date: CivilDate(2026, 1, 20), signerTitle: "Thủ tướng Chính phủ",
                                                        signerName: "Phạm Minh Chính", proposalIds: [id]), in: try dir.book(), actor: "test")
        XCTAssertEqual(result.decision.number, "789/QĐ-TTg")
    }

    func testTheCouncilsListShowsTheOverrideAndItsReason() throws {
        let id = try ineligibleUnderAppraisal(try book("lan"))
        let head = try book("truongban")
        try ProposalWorkflow.move([id], to: .toCouncil, overrideReason: "Đóng góp đặc biệt cho ngành", actor: "truongban", in: head)
        let doc = try AwardDocuments.councilList([try head.proposal(id).value], book: head, on: checkDay)
        let text = PlainTextRenderer().render(doc, config: head.workspace.config)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        XCTAssertTrue(text.contains("1 đề nghị được vượt điều kiện"), text)
        XCTAssertTrue(text.contains("VƯỢT ĐIỀU KIỆN (ghi chú 1)"), text)
        XCTAssertTrue(text.contains("Vượt điều kiện (không đạt) — truongban, "), text)
        XCTAssertTrue(text.contains("Đóng góp đặc biệt cho ngành"), text)
    }

    func testUnknownForMissingDataIsStoppedToo() throws {
        // A collective's Bằng khen Thủ tướng: the program holds no criteria, so the check is unknown.
        let book = try dir.book()
        let d = ProposalDraft(year: 2025, nominee: NomineeRef(.unit, "tn-sgddt"), awardCode: "BK_TTG", achievement: "5 năm", dossier: fullDossier)
        let (p, report) = try ProposalWorkflow.create(d, in: book, actor: "test", on: checkDay)
        XCTAssertEqual(report.status, .unknown)
        try ProposalWorkflow.move([p.value.id], to: .submitted, actor: "test", in: book)
        try ProposalWorkflow.move([p.value.id], to: .underAppraisal, actor: "test", in: book)
        XCTAssertThrowsError(try ProposalWorkflow.move([p.value.id], to: .toCouncil, actor: "test", in: book)) { e in
            XCTAssertTrue(ErrorText.message(e, .en).contains("(unknown (data missing))"), ErrorText.message(e, .en))
        }
        try ProposalWorkflow.overrideEligibility([p.value.id], reason: "Đã thẩm định hồ sơ giấy", actor: "test", in: book)
        try ProposalWorkflow.move([p.value.id], to: .toCouncil, actor: "test", in: book)
        XCTAssertEqual(try book.proposal(p.value.id).value.eligibilityOverride?.status, .unknown)
    }

    func testAnEligibleProposalNeedsNoOverrideAndCannotBeGivenOne() throws {
        let book = try dir.book()
        let (p, _) = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: nhung, awardCode: "BK_TINH", achievement: "x", dossier: fullDossier),
                                                 in: book, actor: "test", on: checkDay)
        XCTAssertThrowsError(try ProposalWorkflow.overrideEligibility([p.value.id], reason: "không cần", actor: "test", in: book)) { e in
            XCTAssertEqual(ErrorText.field(e), "override")
        }
    }

    func testADecidedProposalIsNotItsOwnDuplicate() throws {
        let book = try dir.book()
        let (p, _) = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: nhung, awardCode: "BK_TINH", achievement: "x", dossier: fullDossier),
                                                 in: book, actor: "test", on: checkDay)
        for s in [Proposal.State.submitted, .underAppraisal, .toCouncil] { try ProposalWorkflow.move([p.value.id], to: s, actor: "test", in: book) }
        try ProposalWorkflow.move([p.value.id], to: .approved, vote: Proposal.Vote(forVotes: 9, against: 0, members: 9), actor: "test", in: book)
        try Decisions.make(DecisionRequest(number: "163/QĐ-UBND", date: CivilDate(2025, 8, 1), signerTitle: "Chủ tịch UBND tỉnh",
                                           signerName: "A", proposalIds: [p.value.id]), in: book, actor: "test")
        let fresh = try dir.book()
        let decided = try fresh.proposal(p.value.id).value
        let own = EligibilityGate.report(decided, history: try fresh.history(), on: checkDay)
        XCTAssertEqual(own.condition("duplicate")?.status, .met, own.text(.vi))
        // Another proposal for the same award and year is still a duplicate.
        let other = Eligibility.check(nominee: nhung, award: "BK_TINH", year: 2025, in: try fresh.history(), on: checkDay)
        XCTAssertEqual(other.condition("duplicate")?.status, .notMet)
    }
}
