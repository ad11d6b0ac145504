import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit

/// A unit's TĐKT officer prepares and submits the proposals of its unit and the units under it; the province
/// receives, returns with a reason, or takes them on. The scope is checked in TDKTCore for every operation.
final class UnitOfficerTests: XCTestCase {
    var dir: DemoDirectory!
    override func setUpWithError() throws { dir = try DemoDirectory() }
    override func tearDown() { dir = nil }

    func book(_ user: String) throws -> ProposalBook { ProposalBook(workspace: try Workspace(root: dir.root, user: user)) }

    func testPermissionsOfTheRole() throws {
        let officer = RoleAssignment(role: .unitOfficer, unitId: "tn-sgddt")
        for p in [Permission.editProposals, .editRegistrations] {
            XCTAssertNoThrow(try Permissions.authorize(p, login: "donvi", assignment: officer))
        }
        for p in [Permission.appraiseProposals, .makeDecisions, .overrideEligibility, .editUnitsAndPeople, .importData, .editCatalogue, .viewAudit] {
            XCTAssertThrowsError(try Permissions.authorize(p, login: "donvi", assignment: officer), "\(p)")
        }
        XCTAssertThrowsError(try Permissions.authorize(.editProposals, login: "donvi", assignment: RoleAssignment(role: .unitOfficer)))
    }

    func testScopeIsTheUnitAndTheUnitsUnderIt() throws {
        let ws = try Workspace(root: dir.root, user: "donvi")
        XCTAssertEqual(ws.scopeUnitIds, ["tn-sgddt"])
        XCTAssertTrue(ws.inScope(nhung))
        XCTAssertFalse(ws.inScope(khoa))
        XCTAssertNil(try dir.workspace().scopeUnitIds)
        // An officer of the province's people's committee covers the departments under it.
        try dir.workspace().setRole(RoleAssignment(role: .unitOfficer, unitId: "tn"), for: "tinh")
        let top = try Workspace(root: dir.root, user: "tinh")
        XCTAssertTrue(top.inScope(khoa) && top.inScope(nhung))
        XCTAssertThrowsError(try dir.workspace().setRole(RoleAssignment(role: .unitOfficer), for: "x")) { e in
            XCTAssertEqual(ErrorText.field(e), "unitId")
        }
    }

    func testTheOfficerPreparesAndSubmitsOnlyItsOwn() throws {
        let unit = try book("donvi")
        XCTAssertThrowsError(try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: khoa, awardCode: "BK_TINH", achievement: "x",
                                                                       dossier: fullDossier), in: unit, actor: "donvi", on: checkDay)) { e in
            XCTAssertTrue(e is PermissionError, "\(e)")
        }
        let (p, _) = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: nhung, awardCode: "BK_TINH", achievement: "Hai năm HTXSNV",
                                                               dossier: [.submission: true]), in: unit, actor: "donvi", on: checkDay)
        let id = p.value.id
        // The dossier is incomplete: submission refused until it is fixed.
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .submitted, actor: "donvi", in: unit))
        var fixed = p.value
        fixed.dossier = fullDossier
        try ProposalWorkflow.update(fixed, in: unit, actor: "donvi")
        try ProposalWorkflow.move([id], to: .submitted, actor: "donvi", in: unit)
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .underAppraisal, actor: "donvi", in: unit)) { e in XCTAssertTrue(e is PermissionError) }

        // The province returns it with a reason; the unit sees the state and the reason, fixes it and sends it again.
        let province = try book("lan")
        try ProposalWorkflow.move([id], to: .returned, reason: "Bổ sung biên bản họp xét có chữ ký", actor: "lan", in: province)
        unit.reload()
        XCTAssertEqual(unit.list().map(\.value.id), [id])
        XCTAssertEqual(try unit.proposal(id).value.returnReason, "Bổ sung biên bản họp xét có chữ ký")
        var again = try unit.proposal(id).value
        again.achievement = "Hai năm HTXSNV; biên bản họp xét đã ký"
        try ProposalWorkflow.update(again, in: unit, actor: "donvi")
        try ProposalWorkflow.move([id], to: .submitted, actor: "donvi", in: unit)
        province.reload()
        for s in [Proposal.State.underAppraisal, .toCouncil] { try ProposalWorkflow.move([id], to: s, actor: "lan", in: province) }
        try ProposalWorkflow.move([id], to: .approved, vote: Proposal.Vote(forVotes: 9, against: 0, members: 9), actor: "lan", in: province)
        unit.reload()
        XCTAssertEqual(try unit.proposal(id).value.state, .approved)
        XCTAssertEqual(try unit.proposal(id).value.history.map(\.by), ["donvi", "lan", "donvi", "lan", "lan", "lan"])
    }

    func testOthersProposalsAreNeitherListedNorReachable() throws {
        let (p, _) = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: khoa, awardCode: "BK_TINH", achievement: "x",
                                                               dossier: fullDossier), in: try dir.book(), actor: "test", on: checkDay)
        let unit = try book("donvi")
        XCTAssertFalse(unit.list().contains { $0.value.id == p.value.id })
        XCTAssertThrowsError(try unit.proposal(p.value.id))
        XCTAssertThrowsError(try ProposalWorkflow.move([p.value.id], to: .submitted, actor: "donvi", in: unit))
        var edit = p.value
        edit.achievement = "đổi"
        XCTAssertThrowsError(try ProposalWorkflow.update(edit, in: unit, actor: "donvi"))
    }
}
