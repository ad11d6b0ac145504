import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit

/// The duplicate rule: a campaign of the same folded name, a person of the same folded name in the same unit.
final class DuplicateTests: XCTestCase {
    func testLikelyDuplicatesOfCampaignsAndPeople() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "khoa")
        let ws = try Workspace(root: root, user: "khoa")
        let existing = try XCTUnwrap(ws.campaigns.values.map(\.value).first)
        var twin = existing
        twin.id = "khac"
        twin.name = "  " + existing.name.uppercased().replacingOccurrences(of: " ", with: "  ") + " "
        XCTAssertEqual(ws.likelyDuplicates(of: twin).map(\.id), [existing.id])
        XCTAssertEqual(ws.likelyDuplicates(of: existing), [], "a campaign is not its own duplicate")
        twin.name = existing.name + " (đợt 2)"
        XCTAssertEqual(ws.likelyDuplicates(of: twin), [])

        let person = try XCTUnwrap(ws.people.values.map(\.value).first)
        let folded = SearchKey.fold(person.name)
        var namesake = Person(id: "moi", name: folded, unitId: person.unitId)
        XCTAssertEqual(ws.likelyDuplicates(of: namesake).map(\.id), [person.id], "no diacritics, same unit")
        let otherUnit = try XCTUnwrap(ws.units.values.map(\.value).first { $0.id != person.unitId })
        namesake.unitId = otherUnit.id
        XCTAssertEqual(ws.likelyDuplicates(of: namesake), [], "a namesake in another unit is not a duplicate")
    }
}
