import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit

/// Creating, editing and retiring a cluster as the form does: ids from the name, members taken off kept as
/// former members, a year's roles checked, retiring refused twice or over a later round, and who may do it.
final class ClusterEditingTests: XCTestCase {
    func demo(_ user: String = "admin") throws -> (String, Workspace) {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        return (root, try Workspace(root: root, user: user))
    }

    func testCreateMakesTheIdFromTheNameAndKeepsTheYear() throws {
        let (_, ws) = try demo()
        let units = Array(ws.units.keys.sorted().prefix(3))
        let edit = Workspace.ClusterEdit(name: "Cụm thi đua Thử nghiệm", kind: .cluster, organiser: "UBND tỉnh", memberIds: units,
                                         year: 2025, leaderId: units[0], deputyId: units[1], agreementReference: "  Giao ước số 01/GƯ  ")
        let saved = try ws.saveCluster(edit, clusterId: nil, basedOn: nil)
        XCTAssertEqual(saved.value.id, "cum-thi-dua-thu-nghiem")
        XCTAssertEqual(saved.value.memberIds, units)
        XCTAssertEqual(saved.value.year(2025)?.leaderId, units[0])
        XCTAssertEqual(saved.value.year(2025)?.deputyId, units[1])
        XCTAssertEqual(saved.value.year(2025)?.agreementReference, "Giao ước số 01/GƯ")
        let again = try ws.saveCluster(edit, clusterId: nil, basedOn: nil)
        XCTAssertEqual(again.value.id, "cum-thi-dua-thu-nghiem-2")
    }

    func testMembersTakenOffStayAsFormerMembersSoPastLeadersRemainValid() throws {
        let (_, ws) = try demo()
        let units = Array(ws.units.keys.sorted().prefix(4))
        let first = try ws.saveCluster(.init(name: "Khối A", kind: .block, organiser: "UBND", memberIds: units, year: 2024,
                                             leaderId: units[0], deputyId: nil, agreementReference: nil), clusterId: nil, basedOn: nil)
        let edited = try ws.saveCluster(.init(name: "Khối A mới", kind: .cluster, organiser: "UBND", memberIds: Array(units.dropFirst()),
                                              year: 2025, leaderId: units[1], deputyId: units[2], agreementReference: nil),
                                        clusterId: first.value.id, basedOn: first.revision)
        XCTAssertEqual(edited.value.name, "Khối A mới")
        XCTAssertEqual(edited.value.kind, .cluster)
        XCTAssertEqual(edited.value.formerMemberIds, [units[0]])
        XCTAssertEqual(edited.value.year(2024)?.leaderId, units[0])
        // Put back: no longer a former member.
        let back = try ws.saveCluster(.init(name: "Khối A mới", kind: .cluster, organiser: "UBND", memberIds: units, year: 2025,
                                            leaderId: units[1], deputyId: units[2], agreementReference: nil),
                                      clusterId: first.value.id, basedOn: edited.revision)
        XCTAssertEqual(back.value.formerMemberIds, [])
        // A leader who is not a member is refused; a stale revision too.
        XCTAssertThrowsError(try ws.saveCluster(.init(name: "Khối A", kind: .block, organiser: "UBND", memberIds: [units[1]], year: 2026,
                                                      leaderId: units[3], deputyId: nil, agreementReference: nil),
                                                clusterId: first.value.id, basedOn: back.revision))
        XCTAssertThrowsError(try ws.saveCluster(.init(name: "Khối A", kind: .block, organiser: "UBND", memberIds: units, year: 2026,
                                                      leaderId: nil, deputyId: nil, agreementReference: nil),
                                                clusterId: first.value.id, basedOn: first.revision))
    }

    func testRetireOnceAndNotOverALaterRound() throws {
        let (_, ws) = try demo()
        let c = try XCTUnwrap(ws.clusters[DemoData.scoringClusterId])
        XCTAssertTrue(ws.hasScoringRound(clusterId: c.value.id, year: DemoData.scoringYear))
        XCTAssertThrowsError(try ws.retireCluster(c.value.id, after: DemoData.scoringYear - 1, basedOn: c.revision)) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "retiredAfter")
        }
        let retired = try ws.retireCluster(c.value.id, after: DemoData.scoringYear, basedOn: c.revision)
        XCTAssertEqual(retired.value.retiredAfter, DemoData.scoringYear)
        XCTAssertThrowsError(try ws.retireCluster(c.value.id, after: DemoData.scoringYear + 1, basedOn: retired.revision))
        XCTAssertThrowsError(try ws.saveCluster(.init(name: c.value.name, kind: c.value.kind, organiser: c.value.organiser,
                                                      memberIds: c.value.memberIds, year: DemoData.scoringYear + 1,
                                                      leaderId: nil, deputyId: nil, agreementReference: nil),
                                                clusterId: c.value.id, basedOn: retired.revision))
    }

    func testOnlyThoseWhoEditClustersMayCreateOrRetire() throws {
        let (root, admin) = try demo()
        try admin.setRole(RoleAssignment(role: .reviewer, unitId: "tn-sxd", clusterIds: [DemoData.scoringClusterId]), for: "chamsxd")
        let reader = try Workspace(root: root, user: "chamsxd")
        let c = try XCTUnwrap(reader.clusters[DemoData.scoringClusterId])
        XCTAssertThrowsError(try reader.saveCluster(.init(name: "X", kind: .cluster, organiser: "Y", memberIds: [], year: 2025,
                                                          leaderId: nil, deputyId: nil, agreementReference: nil), clusterId: nil, basedOn: nil))
        XCTAssertThrowsError(try reader.retireCluster(c.value.id, after: 2030, basedOn: c.revision))
        XCTAssertNil(try Workspace(root: root, user: "admin").clusters[DemoData.scoringClusterId]?.value.retiredAfter)
    }
}
