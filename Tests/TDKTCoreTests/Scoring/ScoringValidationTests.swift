import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ScoringValidationTests: XCTestCase {
    let ids = Fixture.unitIds(5)

    func dvTable() -> CriteriaTable {
        CriteriaTable(year: 2025, title: "Bảng 2025", decimals: 1, groups: [
            CriteriaGroup(id: "G1", name: "Công tác chung", criteria: [
                Criterion(id: "DV", name: "Công tác dân vận", maximum: 100, step: 5),
                Criterion(id: "KT", name: "Phát triển kinh tế", maximum: 200, step: 10),
            ]),
        ], priorityGroupId: "G1")
    }

    func testSelfScoringRefused() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: dvTable()))
        let s = CrossScoreSheet(raterId: "U01", rateeId: "U01", cells: ["DV": 50])
        XCTAssertThrowsError(try round.saveCrossSheet(s, by: "clerk", at: Fixture.t0)) { e in
            XCTAssertEqual(e as? ScoringError, .selfScoring(raterId: "U01"))
        }
        XCTAssertTrue(round.crossSheets.isEmpty)
    }

    func testRaterNotAllowedByConfigurationRefused() throws {
        let c = Fixture.config(members: ids, table: dvTable(), raters: .leaderOnly(leaderId: "U00", leaderCheckerId: "U01"))
        var round = try Fixture.openRound(c)
        XCTAssertNoThrow(try round.saveCrossSheet(CrossScoreSheet(raterId: "U00", rateeId: "U02", cells: ["DV": 50]), by: "x", at: Fixture.t0))
        XCTAssertNoThrow(try round.saveCrossSheet(CrossScoreSheet(raterId: "U01", rateeId: "U00", cells: ["DV": 50]), by: "x", at: Fixture.t0))
        XCTAssertThrowsError(try round.saveCrossSheet(CrossScoreSheet(raterId: "U02", rateeId: "U03", cells: ["DV": 50]), by: "x", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .raterNotAllowed(raterId: "U02", rateeId: "U03"))
        }
        XCTAssertThrowsError(try round.saveCrossSheet(CrossScoreSheet(raterId: "U01", rateeId: "U03", cells: ["DV": 50]), by: "x", at: Fixture.t0))
    }

    func testValueAboveMaximumRefusedWithCriterionNamed() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: dvTable()))
        let s = CrossScoreSheet(raterId: "U01", rateeId: "U02", cells: ["DV": 120, "KT": 100])
        XCTAssertThrowsError(try round.saveCrossSheet(s, by: "clerk", at: Fixture.t0)) { e in
            let err = e as? ScoringError
            XCTAssertEqual(err, .valueAboveMaximum(criterion: "Công tác dân vận", value: "12", maximum: "10"))
            XCTAssertEqual(err?.message(), "Tiêu chí 'Công tác dân vận': 12 vượt quá điểm tối đa 10")
            XCTAssertEqual(err?.message(language: "en"), "Criterion 'Công tác dân vận': 12 exceeds the maximum 10")
            XCTAssertEqual(err?.errorDescription, err?.message(language: "vi"))
        }
        XCTAssertTrue(round.crossSheets.isEmpty)
    }

    func testOffStepAndNegativeRefused() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: dvTable()))
        XCTAssertThrowsError(try round.saveCrossSheet(CrossScoreSheet(raterId: "U01", rateeId: "U02", cells: ["DV": 73]), by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .valueOffStep(criterion: "Công tác dân vận", value: "7,3", step: "0,5"))
            XCTAssertEqual(($0 as? ScoringError)?.message(), "Tiêu chí 'Công tác dân vận': 7,3 không đúng bước điểm 0,5")
        }
        XCTAssertThrowsError(try round.saveCrossSheet(CrossScoreSheet(raterId: "U01", rateeId: "U02", cells: ["KT": 105]), by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .valueOffStep(criterion: "Phát triển kinh tế", value: "10,5", step: "1"))
        }
        XCTAssertThrowsError(try round.saveCrossSheet(CrossScoreSheet(raterId: "U01", rateeId: "U02", cells: ["DV": -5]), by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .negativeValue(criterion: "Công tác dân vận", value: "-0,5"))
        }
        XCTAssertThrowsError(try round.saveCrossSheet(CrossScoreSheet(raterId: "U01", rateeId: "U02", cells: ["XX": 5]), by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .unknownCriterion(criterionId: "XX"))
        }
        XCTAssertNoThrow(try round.saveCrossSheet(CrossScoreSheet(raterId: "U01", rateeId: "U02", cells: ["DV": 75, "KT": 0]), by: "c", at: Fixture.t0))
    }

    /// "Chưa chấm" is not 0: a sheet with an empty cell is incomplete and missing from the aggregate,
    /// while a sheet with an explicit 0 counts.
    func testEmptyIsNotZero() throws {
        let table = dvTable()
        let c = Fixture.config(members: Fixture.unitIds(4), table: table)
        let empty = CrossScoreSheet(raterId: "U01", rateeId: "U00", cells: ["KT": 200])
        XCTAssertNil(empty["DV"])
        XCTAssertFalse(empty.isComplete(in: table))
        XCTAssertNil(empty.total(in: table))
        XCTAssertEqual(empty.missingCriteria(in: table), ["DV"])
        let zero = CrossScoreSheet(raterId: "U02", rateeId: "U00", cells: ["DV": 0, "KT": 200])
        XCTAssertEqual(zero["DV"], 0)
        XCTAssertEqual(zero.total(in: table), 200)
        let full = CrossScoreSheet(raterId: "U03", rateeId: "U00", cells: ["DV": 100, "KT": 200])
        let r = Fixture.compute(c, [empty, zero, full])
        let u = r.unit("U00")!
        XCTAssertEqual(u.sheets.map(\.raterId), ["U02", "U03"], "the incomplete sheet is missing, not counted as 0")
        XCTAssertEqual(u.aggregate, Rational(250))
        XCTAssertEqual(u.missingRaters, ["U01"])
        XCTAssertEqual(r.incompleteRaters["U01"]?.first, "U00")
        // Parsing: "" is not 0 either.
        XCTAssertNil(PointsFormat.parse("", decimals: 1))
        XCTAssertEqual(PointsFormat.parse("0", decimals: 1), 0)
        XCTAssertEqual(PointsFormat.parse("7,5", decimals: 1), 75)
        XCTAssertEqual(PointsFormat.parse("7.50", decimals: 1), 75)
        XCTAssertNil(PointsFormat.parse("7,55", decimals: 1))
    }

    func testConfigurationValidation() {
        var t = dvTable()
        t.groups[0].criteria[1].step = 30 // 30 does not divide 200
        XCTAssertThrowsError(try t.validate()) {
            XCTAssertEqual($0 as? ScoringError, .invalidStep(criterion: "Phát triển kinh tế", step: "3", maximum: "20"))
        }
        var d = dvTable()
        d.groups[0].criteria[1].id = "DV"
        XCTAssertThrowsError(try d.validate()) { XCTAssertEqual($0 as? ScoringError, .duplicateIdentifier(field: "criterion.id", id: "DV")) }
        XCTAssertThrowsError(try ScoringRound(configuration: Fixture.config(members: ["U00"], table: dvTable())))
    }

    func testTemplateCopyForNewYear() {
        let t = dvTable()
        let next = t.copied(forYear: 2026)
        XCTAssertEqual(next.year, 2026)
        XCTAssertEqual(next.title, "Bảng 2026")
        XCTAssertEqual(next.groups, t.groups)
        let c = Fixture.config(members: ids, table: t).copied(forYear: 2026, roundId: "CUM1-2026")
        XCTAssertEqual(c.year, 2026); XCTAssertEqual(c.roundId, "CUM1-2026"); XCTAssertEqual(c.table.year, 2026)
        XCTAssertEqual(c.members, ids)
    }

    func testTextStoredInNFC() {
        let decomposed = "Cong tác da\u{302}n vận".decomposedStringWithCanonicalMapping
        let c = Criterion(id: "X", name: decomposed, maximum: 10, step: 1)
        XCTAssertEqual(Array(c.name.unicodeScalars), Array(decomposed.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}
