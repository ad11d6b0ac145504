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
