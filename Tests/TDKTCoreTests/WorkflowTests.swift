import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Units, people, campaigns and permissions, on the demo data.
final class WorkflowTests: XCTestCase {
    func demo(user: String = "admin") throws -> Workspace {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        return try Workspace(root: root, user: user)
    }

    func testMergeMovesPeopleMembershipsAndKeepsHistory() throws {
        let ws = try demo()
        let movedPeople = ws.people(of: "tn-stc").count + ws.people(of: "tn-sct").count
        XCTAssertGreaterThan(movedPeople, 0)
        let before = ws.people(of: "tn-sxd").count
        try ws.mergeUnits(["tn-stc", "tn-sct"], into: "tn-sxd", on: CivilDate(2025, 3, 1))
        XCTAssertTrue(ws.people(of: "tn-stc").isEmpty)
        XCTAssertEqual(ws.people(of: "tn-sxd").count, before + movedPeople)
        XCTAssertEqual(ws.people["le-duc-anh"]?.value.unitId, "tn-sxd")
        let block = try XCTUnwrap(ws.clusters["tn-khoi-kinh-te"]?.value)
        XCTAssertFalse(block.memberIds.contains("tn-stc"))
        XCTAssertEqual(block.memberIds.filter { $0 == "tn-sxd" }.count, 1, "the successor is listed once")
        XCTAssertEqual(block.year(2024)?.leaderId, "tn-stc", "past leadership stays as it was")
        XCTAssertTrue(block.formerMemberIds.contains("tn-stc"))
        XCTAssertEqual(ws.units["tn-stc"]?.value.successorId, "tn-sxd")
        XCTAssertFalse(ws.units["tn-stc"]!.value.isActive)
        XCTAssertEqual(ws.historyUnitIds(of: "tn-sxd"), ["tn-sxd", "tn-stc", "tn-sct"])
        // A chain of merges: the demo's Sở LĐTBXH already merged into Sở Nội vụ.
        XCTAssertTrue(ws.historyUnitIds(of: "tn-snv").contains("tn-ldtbxh"))
        XCTAssertEqual(DataCheck.run(ws).problems, [])
    }

    func testMergeRefusesNonsense() throws {
        let ws = try demo()
        XCTAssertThrowsError(try ws.mergeUnits(["tn-sxd"], into: "tn-sxd", on: CivilDate(2025, 3, 1)))
        XCTAssertThrowsError(try ws.mergeUnits(["tn-stc"], into: "tn-ldtbxh", on: CivilDate(2025, 3, 1))) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "successorId")
        }
    }

    func testUnitTreeRefusesLoopsAndUnknownParents() throws {
        let ws = try demo()
        var tn = ws.units["tn"]!
        tn.value.parentId = "tn-snv"
        XCTAssertThrowsError(try ws.saveUnit(tn.value, basedOn: tn.revision)) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "parentId")
        }
        XCTAssertThrowsError(try ws.saveUnit(Unit(id: "new", name: "Mới", kind: .school, parentId: "nowhere"), basedOn: nil))
        try ws.saveUnit(Unit(id: "thpt-chu-van-an", name: "Trường THPT Chu Văn An", kind: .school, parentId: "tn-sgddt"), basedOn: nil)
        XCTAssertEqual(ws.children(of: "tn-sgddt").map(\.id), ["thpt-chu-van-an"])
    }

    func testPeopleMoveAndCannotJoinAClosedUnit() throws {
        let ws = try demo()
        try ws.movePerson("tran-thi-lan", to: "tn-syt")
        XCTAssertEqual(ws.people["tran-thi-lan"]?.value.unitId, "tn-syt")
        XCTAssertEqual(ws.people["tran-thi-lan"]?.value.ratings.count, 5, "history goes with the person")
        XCTAssertThrowsError(try ws.movePerson("tran-thi-lan", to: "tn-ldtbxh"))
    }

    func testCampaignLifeAndReviewRules() throws {
        let ws = try demo()
        let c = Campaign(id: "cds-2026", name: "Chuyển đổi số 2026", kind: .periodic, launchLevel: "Chủ tịch UBND tỉnh",
                         launchingBody: "UBND tỉnh Thái Nguyên", period: DatePeriod(start: CivilDate(2026, 1, 1), end: CivilDate(2026, 12, 31)))
        try ws.saveCampaign(c, basedOn: nil)
        XCTAssertEqual(ws.campaigns["cds-2026"]?.value.reviewDue(on: CivilDate(2026, 8, 1)), .interim)
        XCTAssertNil(ws.campaigns["cds-2026"]?.value.reviewDue(on: CivilDate(2026, 3, 1)))
        XCTAssertThrowsError(try ws.addReview(Campaign.Review(kind: .interim, date: CivilDate(2025, 6, 1), summary: "sớm"), to: "cds-2026"))
        try ws.addReview(Campaign.Review(kind: .interim, date: CivilDate(2026, 7, 10), summary: "Sơ kết 6 tháng"), to: "cds-2026")
        XCTAssertEqual(ws.campaigns["cds-2026"]?.value.status, .running)
        XCTAssertNil(ws.campaigns["cds-2026"]?.value.reviewDue(on: CivilDate(2026, 8, 1)))
        XCTAssertEqual(ws.campaigns["cds-2026"]?.value.reviewDue(on: CivilDate(2027, 1, 5)), .final)
        XCTAssertThrowsError(try ws.setStatus(.closed, of: "cds-2026"), "closing needs a final review")
        XCTAssertThrowsError(try ws.addReview(Campaign.Review(kind: .final, date: CivilDate(2026, 7, 1), summary: ""), to: "cds-2026"))
        try ws.addReview(Campaign.Review(kind: .final, date: CivilDate(2027, 1, 15), summary: "Tổng kết"), to: "cds-2026")
        try ws.setStatus(.closed, of: "cds-2026")
        XCTAssertThrowsError(try ws.setStatus(.running, of: "cds-2026"))
    }

    func testRegistrationsAndExamples() throws {
        let ws = try demo()
        let ok = Registration(year: 2026, unitId: "tn-snv", entries: [
            .init(nominee: NomineeRef(.unit, "tn-snv"), awardCode: "TTLDXS"),
            .init(nominee: NomineeRef(.person, "tran-thi-lan"), awardCode: "CSTDCS")])
        try ws.saveRegistration(ok, basedOn: nil)
        XCTAssertEqual(ws.registrations(year: 2026).first { $0.unitId == "tn-snv" }?.entries.count, 2)
        let wrongKind = Registration(year: 2026, unitId: "tn-syt", entries: [.init(nominee: NomineeRef(.person, "tran-thi-lan"), awardCode: "CO_TINH")])
        XCTAssertThrowsError(try ws.saveRegistration(wrongKind, basedOn: nil))
        try ws.saveModelExample(ModelExample(id: "mo-hinh-1", campaignId: "nong-thon-moi", year: 2025, kind: .practice,
                                             name: "Mô hình chè Tân Cương", description: "Liên kết sản xuất chè sạch"), basedOn: nil)
        XCTAssertEqual(ws.modelExamples(year: 2025).filter { $0.id == "mo-hinh-1" }.map(\.name), ["Mô hình chè Tân Cương"])
    }

    func testPermissionsAreEnforcedInTheDomain() throws {
        let viewer = try demo(user: "xem")
        XCTAssertThrowsError(try viewer.movePerson("tran-thi-lan", to: "tn-syt")) { e in
            XCTAssertEqual((e as? PermissionError)?.login, "xem")
        }
        let stranger = try Workspace(root: viewer.store.root, user: "someone-else")
        XCTAssertEqual(stranger.role?.role, .viewer, "unknown logins get what the configuration says")
        XCTAssertFalse(stranger.may(.editCampaigns))
        let reviewer = try Workspace(root: viewer.store.root, user: "chamdiem")
        XCTAssertTrue(reviewer.may(.score(clusterId: "tn-khoi-kinh-te", rateeUnitId: "tn-sxd", selfScore: false)))
        XCTAssertFalse(reviewer.may(.score(clusterId: "tn-khoi-kinh-te", rateeUnitId: "tn-stc", selfScore: false)), "own unit")
        XCTAssertTrue(reviewer.may(.score(clusterId: "tn-khoi-kinh-te", rateeUnitId: "tn-stc", selfScore: true)))
        XCTAssertFalse(reviewer.may(.score(clusterId: "tn-cum-phia-bac", rateeUnitId: "tn-xa-1", selfScore: false)))
        XCTAssertFalse(reviewer.may(.editCampaigns))
        let clerk = try Workspace(root: viewer.store.root, user: "lan")
        XCTAssertTrue(clerk.may(.editProposals))
        XCTAssertFalse(clerk.may(.editCatalogue))
        XCTAssertTrue(try demo().may(.editRoles))
    }

    func testIdentifiersFromNames() {
        XCTAssertEqual(Workspace.makeIdentifier(from: "Sở Y tế", taken: { _ in false }), "so-y-te")
        XCTAssertEqual(Workspace.makeIdentifier(from: "Đức", taken: { $0 == "duc" }), "duc-2")
    }
}

final class ListRegistrationsTests: XCTestCase {
    func testRegistrationsAndExamplesAreListedByYear() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        let ws = try Workspace(root: root, user: "admin")
        try ws.saveRegistration(Registration(year: 2026, unitId: "tn-snv", entries: [
            .init(nominee: NomineeRef(.person, "tran-thi-lan"), awardCode: "CSTDCS")]), basedOn: nil)
        try ws.saveModelExample(ModelExample(id: "che-tan-cuong", campaignId: "nong-thon-moi", year: 2026, kind: .practice,
                                             name: "Mô hình chè Tân Cương", description: "Chè sạch"), basedOn: nil)
        let regs = runTool(["--data", root, "list", "registrations", "--year", "2026"])
        XCTAssertEqual(regs.status, 0, regs.err)
        XCTAssertTrue(regs.out.contains("Trần Thị Lan") && regs.out.contains("CSTDCS"), regs.out)
        let examples = runTool(["--data", root, "list", "examples", "--year", "2026", "--search", "che tan cuong"])
        XCTAssertTrue(examples.out.contains("Mô hình chè Tân Cương"), examples.out)
        XCTAssertEqual(runTool(["--data", root, "list", "registrations"]).status, 2, "a year is needed")
    }
}
