import XCTest
@testable import TDKTCore
import TDKTText
import TDKTTestKit

/// With duties separated, no one login carries a proposal through two stages; the workflow refuses it and the
/// actions offered to the screens and commands leave it out.
final class SeparationOfDutiesTests: XCTestCase {
    func testEachStageNeedsOtherHandsWhenTheOfficeSeparatesDuties() throws {
        let dir = try DemoDirectory()
        try dir.workspace().setSeparateDuties(true)
        func book(_ login: String) throws -> ProposalBook { ProposalBook(workspace: try Workspace(root: dir.root, user: login)) }
        let lan = try book("lan"), truongban = try book("truongban"), admin = try book("test")
        let made = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: nhung, awardCode: "BK_TINH", achievement: "Hoàn thành xuất sắc",
                                                             dossier: fullDossier), in: lan, actor: "lan", on: checkDay)
        let id = made.proposal.value.id
        try ProposalWorkflow.move([id], to: .submitted, actor: "lan", in: lan)
        // The submitter may not appraise her own proposal, and is not offered it.
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .underAppraisal, actor: "lan", in: lan)) { e in
            let p = e as? PermissionError
            XCTAssertEqual(p?.login, "lan")
            XCTAssertTrue(p?.message(.vi).contains("người gửi đề nghị không tự thẩm định") == true, "\(e)")
        }
        XCTAssertFalse(ProposalWorkflow.actions(for: try lan.proposal(id).value, in: lan.workspace).moves.contains(.underAppraisal))
        XCTAssertTrue(ProposalWorkflow.actions(for: try truongban.proposal(id).value, in: truongban.workspace).moves.contains(.underAppraisal))
        try ProposalWorkflow.move([id], to: .underAppraisal, actor: "truongban", in: truongban)
        try ProposalWorkflow.move([id], to: .toCouncil, actor: "truongban", in: truongban)
        // Whoever took it to the council neither records the vote nor concludes.
        let vote = Proposal.Vote(forVotes: 9, against: 0, members: 9)
        XCTAssertThrowsError(try ProposalWorkflow.vote([id], vote, actor: "truongban", in: truongban)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .approved, vote: vote, actor: "truongban", in: truongban)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertFalse(ProposalWorkflow.actions(for: try truongban.proposal(id).value, in: truongban.workspace).vote)
        try ProposalWorkflow.move([id], to: .approved, vote: vote, actor: "lan", in: try book("lan"))
        // Whoever approved it does not make the decision.
        let request = DecisionRequest(number: "12/QĐ-UBND", date: CivilDate(2025, 8, 1), signerTitle: "Chủ tịch UBND tỉnh", signerName: "A", proposalIds: [id])
        let approver = try book("lan")
        if approver.workspace.may(.makeDecisions) {
            XCTAssertThrowsError(try Decisions.make(request, in: approver, actor: "lan")) { XCTAssertTrue($0 is PermissionError) }
        }
        let decided = try Decisions.make(request, in: admin, actor: "test")
        XCTAssertEqual(decided.proposals.first?.state, .decided)
        // Every step of the proposal was taken by the login its history names, none by one alone.
        let steps = try admin.proposal(id).value.history.map { "\($0.to.rawValue):\($0.by)" }
        XCTAssertEqual(steps, ["submitted:lan", "underAppraisal:truongban", "toCouncil:truongban", "approved:lan", "decided:test"])
    }

    func testOneClerkMayDoEverythingWhereTheOfficeDoesNotSeparateDuties() throws {
        let dir = try DemoDirectory()
        let lan = ProposalBook(workspace: try Workspace(root: dir.root, user: "lan"))
        let made = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: nhung, awardCode: "BK_TINH", achievement: "x", dossier: fullDossier),
                                               in: lan, actor: "lan", on: checkDay)
        for s in [Proposal.State.submitted, .underAppraisal, .toCouncil] { try ProposalWorkflow.move([made.proposal.value.id], to: s, actor: "lan", in: lan) }
        XCTAssertEqual(try lan.proposal(made.proposal.value.id).value.state, .toCouncil)
        // Only an administrator turns the separation on.
        XCTAssertThrowsError(try lan.workspace.setSeparateDuties(true)) { XCTAssertTrue($0 is PermissionError) }
    }
}
