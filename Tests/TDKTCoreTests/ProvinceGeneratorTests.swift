import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ProvinceGeneratorTests: XCTestCase {
    func testSameSeedSameFilesAndTheResultPassesCheck() throws {
        var small = ProvinceGenerator(seed: 42, scale: 1)
        small.years = 2
        small.peoplePerScale = 1_500
        small.awardsPerYearPerScale = 500
        let a = temporaryDirectory(), b = temporaryDirectory()
        let fa = try small.write(to: a), fb = try small.write(to: b)
        XCTAssertEqual(fa.files, fb.files)
        XCTAssertEqual(fa.bytes, fb.bytes)
        XCTAssertEqual(fa.units, 1_101)
        XCTAssertEqual(fa.clusters, 83)
        XCTAssertEqual(fa.people, 1_500)
        XCTAssertEqual(fa.awards, 1_000)
        XCTAssertEqual(try String(contentsOfFile: a + "/people/p77.json", encoding: .utf8),
                       try String(contentsOfFile: b + "/people/p77.json", encoding: .utf8))
        let ws = try Workspace(root: a, user: "bench")
        XCTAssertEqual(DataCheck.run(ws).problems, [])
        XCTAssertEqual(ws.clusters.values.map { $0.value.memberIds.count }.reduce(0, +), 1_100, "every unit is in one cluster")
    }

    /// A province of more years than the campaigns' five: every campaign ends after it starts, each
    /// generated year has campaigns running, and the whole passes `tdkt check`.
    func testCampaignsCoverEveryGeneratedYear() throws {
        let long = ProvinceGenerator.small(seed: 3, years: 20, people: 50, awardsPerYear: 5)
        let root = temporaryDirectory()
        _ = try long.write(to: root)
        let ws = try Workspace(root: root, user: "bench")
        let campaigns = ws.campaigns.values.map(\.value)
        for c in campaigns { XCTAssertNoThrow(try c.validate(), c.id) }
        for year in long.firstYear..<(long.firstYear + long.years) {
            XCTAssertTrue(campaigns.contains { $0.period.overlaps(year: year) }, "no campaign in \(year)")
        }
        XCTAssertEqual(DataCheck.run(ws).problems, [])
    }
}
