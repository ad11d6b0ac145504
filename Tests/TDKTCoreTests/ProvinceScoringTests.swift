import XCTest
@testable import TDKTCore
import TDKTTestKit

/// The generated province's scoring rounds (`ProvinceScoring`, `tdkt-bench --add-scoring`): valid, open for
/// the benchmark's rater, and added without changing any record the generator wrote.
final class ProvinceScoringTests: XCTestCase {
    static func smallProvince(_ root: String) throws {
        var g = ProvinceGenerator(seed: 42, scale: 1)
        g.years = 2
        g.peoplePerScale = 200
        g.awardsPerYearPerScale = 50
        _ = try g.write(to: root, user: "bench")
    }

    /// Every file of the directory, by path under the root.
    static func files(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: root)
        while let path = e?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            out[path] = FileManager.default.contents(atPath: root + "/" + path)
        }
        return out
    }

    func testRoundsAddNoChangeToTheGeneratorsRecords() throws {
        let plain = temporaryDirectory(), scored = temporaryDirectory()
        try Self.smallProvince(plain)
        try Self.smallProvince(scored)
        let f = try ProvinceScoring(seed: 42).add(to: scored, admin: "bench")
        XCTAssertEqual(f.rounds, 83)
        let before = Self.files(plain), after = Self.files(scored)
        for (path, data) in before where path != OfficeConfig.fileName {
            XCTAssertEqual(after[path], data, "\(path) changed")
        }
        // New files: the rounds, and what the store keeps beside every save (its journal, audit log, lock).
        let added = Set(after.keys).subtracting(before.keys)
        XCTAssertEqual(added.filter { $0.hasPrefix("scoring/") }.count, 83)
        XCTAssertTrue(added.filter { !$0.hasPrefix("scoring/") }.isSubset(of: ["audit.log", ".lock"]), "\(added.filter { !$0.hasPrefix("scoring/") })")
        let config = try JSONCoding.decode(OfficeConfig.self, from: after[OfficeConfig.fileName]!, path: OfficeConfig.fileName)
        XCTAssertEqual(config.roles["bench"]?.role, .administrator)
        XCTAssertEqual(config.roles[ProvinceScoring.raterLogin], RoleAssignment(role: .reviewer, unitId: f.raterUnit, clusterIds: [f.largestCluster]))
        XCTAssertEqual(DataCheck.run(try Workspace(root: scored, user: "bench")).problems, [])
    }

    func testTheRaterFindsTheLargestClustersRoundOpenAndPartlyScored() throws {
        let root = temporaryDirectory()
        try Self.smallProvince(root)
        var scoring = ProvinceScoring(seed: 7)
        scoring.largestOnly = true
        let f = try scoring.add(to: root, admin: "bench")
        XCTAssertEqual(f.year, 2017)
        XCTAssertEqual(f.largestCluster, "k0")
        XCTAssertEqual(f.members, 14, "1,100 units in 83 clusters: the first 21 have 14")

        let ws = try Workspace(root: root, user: ProvinceScoring.raterLogin)
        XCTAssertEqual(ws.scoringRounds().map(\.clusterId), ["k0"])
        let view = try ws.scoringView(clusterId: "k0", year: 2017)
        XCTAssertEqual(view.state, .open)
        XCTAssertEqual(view.viewerId, f.raterUnit)
        XCTAssertEqual(view.ratees.count, 13)
        XCTAssertEqual(view.table.groups.count, 6)
        XCTAssertEqual(view.table.criteria.count, 32)
        XCTAssertEqual(view.table.maximumTotal, 1_000, "100 points in tenths")
        XCTAssertEqual(view.selfSheets.map(\.unitId), [f.raterUnit], "its own self sheet only, until close")
        // A third of its sheets saved, the last of them half done; the rest of the grid empty.
        let own = view.crossSheets.filter { $0.raterId == f.raterUnit }
        XCTAssertEqual(own.count, 13 / 3 + 1)
        XCTAssertEqual(own.filter { $0.cells.count == 32 }.count, 13 / 3)
        XCTAssertTrue(ws.scoringActions(for: view, clusterId: "k0", year: 2017).crossScore)
        XCTAssertGreaterThan(view.progress.completeCount, own.count, "other raters have scored too")
        XCTAssertEqual(DataCheck.run(try Workspace(root: root, user: "bench")).problems, [])

        // A second time: refused before anything is written.
        let config = try Data(contentsOf: URL(fileURLWithPath: root + "/" + OfficeConfig.fileName))
        XCTAssertThrowsError(try scoring.add(to: root, admin: "bench")) { XCTAssertTrue($0 is ProvinceScoring.AlreadyScored, "\($0)") }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: root + "/" + OfficeConfig.fileName)), config)
    }
}
