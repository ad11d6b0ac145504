import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// A round run in the store: the flag from the closed round's rank, the leader running his own
/// round, the ballot kept and carried to the proposals, exchange files refused or replaced, and
/// every changed cell named in the audit log.
final class ScoringRoundWorkTests: XCTestCase {
    let cluster = DemoData.scoringClusterId
    let year = DemoData.scoringYear

    func demoRoot() throws -> String {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        let admin = try Workspace(root: root, user: "admin")
        try admin.setRole(RoleAssignment(role: .reviewer, unitId: "tn-sxd", clusterIds: [cluster]), for: "chamsxd")
        return root
    }

    /// Fills tn-stc's missing sheets (every criterion at `share` of its maximum), as the administrator.
    func completeRound(_ ws: Workspace, share: Int = 90) throws {
        let table = DemoData.scoringTable()
        for u in ["tn-sct", "tn-skhcn", "tn-snnmt", "tn-sxd", "tn-vp-ubnd"] {
            var cells: [String: Int] = [:]
            for c in table.criteria { cells[c.id] = c.maximum * share / 100 / c.step * c.step }
            let rev = try ws.loadScoringRound(clusterId: cluster, year: year).revision
            try ws.saveCrossSheet(CrossScoreSheet(raterId: "tn-stc", rateeId: u, cells: cells), clusterId: cluster, year: year, basedOn: rev)
        }
    }

    func testProvincialFlagGoesToTheUnitRankedFirstNotToTheChair() throws {
        let root = try demoRoot()
        let admin = try Workspace(root: root, user: "admin")
        try completeRound(admin)
        let rev = try admin.loadScoringRound(clusterId: cluster, year: year).revision
        try admin.closeScoring(clusterId: cluster, year: year, basedOn: rev)
        let result = try admin.scoringResult(clusterId: cluster, year: year)
        let first = try XCTUnwrap(result.ranking.first)
        let history = try AwardHistory(workspace: admin)
        for u in result.units where u.rank != nil {
            let r = Eligibility.check(nominee: NomineeRef(.unit, u.unitId), award: "CO_TINH", year: year, in: history, on: checkDay)
            XCTAssertEqual(r.condition("cluster-leader")?.status, u.unitId == first ? .met : .notMet, "\(u.unitId): \(r.text(.vi))")
        }
        // Make the unit ranked second the chair: the chair is refused, the unit ranked first passes.
        var chaired = history
        let second = result.ranking[1]
        let i = chaired.clusters.firstIndex { $0.id == cluster }!
        let y = chaired.clusters[i].years.firstIndex { $0.year == year }!
        chaired.clusters[i].years[y].leaderId = second
        chaired.clusters[i].years[y].deputyId = nil
        XCTAssertEqual(Eligibility.check(nominee: NomineeRef(.unit, second), award: "CO_TINH", year: year, in: chaired, on: checkDay)
            .condition("cluster-leader")?.status, .notMet)
        XCTAssertEqual(Eligibility.check(nominee: NomineeRef(.unit, first), award: "CO_TINH", year: year, in: chaired, on: checkDay)
            .condition("cluster-leader")?.status, .met)
        let leader = Eligibility.check(nominee: NomineeRef(.unit, first), award: "CO_TINH", year: year, in: history, on: checkDay)
        XCTAssertTrue(leader.condition("cluster-leader")!.evidence[0].text.vi.contains("hạng 1/6"), leader.text(.vi))
        XCTAssertNotNil(leader.condition("lead-margin"))
    }

    func testCloseCallIsSentToTheCouncilWithTheFigures() throws {
        let ids = Fixture.unitIds(6)
        let table = Fixture.table()
        // U00 and U01 half a point apart; each unit's five sheets spread by ±3 points around it.
        let sheets = Fixture.roundRobin(members: ids, table: table) { r, u in
            let base = [300, 295, 250, 240, 230, 220][Int(u.dropFirst())!]
            let position = ids.filter { $0 != u }.firstIndex(of: r)!
            return base + [-30, 30, 0, -15, 15][position]
        }
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        for s in sheets { try round.saveCrossSheet(s, by: "x", at: Fixture.t0) }
        try round.closeScoring(at: Fixture.t0)
        let standing = try XCTUnwrap(ClusterStanding(round: round))
        let lead = try XCTUnwrap(standing.lead(of: "U00"))
        XCTAssertTrue(lead.isClose, "margin \(lead.margin.doubleValue) < spread \(lead.spread)")
        let units = ids.map { TDKTCore.Unit(id: $0, name: "Đơn vị \($0)", kind: .department, ratings: [YearRating(year: 2025, rating: .excellent)]) }
        let history = AwardHistory(catalogue: DefaultCatalogue.catalogue, units: units,
                                   clusters: [Cluster(id: "CUM1", name: "Cụm 1", kind: .cluster, organiser: "UBND tỉnh", memberIds: ids)],
                                   standings: [standing])
        let r = Eligibility.check(nominee: NomineeRef(.unit, "U00"), award: "CO_TINH", year: 2025, in: history, on: checkDay)
        XCTAssertEqual(r.condition("cluster-leader")?.status, .met)
        XCTAssertEqual(r.condition("lead-margin")?.status, .unknown, r.text(.vi))
        XCTAssertTrue(r.condition("lead-margin")!.detail!.vi.contains("cách hạng 2 (U01) 0,5 điểm"), r.text(.vi))
        XCTAssertTrue(r.condition("lead-margin")!.detail!.vi.contains("Hội đồng xem xét"), r.text(.vi))
    }

    func testLeaderClosesAndRecordsTheBallotWhereAllowedAndTheProposalCarriesIt() throws {
        let root = try demoRoot()
        let admin = try Workspace(root: root, user: "admin")
        try completeRound(admin)
        let leader = try Workspace(root: root, user: "chamsxd")   // tn-sxd chairs the block in 2025
        var rev = try leader.scoringView(clusterId: cluster, year: year).revision
        XCTAssertFalse(leader.mayRunRound(clusterId: cluster, year: year))
        XCTAssertThrowsError(try leader.closeScoring(clusterId: cluster, year: year, basedOn: rev)) { XCTAssertTrue($0 is PermissionError) }
        try admin.setClusterLeaderRunsRound(true)
        let allowed = try Workspace(root: root, user: "chamsxd")
        XCTAssertTrue(allowed.mayRunRound(clusterId: cluster, year: year))
        XCTAssertFalse(allowed.mayRunRound(clusterId: cluster, year: 2024), "the chair of 2025 runs 2025 only")
        rev = try allowed.closeScoring(clusterId: cluster, year: year, basedOn: rev).revision
        let first = try allowed.scoringResult(clusterId: cluster, year: year).ranking[0]
        XCTAssertThrowsError(try allowed.recordScoringBallot(BallotResult(unitId: first, votesFor: 5, votesAgainst: 1, members: 6),
                                                             documentReference: " ", clusterId: cluster, year: year, basedOn: rev))
        rev = try allowed.recordScoringBallot(BallotResult(unitId: first, votesFor: 5, votesAgainst: 1, members: 6),
                                              documentReference: "Biên bản số 12/BB-KTKT", clusterId: cluster, year: year, basedOn: rev).revision
        let stored = try admin.loadScoringRound(clusterId: cluster, year: year).value
        XCTAssertEqual(stored.ballot?.result.votesFor, 5)
        XCTAssertEqual(stored.ballot?.recordedBy, "chamsxd")
        // Another reviewer (not the chair) may not run the round.
        try admin.setRole(RoleAssignment(role: .reviewer, unitId: "tn-sct", clusterIds: [cluster]), for: "chamsct")
        XCTAssertFalse(try Workspace(root: root, user: "chamsct").mayRunRound(clusterId: cluster, year: year))
        // The clerk's proposals use the recorded ballot: no "ballot missing", the dossier has it.
        let clerk = try Workspace(root: root, user: "admin")
        let outcome = try clerk.proposeFromScoring(clusterId: cluster, year: year, ballot: nil)
        let flag = try XCTUnwrap(outcome.proposals.first { $0.value.awardCode == "CO_TINH" }?.value)
        XCTAssertEqual(flag.nominee.id, first)
        XCTAssertEqual(flag.dossier[.ballotResult], true)
        XCTAssertTrue(flag.achievement.contains("Biên bản số 12/BB-KTKT"), flag.achievement)
        XCTAssertFalse(outcome.drafts.first { $0.awardCode == "CO_TINH" }!.reviewReasons.contains(.ballotMissing))
        let award = try XCTUnwrap(DefaultCatalogue.catalogue.award("CO_TINH"))
        XCTAssertFalse(ProposalWorkflow.missingDossier(flag, award: award).contains(.ballotResult))
    }

    func testAuditLogNamesEveryChangedCell() throws {
        let root = try demoRoot()
        let admin = try Workspace(root: root, user: "admin")
        let table = DemoData.scoringTable()
        var cells: [String: Int] = [:]
        for c in table.criteria { cells[c.id] = c.maximum / 2 }
        var rev = try admin.loadScoringRound(clusterId: cluster, year: year).revision
        rev = try admin.saveCrossSheet(CrossScoreSheet(raterId: "tn-stc", rateeId: "tn-sct", cells: cells),
                                       clusterId: cluster, year: year, basedOn: rev).revision
        cells["I.1"] = 175; cells["II.3"] = 80
        _ = try admin.saveCrossSheet(CrossScoreSheet(raterId: "tn-stc", rateeId: "tn-sct", cells: cells),
                                     clusterId: cluster, year: year, basedOn: rev)
        let entries = try admin.auditEntries(record: "scoring/2025/tn-khoi-kinh-te.json").filter { $0.action == "scoring.sheet" }
        XCTAssertEqual(entries.count, 2)
        XCTAssertEqual(entries[0].changes?["cell tn-stc→tn-sct I.1"], "∅ → 10")
        XCTAssertEqual(entries[0].changes?.count, table.criteria.count)
        XCTAssertEqual(entries[1].changes, ["cell tn-stc→tn-sct I.1": "10 → 17,5", "cell tn-stc→tn-sct II.3": "5 → 8"])
        XCTAssertEqual(entries[1].user, "admin")
        XCTAssertFalse(entries[1].time.isEmpty)
    }

    // MARK: Exchange files

    func filled(_ ws: Workspace, rater: String = "tn-stc", edit: (inout SheetExchangeFile) -> Void = { _ in }) throws -> Data {
        var file = try SheetExchange.decode(try ws.exportScoreSheets(clusterId: cluster, year: year, raterId: rater))
        for i in file.sheets.indices { for k in file.sheets[i].cells.keys { file.sheets[i].cells[k] = PointsValue("5") } }
        edit(&file)
        return try SheetExchange.encode(file)
    }

    func testForgedAndTicksFilesRefusedEvenForTheAdministrator() throws {
        let root = try demoRoot()
        let admin = try Workspace(root: root, user: "admin")
        // A file from an outside rater (not a member of the block), forged from a member's blank.
        let forged = try filled(admin) { f in f.raterId = "tn-syt"; f.raterName = "Sở Y tế" }
        XCTAssertThrowsError(try admin.importScoreSheets(forged)) {
            XCTAssertEqual($0 as? ScoringError, .exchangeRaterNotMember(raterId: "tn-syt"), "\($0)")
        }
        // Filled against another table.
        let otherTable = try filled(admin) { f in f.tableHash = CriteriaTableHash.of(DemoData.scoringTable(year: 2024)) }
        XCTAssertThrowsError(try admin.importScoreSheets(otherTable)) {
            guard case .exchangeTableMismatch? = $0 as? ScoringError else { return XCTFail("\($0)") }
        }
        // The rater's name does not match the records.
        let renamed = try filled(admin) { f in f.raterName = "Sở Tài chính tỉnh khác" }
        XCTAssertThrowsError(try admin.importScoreSheets(renamed)) {
            guard case .exchangeNameMismatch? = $0 as? ScoringError else { return XCTFail("\($0)") }
        }
        // Tenths (ticks) written where points belong: 18 on a criterion of 10 points, 75 on one of 10…
        let ticks = try filled(admin) { f in
            for i in f.sheets.indices { for k in f.sheets[i].cells.keys { f.sheets[i].cells[k] = PointsValue(k == "I.1" ? "180" : "75") } }
        }
        XCTAssertThrowsError(try admin.importScoreSheets(ticks)) { e in
            guard case .exchangeValuesLookLikeTicks? = e as? ScoringError else { return XCTFail("\(e)") }
            XCTAssertTrue((e as! ScoringError).message(language: "vi").contains("phần mười"))
        }
        XCTAssertEqual(try admin.loadScoringRound(clusterId: cluster, year: year).value.crossSheets.filter { $0.raterId == "tn-stc" }, [])
    }

    func testReplaceSavesTheCorrectedFileAndKeepsTheOldValuesInTheLogs() throws {
        let root = try demoRoot()
        let reviewer = try Workspace(root: root, user: "chamdiem")   // tn-stc's reviewer
        let first = try filled(reviewer)
        XCTAssertEqual(try reviewer.importScoreSheets(first).report.saved.count, 5)
        let corrected = try filled(reviewer) { f in f.sheets[0].cells["I.1"] = PointsValue("17.5") }
        let (conflict, none) = try reviewer.importScoreSheets(corrected)
        XCTAssertNil(none)
        XCTAssertEqual(conflict.conflicts.map(\.rateeId), ["tn-sct"])
        let (report, saved) = try reviewer.importScoreSheets(corrected, replace: true)
        XCTAssertEqual(report.replaced, ["tn-sct"])
        XCTAssertEqual(saved?.value.crossSheet(rater: "tn-stc", ratee: "tn-sct")?.cells["I.1"], 175)
        let log = try XCTUnwrap(saved?.value.revisionLog.last)
        XCTAssertEqual(log.oldValue, 50); XCTAssertEqual(log.newValue, 175); XCTAssertEqual(log.reason, "import --replace")
        let admin = try Workspace(root: root, user: "admin")
        let audit = try admin.auditEntries(record: "scoring/2025").last!
        XCTAssertEqual(audit.action, "scoring.import-replace")
        XCTAssertEqual(audit.changes, ["cell tn-stc→tn-sct I.1": "5 → 17,5"])
    }

    func testTargetCriterionScoredRelativeToTheBest() throws {
        let ids = Fixture.unitIds(4)
        var table = Fixture.table()
        table.groups[0].criteria[1].kind = .target   // C2: 10 points, step 0,5
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        XCTAssertThrowsError(try round.applyTargetResults(criterionId: "C1", results: [:], by: "x", at: Fixture.t0))
        XCTAssertThrowsError(try round.applyTargetResults(criterionId: "C2", results: ["U00": 1], by: "x", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .emptyField(field: "results.U01"))
        }
        try round.applyTargetResults(criterionId: "C2", results: ["U00": 120, "U01": 90, "U02": 60, "U03": 0], by: "office", at: Fixture.t0)
        // Best (120) → 10 points; 90 → 7,5; 60 → 5; 0 → 0 — on every rater's sheet.
        for r in ["U01", "U02", "U03"] { XCTAssertEqual(round.crossSheet(rater: r, ratee: "U00")?.cells["C2"], 100) }
        XCTAssertEqual(round.crossSheet(rater: "U00", ratee: "U01")?.cells["C2"], 75)
        XCTAssertEqual(round.crossSheet(rater: "U00", ratee: "U02")?.cells["C2"], 50)
        XCTAssertEqual(round.crossSheet(rater: "U00", ratee: "U03")?.cells["C2"], 0)
        XCTAssertEqual(TargetScoring.points(results: ["a": 3, "b": 2], criterion: Criterion(id: "x", name: "x", maximum: 100, step: 5, kind: .target)),
                       ["a": 100, "b": 65], "66,7 rounded down to the step")
    }
}
