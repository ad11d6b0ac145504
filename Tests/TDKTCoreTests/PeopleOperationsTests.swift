import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit

/// People removed and merged with their history kept.
final class PeopleOperationsTests: XCTestCase {
    private func demo() throws -> (String, Workspace) {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "khoa")
        return (root, try Workspace(root: root, user: "khoa"))
    }

    func testMergingAPersonEnteredTwiceMovesTheirAwardsAndKeepsTheRecord() throws {
        let (root, ws) = try demo()
        let khoa = try XCTUnwrap(ws.people.values.map(\.value).first { $0.name == "Nguyễn Văn Khoa" })
        let awards = ws.allAwards().filter { $0.value.nominee == NomineeRef(.person, khoa.id) }
        XCTAssertFalse(awards.isEmpty)
        // The same man entered again, with a rating of a year the first record lacks.
        var twin = Person(id: "nguyen-van-khoa-2", name: "Nguyễn Văn Khoa", unitId: khoa.unitId, birthYear: 1980)
        twin.setRating(.excellent, year: 2010)
        try ws.savePerson(twin, basedOn: nil)
        try ws.mergePerson(khoa.id, into: twin.id, on: CivilDate(2026, 3, 1))

        let after = try Workspace(root: root, user: "khoa")
        XCTAssertEqual(after.allAwards().filter { $0.value.nominee == NomineeRef(.person, khoa.id) }.count, 0)
        XCTAssertEqual(after.allAwards().filter { $0.value.nominee == NomineeRef(.person, twin.id) }.count, awards.count)
        let kept = try XCTUnwrap(after.people[twin.id]?.value)
        XCTAssertEqual(kept.rating(in: 2010), .excellent)
        for r in khoa.ratings where r.year != 2010 { XCTAssertEqual(kept.rating(in: r.year), r.rating) }
        XCTAssertEqual(kept.initiatives.count, khoa.initiatives.count)
        // The duplicate stays on file, marked, and leaves the lists.
        let gone = try XCTUnwrap(after.people[khoa.id]?.value)
        XCTAssertEqual(gone.mergedInto, twin.id)
        XCTAssertEqual(gone.removedOn, CivilDate(2026, 3, 1))
        XCTAssertFalse(after.peopleSorted.contains { $0.id == khoa.id })
        XCTAssertFalse(after.people(of: khoa.unitId).contains { $0.id == khoa.id })
        XCTAssertThrowsError(try after.mergePerson(khoa.id, into: twin.id, on: CivilDate(2026, 3, 2)))
        XCTAssertThrowsError(try after.mergePerson(twin.id, into: twin.id, on: CivilDate(2026, 3, 2)))
    }

    func testMergingMovesProposalsRegistrationsExamplesAndDecisionsToTheKeptPerson() throws {
        let (root, ws) = try demo()
        let khoaRef = NomineeRef(.person, "nguyen-van-khoa")
        let twin = Person(id: "khoa-nhap-lai", name: "Nguyễn Văn Khoa", unitId: "tn-snv", birthYear: 1980)
        try ws.savePerson(twin, basedOn: nil)
        let twinRef = NomineeRef(.person, twin.id)
        // A proposal of the duplicate, moved along the workflow so it has a history.
        let book = ProposalBook(workspace: ws)
        let made = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: khoaRef, awardCode: "BK_TINH", achievement: "Số hóa hồ sơ",
                                                             dossier: Dictionary(uniqueKeysWithValues: AwardType.DossierItem.allCases.map { ($0, true) })),
                                               in: book, actor: "khoa")
        let proposalId = made.proposal.value.id
        if made.report.status != .met {
            try ProposalWorkflow.overrideEligibility([proposalId], reason: "Hồ sơ giấy đã đủ", actor: "khoa", in: book)
        }
        try ProposalWorkflow.move([proposalId], to: .submitted, actor: "khoa", in: book)
        let historyBefore = try book.proposal(proposalId).value.history
        // Both registered for the same title: after the merge the entry is there once.
        try ws.register(unitId: "tn-snv", campaignId: "nong-thon-moi", year: 2025, nominee: khoaRef, awardCode: "CSTDCS")
        try ws.register(unitId: "tn-snv", campaignId: "nong-thon-moi", year: 2025, nominee: twinRef, awardCode: "CSTDCS")
        try ws.saveModelExample(ModelExample(id: "guong-khoa", campaignId: "nong-thon-moi", year: 2025, kind: .person,
                                             name: "Nguyễn Văn Khoa", nominee: khoaRef, description: "Số hóa hồ sơ"), basedOn: nil)

        // The kept record has its own proposal for the same award and year: the clash is named before the merge.
        let twins = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: twinRef, awardCode: "BK_TINH", achievement: "Nhập lại",
                                                              dossier: [.submission: true]), in: book, actor: "khoa")
        let clashes = ws.proposalsClashingOnMerge(khoaRef.id, into: twin.id)
        XCTAssertEqual(clashes.map(\.duplicate), [proposalId])
        XCTAssertEqual(clashes.map(\.kept), [twins.proposal.value.id])
        XCTAssertEqual(ws.proposalsClashingOnMerge(twin.id, into: "tran-thi-lan").count, 0)

        try ws.mergePerson(khoaRef.id, into: twin.id, on: CivilDate(2026, 3, 1))

        let after = try Workspace(root: root, user: "khoa")
        let moved = try ProposalBook(workspace: after).proposal(proposalId).value
        XCTAssertEqual(moved.nominee, twinRef)
        XCTAssertEqual(moved.state, .submitted, "the proposal stays where it was in the workflow")
        XCTAssertEqual(moved.history.map { "\($0.from)>\($0.to) \($0.by)" }, historyBefore.map { "\($0.from)>\($0.to) \($0.by)" }, "its history is kept")
        let reg = try XCTUnwrap(after.registration(year: 2025, campaignId: "nong-thon-moi", unitId: "tn-snv")?.value)
        XCTAssertEqual(reg.entries.filter { $0.awardCode == "CSTDCS" }.map(\.nominee), [twinRef])
        XCTAssertEqual(after.modelExamples(year: 2025).first { $0.id == "guong-khoa" }?.nominee, twinRef)
        XCTAssertFalse(after.allAwards().contains { $0.value.nominee == khoaRef })
        // The audit log names the merge for every record moved.
        let audit = try String(contentsOfFile: root + "/audit.log", encoding: .utf8)
        XCTAssertTrue(audit.contains("person.merge"))
        XCTAssertTrue(audit.contains(proposalId))
    }

    func testRemovingAPersonKeepsTheirAwardsAndTheFile() throws {
        let (root, ws) = try demo()
        let khoa = try XCTUnwrap(ws.people.values.map(\.value).first { $0.name == "Nguyễn Văn Khoa" })
        let awards = ws.allAwards().filter { $0.value.nominee == NomineeRef(.person, khoa.id) }.count
        try ws.removePerson(khoa.id, on: CivilDate(2026, 3, 1))
        let after = try Workspace(root: root, user: "khoa")
        XCTAssertEqual(after.people[khoa.id]?.value.removedOn, CivilDate(2026, 3, 1))
        XCTAssertFalse(after.peopleSorted.contains { $0.id == khoa.id })
        XCTAssertEqual(after.allAwards().filter { $0.value.nominee == NomineeRef(.person, khoa.id) }.count, awards)
        XCTAssertEqual(after.name(of: NomineeRef(.person, khoa.id)), "Nguyễn Văn Khoa", "the history still names him")
        // A viewer may not remove anyone.
        let viewer = try Workspace(root: root, user: "xem")
        let other = try XCTUnwrap(viewer.peopleSorted.first)
        XCTAssertThrowsError(try viewer.removePerson(other.id, on: CivilDate(2026, 3, 1)))
    }
}
