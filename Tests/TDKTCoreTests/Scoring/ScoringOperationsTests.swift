import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Scoring rounds in the store: persistence, permissions, visibility, conflicts, proposals.
final class ScoringOperationsTests: XCTestCase {
    let cluster = DemoData.scoringClusterId
    let year = DemoData.scoringYear

    /// A demo data directory with a second reviewer (tn-sxd) added; returns its root.
    func demoRoot() throws -> String {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        let admin = try Workspace(root: root, user: "admin")
        try admin.setRole(RoleAssignment(role: .reviewer, unitId: "tn-sxd", clusterIds: [cluster]), for: "chamsxd")
        return root
    }

    /// tn-stc's sheet for `ratee`: every criterion at `share` of its maximum, on the step.
    func stcSheet(_ ratee: String, _ table: CriteriaTable, share: Int = 90) -> CrossScoreSheet {
        var cells: [String: Int] = [:]
        for c in table.criteria { cells[c.id] = c.maximum * share / 100 / c.step * c.step }
        return CrossScoreSheet(raterId: "tn-stc", rateeId: ratee, cells: cells)
    }

    func testDemoRoundRoundTripsThroughTheStore() throws {
        let root = try demoRoot()
        let ws = try Workspace(root: root, user: "admin")
        let stored = try ws.loadScoringRound(clusterId: cluster, year: year)
        XCTAssertEqual(stored.value, DemoData.scoringRound(), "what is read is what the demo built")
        XCTAssertEqual(stored.value.relativePath, "scoring/2025/tn-khoi-kinh-te.json")
        XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/scoring/2025/tn-khoi-kinh-te.json"))
        XCTAssertEqual(stored.value.state, .open)
        XCTAssertEqual(stored.value.configuration.table.maximumTotal, 1000, "100 points")
        XCTAssertEqual(stored.value.configuration.table.groups.count, 3)
        XCTAssertEqual(stored.value.crossSheets.filter { $0.raterId == "tn-stc" }.count, 0, "left for the reviewer")
        XCTAssertEqual(stored.value.crossSheets.count, 25)
        XCTAssertEqual(stored.value.selfSheets.count, 6)

        // A round opened, filled, closed and finalized reads back equal at every step.
        let members = ws.clusters["tn-khoi-van-hoa-xa-hoi"]!.value.memberIds
        var config = DemoData.scoringConfiguration()
        config.roundId = "vhxh-2025"; config.clusterId = "tn-khoi-van-hoa-xa-hoi"; config.members = members
        var s = try ws.openScoringRound(config)
        XCTAssertEqual(s.revision, 1)
        let t0 = Date(timeIntervalSince1970: 1_765_332_000.75)
        for ratee in members.dropFirst() {
            var sheet = stcSheet(ratee, config.table); sheet.raterId = members[0]
            s = try ws.saveCrossSheet(sheet, clusterId: config.clusterId, year: 2025, basedOn: s.revision, at: t0)
        }
        s = try ws.closeScoring(clusterId: config.clusterId, year: 2025, basedOn: s.revision, at: t0)
        s = try ws.finalizeScoring(clusterId: config.clusterId, year: 2025, basedOn: s.revision, at: t0)
        let back = try XCTUnwrap(try ws.store.read(ScoringRound.self, at: s.value.relativePath))
        XCTAssertEqual(back.value, s.value)
        XCTAssertEqual(back.revision, s.revision)
        XCTAssertEqual(back.value.state, .final)
        XCTAssertNotNil(back.value.finalResult)
        XCTAssertEqual(back.value.closedAt, Date(timeIntervalSince1970: 1_765_332_000), "times kept to the second")
        // A second round for the same cluster and year is a conflict, never an overwrite.
        XCTAssertThrowsError(try ws.openScoringRound(config)) { XCTAssertTrue($0 is StoreError, "\($0)") }
        XCTAssertEqual(DataCheck.run(ws).problems, [])
    }

    func testPermissions() throws {
        let root = try demoRoot()
        let reviewer = try Workspace(root: root, user: "chamdiem")
        let view = try reviewer.scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(view.viewerId, "tn-stc")
        XCTAssertEqual(view.ratees, ["tn-sct", "tn-skhcn", "tn-snnmt", "tn-sxd", "tn-vp-ubnd"])
        // Cannot cross-score its own unit (refused by the permission check before the engine).
        XCTAssertThrowsError(try reviewer.saveCrossSheet(CrossScoreSheet(raterId: "tn-stc", rateeId: "tn-stc"), clusterId: cluster,
                                                         year: year, basedOn: view.revision)) { XCTAssertTrue($0 is PermissionError, "\($0)") }
        // Cannot score as another unit.
        var asOther = stcSheet("tn-sct", view.table); asOther.raterId = "tn-sxd"
        XCTAssertThrowsError(try reviewer.saveCrossSheet(asOther, clusterId: cluster, year: year, basedOn: view.revision)) {
            XCTAssertTrue($0 is PermissionError, "\($0)")
        }
        // Cannot score or even open another cluster's round.
        XCTAssertThrowsError(try reviewer.saveCrossSheet(stcSheet("tn-syt", view.table), clusterId: "tn-khoi-van-hoa-xa-hoi",
                                                         year: year, basedOn: 1)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertThrowsError(try reviewer.scoringView(clusterId: "tn-khoi-van-hoa-xa-hoi", year: year)) { XCTAssertTrue($0 is PermissionError) }
        // Cannot self-score another unit, cannot close, cannot see the result before close.
        XCTAssertThrowsError(try reviewer.saveSelfSheet(SelfScoreSheet(unitId: "tn-sxd"), clusterId: cluster, year: year,
                                                        basedOn: view.revision)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertThrowsError(try reviewer.closeScoring(clusterId: cluster, year: year, basedOn: view.revision)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertThrowsError(try reviewer.scoringResult(clusterId: cluster, year: year)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertFalse(reviewer.may(.manageScoring(clusterId: cluster)))
        // A viewer saves nothing; a clerk manages rounds.
        let viewer = try Workspace(root: root, user: "xem")
        XCTAssertThrowsError(try viewer.saveCrossSheet(stcSheet("tn-sct", view.table), clusterId: cluster, year: year,
                                                       basedOn: view.revision)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertFalse(viewer.may(.manageScoring(clusterId: cluster)))
        XCTAssertNoThrow(try viewer.scoringProgress(clusterId: cluster, year: year))
        let clerk = try Workspace(root: root, user: "lan")
        XCTAssertTrue(clerk.may(.manageScoring(clusterId: cluster)))
        XCTAssertNoThrow(try clerk.scoringResult(clusterId: cluster, year: year), "the office sees the provisional result")
        // Nothing was written by the refusals.
        XCTAssertEqual(try reviewer.scoringView(clusterId: cluster, year: year).revision, view.revision)
    }

    func testReviewerSeesOnlyOwnSheetsUntilClose() throws {
        let root = try demoRoot()
        let reviewer = try Workspace(root: root, user: "chamdiem")
        var view = try reviewer.scoringView(clusterId: cluster, year: year)
        XCTAssertTrue(view.crossSheets.isEmpty, "no sheet of its own yet, and none of the others'")
        XCTAssertEqual(view.selfSheets.map(\.unitId), ["tn-stc"])
        XCTAssertEqual(view.progress.count(rater: "tn-stc").complete, 0)
        XCTAssertEqual(view.progress.cell(rater: "tn-sxd", unit: "tn-sct"), .complete, "progress shows who scored whom")
        var revision = view.revision
        for ratee in view.ratees {
            revision = try reviewer.saveCrossSheet(stcSheet(ratee, view.table), clusterId: cluster, year: year, basedOn: revision).revision
        }
        view = try reviewer.scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(view.crossSheets.count, 5)
        XCTAssertTrue(view.crossSheets.allSatisfy { $0.raterId == "tn-stc" })
        XCTAssertEqual(view.progress.completeCount, 30)
        XCTAssertEqual(view.ownSheet(for: "tn-sxd").total(in: view.table), 900)
        // A partial sheet is shown as partial, never as zero.
        var partial = stcSheet("tn-sct", view.table); partial.cells["III.2"] = nil
        revision = try reviewer.saveCrossSheet(partial, clusterId: cluster, year: year, basedOn: view.revision, reason: "sửa").revision
        view = try reviewer.scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(view.progress.cell(rater: "tn-stc", unit: "tn-sct"), .partial(filled: 8, of: 9))

        let clerk = try Workspace(root: root, user: "lan")
        try clerk.closeScoring(clusterId: cluster, year: year, basedOn: revision)
        view = try reviewer.scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(view.crossSheets.count, 30, "every sheet visible after close")
        XCTAssertNoThrow(try reviewer.scoringResult(clusterId: cluster, year: year))
        XCTAssertThrowsError(try reviewer.saveCrossSheet(stcSheet("tn-sct", view.table), clusterId: cluster, year: year,
                                                         basedOn: view.revision)) { XCTAssertTrue($0 is ScoringError) }
    }

    func testStaleRevisionIsAConflictAndNothingIsLost() throws {
        let root = try demoRoot()
        let a = try Workspace(root: root, user: "chamdiem"), b = try Workspace(root: root, user: "chamsxd")
        let viewA = try a.scoringView(clusterId: cluster, year: year)
        let viewB = try b.scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(viewA.revision, viewB.revision)
        try a.saveCrossSheet(stcSheet("tn-sct", viewA.table), clusterId: cluster, year: year, basedOn: viewA.revision)
        var changed = viewB.ownSheet(for: "tn-sct"); changed.cells["I.1"] = 200
        XCTAssertThrowsError(try b.saveCrossSheet(changed, clusterId: cluster, year: year, basedOn: viewB.revision)) { e in
            guard case .conflict? = e as? StoreError else { return XCTFail("\(e)") }
        }
        let admin = try Workspace(root: root, user: "admin")
        var round = try admin.loadScoringRound(clusterId: cluster, year: year).value
        XCTAssertNotNil(round.crossSheet(rater: "tn-stc", ratee: "tn-sct"), "the first save is kept")
        XCTAssertEqual(round.crossSheet(rater: "tn-sxd", ratee: "tn-sct"), viewB.ownSheet(for: "tn-sct"), "the stale save wrote nothing")
        XCTAssertNotEqual(viewB.ownSheet(for: "tn-sct").cells["I.1"], 200)
        // Reloaded, the second reviewer's save goes through and both are there.
        let fresh = try b.scoringView(clusterId: cluster, year: year)
        try b.saveCrossSheet(changed, clusterId: cluster, year: year, basedOn: fresh.revision, reason: "chấm lại")
        round = try admin.loadScoringRound(clusterId: cluster, year: year).value
        XCTAssertNotNil(round.crossSheet(rater: "tn-stc", ratee: "tn-sct"))
        XCTAssertEqual(round.crossSheet(rater: "tn-sxd", ratee: "tn-sct")?.cells["I.1"], 200)
        XCTAssertEqual(round.revisionLog.last?.by, "chamsxd")
        XCTAssertEqual(round.revisionLog.last?.reason, "chấm lại")
    }

    func testSavingOwnSheetAfterOthersSavedAndParsingCells() throws {
        let root = try demoRoot()
        let a = try Workspace(root: root, user: "chamdiem"), b = try Workspace(root: root, user: "chamsxd")
        let viewA = try a.scoringView(clusterId: cluster, year: year)
        let viewB = try b.scoringView(clusterId: cluster, year: year)
        try a.saveCrossSheet(stcSheet("tn-sct", viewA.table), clusterId: cluster, year: year, basedOn: viewA.revision)
        // B's own sheet did not change meanwhile: its save goes through on the new revision.
        let started = viewB.crossSheets.first { $0.rateeId == "tn-sct" }
        var mine = viewB.ownSheet(for: "tn-sct"); mine.cells["I.1"] = 200
        let saved = try b.saveOwnCrossSheet(mine, clusterId: cluster, year: year, startedFrom: started)
        XCTAssertEqual(saved.revision, viewA.revision + 2)
        XCTAssertNotNil(saved.value.crossSheet(rater: "tn-stc", ratee: "tn-sct"), "A's save is kept")
        // Started from a sheet that has changed since: a conflict.
        mine.cells["I.1"] = 190
        XCTAssertThrowsError(try b.saveOwnCrossSheet(mine, clusterId: cluster, year: year, startedFrom: started)) { e in
            guard case .conflict? = e as? StoreError else { return XCTFail("\(e)") }
        }
        XCTAssertEqual(try a.loadScoringRound(clusterId: cluster, year: year).value.crossSheet(rater: "tn-sxd", ratee: "tn-sct")?.cells["I.1"], 200)

        XCTAssertEqual(try viewA.parseCell("7,5", criterionId: "I.2"), 75)
        XCTAssertEqual(try viewA.parseCell("7.5", criterionId: "I.2"), 75)
        XCTAssertNil(try viewA.parseCell(" ", criterionId: "I.2"), "empty is not zero")
        XCTAssertThrowsError(try viewA.parseCell("7,3", criterionId: "I.2")) { e in
            XCTAssertTrue((e as? ScoringError)?.message().contains("Cải cách hành chính") == true, "\(e)")
        }
        XCTAssertThrowsError(try viewA.parseCell("11", criterionId: "I.2"))
        XCTAssertThrowsError(try viewA.parseCell("7,5", criterionId: "II.3"), "step 1")
        XCTAssertThrowsError(try viewA.parseCell("abc", criterionId: "I.2"))
    }

    func testDemoResultAndProposalsAsDrafts() throws {
        let root = try demoRoot()
        let clerk = try Workspace(root: root, user: "lan")
        let result = try clerk.scoringResult(clusterId: cluster, year: year)
        XCTAssertEqual(result.ranking, ["tn-sxd", "tn-stc", "tn-vp-ubnd", "tn-skhcn", "tn-snnmt", "tn-sct"])
        XCTAssertEqual(result.incompleteRaters["tn-stc"]?.count, 5)
        XCTAssertEqual(result.unit("tn-stc")?.sheets.count, 5)
        XCTAssertEqual(result.unit("tn-stc")?.sheets.filter { $0.dropped != nil }.count, 2, "5 sheets: highest and lowest dropped")
        XCTAssertEqual(result.unit("tn-sxd")?.bonusApplied, 15)
        XCTAssertEqual(result.unit("tn-sct")?.penalty, 5)
        XCTAssertTrue(result.agreement.caution)
        XCTAssertTrue(result.units.allSatisfy { !$0.isProvisional })

        // Proposals only once cross-scoring is closed.
        XCTAssertThrowsError(try clerk.proposeFromScoring(clusterId: cluster, year: year, ballot: nil)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "state")
        }
        let view = try clerk.scoringView(clusterId: cluster, year: year)
        try clerk.closeScoring(clusterId: cluster, year: year, basedOn: view.revision)
        let outcome = try clerk.proposeFromScoring(clusterId: cluster, year: year,
                                                   ballot: BallotResult(unitId: "tn-sxd", votesFor: 5, votesAgainst: 1, members: 6))
        XCTAssertEqual(outcome.proposals.map(\.value.nominee.id), ["tn-sxd", "tn-stc", "tn-vp-ubnd"])
        XCTAssertEqual(outcome.proposals.map(\.value.awardCode), ["CO_TINH", "BK_TINH", "BK_TINH"])
        for p in outcome.proposals.map(\.value) {
            XCTAssertEqual(p.state, .draft)
            XCTAssertEqual(p.kind, .regular)
            XCTAssertEqual(p.clusterId, cluster)
            XCTAssertEqual(p.year, 2025)
            XCTAssertEqual(p.nominee.kind, .unit)
        }
        let leader = outcome.proposals[0].value
        XCTAssertTrue(leader.achievement.contains("xếp hạng 1/6"), leader.achievement)
        XCTAssertTrue(leader.achievement.contains("95 điểm"), leader.achievement)
        XCTAssertEqual(leader.needsCouncilReview, outcome.drafts[0].needsCouncilReview)
        // The round's proposals (the demo's own 2025 samples have no cluster).
        let saved = clerk.store.loadAll(Proposal.self, year: 2025)
        XCTAssertEqual(saved.problems, [])
        XCTAssertEqual(Set(saved.values.filter { $0.clusterId != nil }.map(\.id)), Set(outcome.proposals.map(\.value.id)))
        // A second run refuses the whole batch: nothing is proposed twice.
        XCTAssertThrowsError(try clerk.proposeFromScoring(clusterId: cluster, year: year, ballot: nil))
        XCTAssertEqual(clerk.store.loadAll(Proposal.self, year: 2025).values.filter { $0.clusterId != nil }.count, outcome.proposals.count)
        // A reviewer proposes nothing.
        let reviewer = try Workspace(root: root, user: "chamdiem")
        XCTAssertThrowsError(try reviewer.proposeFromScoring(clusterId: cluster, year: year, ballot: nil)) { XCTAssertTrue($0 is PermissionError) }
    }

    func testExchangeChecksTheRaterAndReportsConflicts() throws {
        let root = try demoRoot()
        let reviewer = try Workspace(root: root, user: "chamdiem")
        XCTAssertThrowsError(try reviewer.exportScoreSheets(clusterId: cluster, year: year, raterId: "tn-sxd")) {
            XCTAssertTrue($0 is PermissionError, "\($0)")
        }
        let blank = try reviewer.exportScoreSheets(clusterId: cluster, year: year, raterId: "tn-stc")
        var file = try SheetExchange.decode(blank)
        XCTAssertEqual(file.sheets.map(\.rateeId), ["tn-sct", "tn-skhcn", "tn-snnmt", "tn-sxd", "tn-vp-ubnd"])
        let table = DemoData.scoringTable()
        for i in file.sheets.indices {
            file.sheets[i].cells = stcSheet(file.sheets[i].rateeId, table).cells.mapValues { Optional(PointsValue(ticks: $0, decimals: table.decimals)) }
        }
        let filled = try JSONEncoder().encode(file)
        let (report, saved) = try reviewer.importScoreSheets(filled)
        XCTAssertEqual(report.saved.count, 5)
        XCTAssertNotNil(saved)
        // The same file again: unchanged; a changed value: a conflict, not overwritten.
        XCTAssertEqual(try reviewer.importScoreSheets(filled).report.unchanged.count, 5)
        file.sheets[0].cells["I.1"] = PointsValue(ticks: 100, decimals: table.decimals)
        let (second, none) = try reviewer.importScoreSheets(try JSONEncoder().encode(file))
        XCTAssertNil(none)
        XCTAssertEqual(second.conflicts.map(\.rateeId), ["tn-sct"])
        XCTAssertEqual(second.conflicts.first?.differingCriteria, ["I.1"])
        let admin = try Workspace(root: root, user: "admin")
        XCTAssertEqual(try admin.loadScoringRound(clusterId: cluster, year: year).value.crossSheet(rater: "tn-stc", ratee: "tn-sct")?.cells["I.1"], 180)
        // Another login cannot import tn-stc's file.
        let other = try Workspace(root: root, user: "chamsxd")
        XCTAssertThrowsError(try other.importScoreSheets(filled)) { XCTAssertTrue($0 is PermissionError) }
    }

    func testCheckReportsScoringProblems() throws {
        let root = try demoRoot()
        let path = root + "/scoring/2025/tn-khoi-kinh-te.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Moved to the wrong file and naming an unknown cluster.
        try FileManager.default.createDirectory(atPath: root + "/scoring/2024", withIntermediateDirectories: true)
        try text.replacingOccurrences(of: "\"clusterId\" : \"tn-khoi-kinh-te\"", with: "\"clusterId\" : \"khoi-khong-co\"")
            .write(toFile: root + "/scoring/2024/x.json", atomically: true, encoding: .utf8)
        let ws = try Workspace(root: root, user: "admin")
        var problems = DataCheck.run(ws).problems
        XCTAssertTrue(problems.contains { $0.contains("scoring/2024/x.json") && $0.contains("khoi-khong-co") && $0.contains("không tồn tại") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("scoring/2024/x.json") && $0.contains("scoring/2025/khoi-khong-co.json") }, "\(problems)")
        // A value above the maximum is refused with the file named.
        try FileManager.default.removeItem(atPath: root + "/scoring/2024/x.json")
        try text.replacingOccurrences(of: "\"I.1\" : 185", with: "\"I.1\" : 999").write(toFile: path, atomically: true, encoding: .utf8)
        problems = DataCheck.run(try Workspace(root: root, user: "admin")).problems
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems[0].contains("scoring/2025/tn-khoi-kinh-te.json"), problems[0])
        XCTAssertTrue(problems[0].contains("vượt quá điểm tối đa"), problems[0])
    }

    func testManageScoringPermission() {
        let p = Permission.manageScoring(clusterId: "k")
        XCTAssertNoThrow(try Permissions.authorize(p, login: "a", assignment: RoleAssignment(role: .administrator)))
        XCTAssertNoThrow(try Permissions.authorize(p, login: "c", assignment: RoleAssignment(role: .clerk, unitId: "u")))
        XCTAssertThrowsError(try Permissions.authorize(p, login: "r", assignment: RoleAssignment(role: .reviewer, unitId: "u", clusterIds: ["k"])))
        XCTAssertThrowsError(try Permissions.authorize(p, login: "v", assignment: RoleAssignment(role: .viewer)))
        XCTAssertThrowsError(try Permissions.authorize(p, login: "x", assignment: nil))
    }
}
