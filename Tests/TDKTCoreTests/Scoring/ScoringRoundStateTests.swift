import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ScoringRoundStateTests: XCTestCase {
    let ids = Fixture.unitIds(5)
    let table = Fixture.table()

    func testConfigurationFrozenAfterFirstSheetAndReopeningNeedsReason() throws {
        var round = try ScoringRound(configuration: Fixture.config(members: ids, table: table))
        var c2 = round.configuration
        c2.aggregation = .plainMean
        XCTAssertNoThrow(try round.updateConfiguration(c2), "editable while configuring")
        XCTAssertThrowsError(try round.saveCrossSheet(Fixture.sheet("U01", "U00", total: 300, table: table), by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .invalidState(action: .saveSheet, state: .configuring))
        }
        try round.openScoring()
        XCTAssertFalse(round.configurationFrozen)
        try round.saveCrossSheet(Fixture.sheet("U01", "U00", total: 300, table: table), by: "c", at: Fixture.t0)
        XCTAssertTrue(round.configurationFrozen)
        var c3 = round.configuration
        c3.aggregation = .trimmedMean
        XCTAssertThrowsError(try round.updateConfiguration(c3)) {
            XCTAssertEqual($0 as? ScoringError, .configurationFrozen(field: "configuration"))
        }
        XCTAssertThrowsError(try round.reopenConfiguration(reason: "   ", by: "admin", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .emptyField(field: "reason"))
        }
        XCTAssertTrue(round.configurationFrozen)
        try round.reopenConfiguration(reason: "Sửa phương pháp theo Quy chế mới", by: "admin", at: Fixture.t0)
        XCTAssertEqual(round.configurationChanges, [ConfigurationChange(by: "admin", at: Fixture.t0, reason: "Sửa phương pháp theo Quy chế mới")])
        XCTAssertNoThrow(try round.updateConfiguration(c3))
        XCTAssertEqual(round.configuration.aggregation, .trimmedMean)
        // A new configuration that would invalidate a saved sheet is refused.
        var c4 = round.configuration
        c4.table.groups[0].criteria[0].maximum = 50
        XCTAssertThrowsError(try round.updateConfiguration(c4)) { e in
            guard case .existingSheetInvalid(let r, let u, _)? = e as? ScoringError else { return XCTFail("\(e)") }
            XCTAssertEqual(r, "U01"); XCTAssertEqual(u, "U00")
        }
        // The next sheet freezes it again.
        try round.saveCrossSheet(Fixture.sheet("U02", "U00", total: 300, table: table), by: "c", at: Fixture.t0)
        XCTAssertThrowsError(try round.updateConfiguration(c3))
    }

    func testResaveWhileOpenIsLogged() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        try round.saveCrossSheet(Fixture.sheet("U01", "U00", [50, 50, 50, 50], table: table), by: "u01", at: Fixture.t0)
        try round.saveCrossSheet(Fixture.sheet("U01", "U00", [50, 60, 50, 50], table: table), by: "u01", at: Fixture.t0 + 60, reason: "nhầm")
        XCTAssertEqual(round.crossSheets.count, 1)
        XCTAssertEqual(round.revisionLog.count, 1)
        XCTAssertEqual(round.revisionLog[0].criterionId, "C2")
        XCTAssertEqual(round.revisionLog[0].oldValue, 50); XCTAssertEqual(round.revisionLog[0].newValue, 60)
        XCTAssertNil(round.revisionLog[0].explanationId)
    }

    func testVisibilityBeforeAndAfterClose() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        try round.saveCrossSheet(Fixture.sheet("U01", "U00", total: 300, table: table), by: "c", at: Fixture.t0)
        try round.saveCrossSheet(Fixture.sheet("U02", "U00", total: 200, table: table), by: "c", at: Fixture.t0)
        try round.saveCrossSheet(Fixture.sheet("U01", "U03", total: 250, table: table), by: "c", at: Fixture.t0)
        XCTAssertEqual(ScoringEngine.visibleSheets(for: "U01", round: round).map(\.rateeId), ["U00", "U03"])
        XCTAssertEqual(ScoringEngine.visibleSheets(for: "U02", round: round).map(\.raterId), ["U02"])
        XCTAssertTrue(ScoringEngine.visibleSheets(for: "U00", round: round).isEmpty, "the ratee sees nothing before close")
        try round.closeScoring(at: Fixture.t0 + 3600)
        XCTAssertEqual(ScoringEngine.visibleSheets(for: "U02", round: round).count, 3)
        XCTAssertThrowsError(try round.saveCrossSheet(Fixture.sheet("U03", "U00", total: 300, table: table), by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .invalidState(action: .saveSheet, state: .closed))
        }
    }

    func testExplanationDeadlineAndRevisionLog() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        try round.saveCrossSheet(Fixture.sheet("U01", "U00", [50, 50, 50, 50], table: table), by: "u01", at: Fixture.t0)
        XCTAssertThrowsError(try round.fileExplanation(unitId: "U00", criterionId: "C1", text: "x", by: "u00", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .invalidState(action: .fileExplanation, state: .open))
        }
        try round.closeScoring(at: Fixture.t0 + 100)
        let deadline = Fixture.t0 + 7 * 86400
        try round.openExplanationPeriod(deadline: deadline)
        let e = try round.fileExplanation(unitId: "U00", criterionId: "C1", text: "Đã hoàn thành 100% chỉ tiêu, xem báo cáo số 12/BC-UBND",
                                          by: "u00", at: deadline)
        XCTAssertEqual(round.explanations.count, 1)
        XCTAssertThrowsError(try round.fileExplanation(unitId: "U00", criterionId: "C2", text: "Muộn", by: "u00", at: deadline + 1)) { err in
            XCTAssertEqual(err as? ScoringError, .explanationDeadlinePassed(unitId: "U00", criterionId: "C2", deadline: deadline))
            let msg = (err as? ScoringError)?.message() ?? ""
            XCTAssertTrue(msg.contains("đã quá hạn 08/01/2026 07:00"), msg)
        }
        XCTAssertEqual(round.explanations.count, 1)
        // A revision must answer an explanation of the ratee and give a reason.
        XCTAssertThrowsError(try round.reviseCell(raterId: "U01", rateeId: "U00", criterionId: "C1", newValue: 80,
                                                  explanationId: "nope", reason: "x", by: "u01", at: deadline))
        XCTAssertThrowsError(try round.reviseCell(raterId: "U01", rateeId: "U00", criterionId: "C1", newValue: 80,
                                                  explanationId: e.id, reason: "", by: "u01", at: deadline))
        XCTAssertThrowsError(try round.reviseCell(raterId: "U01", rateeId: "U00", criterionId: "C1", newValue: 120,
                                                  explanationId: e.id, reason: "x", by: "u01", at: deadline)) {
            XCTAssertEqual($0 as? ScoringError, .valueAboveMaximum(criterion: "Tiêu chí 1", value: "12", maximum: "10"))
        }
        try round.reviseCell(raterId: "U01", rateeId: "U00", criterionId: "C1", newValue: 80, explanationId: e.id,
                             reason: "Chấp nhận giải trình", by: "u01", at: deadline + 3600)
        XCTAssertEqual(round.crossSheet(rater: "U01", ratee: "U00")?["C1"], 80)
        XCTAssertEqual(round.revisionLog.last, RevisionLogEntry(by: "u01", at: deadline + 3600, raterId: "U01", unitId: "U00", criterionId: "C1",
                                                                oldValue: 50, newValue: 80, reason: "Chấp nhận giải trình", explanationId: e.id))
        let result = try round.finalize(at: deadline + 7200)
        XCTAssertEqual(round.state, .final)
        XCTAssertEqual(round.finalResult, result)
        XCTAssertThrowsError(try round.addFact(UnitFact(id: "f", unitId: "U00", kind: .bonus, itemId: "B1", points: 10, documentReference: "QĐ")))
    }

    func testRoundIsCodableRoundTrip() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        try round.saveCrossSheet(Fixture.sheet("U01", "U00", total: 300, table: table), by: "c", at: Fixture.t0)
        try round.saveSelfSheet(SelfScoreSheet(unitId: "U00", cells: ["C1": SelfScoreCell(value: 100, evidence: "Báo cáo số 5")]))
        try round.addFact(UnitFact(id: "f1", unitId: "U00", kind: .bonus, itemId: "B1", points: 20, documentReference: "QĐ 163/QĐ-UBND"))
        XCTAssertThrowsError(try round.addFact(UnitFact(id: "f2", unitId: "U00", kind: .bonus, itemId: "B1", points: 20, documentReference: " ")))
        let data = try JSONEncoder().encode(round)
        XCTAssertEqual(try JSONDecoder().decode(ScoringRound.self, from: data), round)
        let result = round.computeResult()
        XCTAssertEqual(try JSONDecoder().decode(ScoringResult.self, from: JSONEncoder().encode(result)), result)
    }
}
