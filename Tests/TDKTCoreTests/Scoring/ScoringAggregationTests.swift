import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ScoringAggregationTests: XCTestCase {
    let table = Fixture.table() // 4 criteria × 10 points (100 ticks), step 0,5; G1 = C1, C2 (priority)

    /// Unit U00 receives from rater U0k a sheet of 30·k ticks; the others 200 from everyone.
    func unitWithSheets(_ count: Int) -> UnitResult {
        let ids = Fixture.unitIds(count + 1)
        let c = Fixture.config(members: ids, table: table)
        let sheets = Fixture.roundRobin(members: ids, table: table) { r, u in
            u == "U00" ? 30 * Int(r.dropFirst())! : 200
        }
        return Fixture.compute(c, sheets).unit("U00")!
    }

    func dropped(_ u: UnitResult, _ side: DropSide) -> [String] { u.sheets.filter { $0.dropped == side }.map(\.raterId) }

    func testTrimmingCountsAt4_5_9_10SheetsAndDroppedSheetsNamed() {
        // 4 sheets: 30, 60, 90, 120 → too few to trim: the median (mean of 60 and 90) = 75, said on the result.
        let four = unitWithSheets(4)
        XCTAssertEqual(four.sheets.count, 4)
        XCTAssertEqual(dropped(four, .lowest), ["U01"]); XCTAssertEqual(dropped(four, .highest), ["U04"])
        XCTAssertEqual(four.aggregate, Rational(75))
        XCTAssertEqual(four.aggregateBasis, .median)
        XCTAssertEqual(unitWithSheets(5).aggregateBasis, .trimmedMean)
        XCTAssertEqual(unitWithSheets(2).aggregateBasis, .trimmedMean, "two sheets: their mean is their median")
        // 5 sheets: 30 … 150 → drop U01 (lowest) and U05 (highest); mean of 60, 90, 120 = 90.
        let five = unitWithSheets(5)
        XCTAssertEqual(dropped(five, .lowest), ["U01"]); XCTAssertEqual(dropped(five, .highest), ["U05"])
        XCTAssertEqual(five.aggregate, Rational(90)); XCTAssertEqual(five.keptCount, 3)
        // 9 sheets: 30 … 270 → drop U01 and U09; mean of 60 … 240 = 150.
        let nine = unitWithSheets(9)
        XCTAssertEqual(dropped(nine, .lowest), ["U01"]); XCTAssertEqual(dropped(nine, .highest), ["U09"])
        XCTAssertEqual(nine.aggregate, Rational(150))
        // 10 sheets: 30 … 300 → drop U01, U02 and U09, U10; mean of 90 … 240 = 165.
        let ten = unitWithSheets(10)
        XCTAssertEqual(dropped(ten, .lowest), ["U01", "U02"]); XCTAssertEqual(dropped(ten, .highest), ["U09", "U10"])
        XCTAssertEqual(ten.aggregate, Rational(165)); XCTAssertEqual(ten.keptCount, 6)
        XCTAssertEqual(AggregationMethod.trimmedMean.trimCount(sheets: 4), 0)
        XCTAssertEqual(AggregationMethod.trimmedMean.trimCount(sheets: 5), 1)
        XCTAssertEqual(AggregationMethod.trimmedMean.trimCount(sheets: 9), 1)
        XCTAssertEqual(AggregationMethod.trimmedMean.trimCount(sheets: 10), 2)
        XCTAssertEqual(AggregationMethod.plainMean.trimCount(sheets: 10), 0)
    }

    func testEqualSheetsAtTheEdgeAreMarkedByRaterOrder() {
        let ids = Fixture.unitIds(6)
        let r = Fixture.compute(Fixture.config(members: ids, table: table), Fixture.roundRobin(members: ids, table: table) { _, _ in 200 })
        let u = r.unit("U00")!
        XCTAssertEqual(dropped(u, .lowest), ["U01"]); XCTAssertEqual(dropped(u, .highest), ["U05"])
        XCTAssertEqual(u.aggregate, Rational(200))
    }

    func testExactMeansAndCriterionBreakdown() {
        // 3 sheets for U00 (4 members): C1 values 100, 50, 55 → mean 205/3, min 50, max 100.
        let ids = Fixture.unitIds(4)
        let sheets = [Fixture.sheet("U01", "U00", [100, 0, 0, 0], table: table),
                      Fixture.sheet("U02", "U00", [50, 5, 0, 0], table: table),
                      Fixture.sheet("U03", "U00", [55, 0, 0, 100], table: table)]
        let u = Fixture.compute(Fixture.config(members: ids, table: table, aggregation: .plainMean), sheets).unit("U00")!
        XCTAssertEqual(u.criteria[0], CriterionSummary(criterionId: "C1", mean: Rational(205, 3), minimum: 50, maximum: 100, selfValue: nil))
        XCTAssertEqual(u.aggregate, Rational(310, 3))
        XCTAssertEqual(u.criteria.reduce(Rational.zero) { $0 + $1.mean }, Rational(310, 3))
        XCTAssertEqual(PointsFormat.string(u.aggregate!, decimals: 1), "10,33")
        XCTAssertEqual(PointsFormat.string(u.aggregate!, decimals: 1, language: "en"), "10.33")
    }

    func testQuorumAndProvisional() {
        XCTAssertEqual(QuorumRule.standard.required(members: 5, expectedRaters: 4), 3)
        XCTAssertEqual(QuorumRule.standard.required(members: 10, expectedRaters: 9), 6)   // ⌈18/3⌉
        XCTAssertEqual(QuorumRule.standard.required(members: 11, expectedRaters: 10), 7)  // ⌈20/3⌉ = 7
        XCTAssertEqual(QuorumRule.standard.required(members: 30, expectedRaters: 29), 20) // ⌈58/3⌉ = 20
        XCTAssertEqual(QuorumRule.standard.required(members: 10, expectedRaters: 1), 1)   // leader-only
        XCTAssertEqual(QuorumRule.fixed(4).required(members: 10, expectedRaters: 9), 4)
        let ids = Fixture.unitIds(10)
        var sheets = Fixture.roundRobin(members: ids, table: table) { _, _ in 200 }
        // U00 keeps 6 sheets (= quorum), U01 only 5 (provisional).
        sheets.removeAll { ($0.rateeId == "U00" && ["U07", "U08", "U09"].contains($0.raterId))
            || ($0.rateeId == "U01" && ["U06", "U07", "U08", "U09"].contains($0.raterId)) }
        let r = Fixture.compute(Fixture.config(members: ids, table: table), sheets)
        XCTAssertEqual(r.unit("U00")!.quorum, 6)
        XCTAssertFalse(r.unit("U00")!.isProvisional)
        XCTAssertTrue(r.unit("U01")!.isProvisional)
        XCTAssertEqual(r.unit("U01")!.missingRaters, ["U06", "U07", "U08", "U09"])
        XCTAssertNotNil(r.unit("U01")!.rank, "a provisional unit is still ranked, marked provisional")
    }

    func testExclusionsBeforeRanking() {
        let ids = Fixture.unitIds(5)
        let sheets = Fixture.roundRobin(members: ids, table: table) { _, u in 300 - 20 * Int(u.dropFirst())! }
        let ex = UnitExclusion(unitId: "U00", reason: .underInvestigation, note: "Đang thanh tra theo QĐ 45/QĐ-TTr", documentReference: "45/QĐ-TTr")
        let r = Fixture.compute(Fixture.config(members: ids, table: table), sheets, exclusions: [ex])
        XCTAssertNil(r.unit("U00")!.rank)
        XCTAssertEqual(r.unit("U00")!.exclusion, ex)
        XCTAssertEqual(r.unit("U00")!.aggregate, Rational(300), "scores are still shown")
        XCTAssertEqual(r.ranking, ["U01", "U02", "U03", "U04"])
        XCTAssertEqual(r.unit("U01")!.rank, 1)
        XCTAssertEqual(r.units.last?.unitId, "U00")
    }

    func testBonusCapsPenaltyAndFloor() {
        let ids = Fixture.unitIds(5)
        let sheets = Fixture.roundRobin(members: ids, table: table) { _, u in u == "U01" ? 20 : 300 }
        let facts = [
            UnitFact(id: "a", unitId: "U00", kind: .bonus, itemId: "B1", points: 30, documentReference: "QĐ 1"),
            UnitFact(id: "b", unitId: "U00", kind: .bonus, itemId: "B1", points: 40, documentReference: "QĐ 2"),
            UnitFact(id: "c", unitId: "U00", kind: .bonus, itemId: "B2", points: 20, documentReference: "QĐ 3"),
            UnitFact(id: "d", unitId: "U00", kind: .penalty, itemId: "P1", points: 10, documentReference: "CV 4"),
            UnitFact(id: "e", unitId: "U01", kind: .penalty, itemId: "P1", points: 50, documentReference: "CV 5"),
        ]
        let r = Fixture.compute(Fixture.config(members: ids, table: table), sheets, facts: facts)
        let u = r.unit("U00")!
        // B1: 70 capped at its maximum 50; B1 + B2 = 70 capped at the overall cap 60; minus 10.
        XCTAssertEqual(u.bonusClaimed, 90)
        XCTAssertEqual(u.bonusApplied, 60)
        XCTAssertEqual(u.penalty, 10)
        XCTAssertEqual(u.caps, [AppliedCap(kind: .bonusItem, itemId: "B1", before: Rational(70), after: Rational(50)),
                                AppliedCap(kind: .bonusTotal, itemId: nil, before: Rational(70), after: Rational(60))])
        XCTAssertEqual(u.finalScore, Rational(300 + 60 - 10))
        let low = r.unit("U01")!
        XCTAssertEqual(low.finalScore, .zero)
        XCTAssertEqual(low.caps, [AppliedCap(kind: .floorAtZero, itemId: nil, before: Rational(-30), after: .zero)])
    }

    func testOffsetRemovalCancelsAHarshRaterAndIsAlwaysComputed() {
        let ids = Fixture.unitIds(6)
        let base = ["U00": 300, "U01": 290, "U02": 250, "U03": 200, "U04": 150, "U05": 100]
        // U01 scores everyone else 100 ticks lower.
        let sheets = Fixture.roundRobin(members: ids, table: table) { r, u in base[u]! - (r == "U01" ? 100 : 0) }
        let trimmed = Fixture.compute(Fixture.config(members: ids, table: table), sheets)
        let offsets = trimmed.offsets.raterOffsets
        XCTAssertLessThan(offsets["U01"]!, -70)
        XCTAssertEqual(offsets.values.reduce(0, +), 0, accuracy: 1e-6)
        XCTAssertNotNil(trimmed.unit("U00")!.offsetCorrectedAggregate)
        let corrected = Fixture.compute(Fixture.config(members: ids, table: table, aggregation: .offsetRemovalThenTrim), sheets)
        // After removing offsets every sheet of a unit is equal: f_u = base − mean shift, exactly in order.
        XCTAssertEqual(corrected.ranking, ["U00", "U01", "U02", "U03", "U04", "U05"])
        let a0 = corrected.unit("U00")!.aggregate!.doubleValue, a1 = corrected.unit("U01")!.aggregate!.doubleValue
        XCTAssertEqual(a0 - a1, 10, accuracy: 0.01)
        XCTAssertEqual(corrected.unit("U00")!.offsetCorrectedAggregate, corrected.unit("U00")!.aggregate)
    }
}

final class ScoringRationalTests: XCTestCase {
    func testArithmeticIsExactAndReduced() throws {
        XCTAssertEqual(Rational(2, 4), Rational(1, 2))
        XCTAssertEqual(Rational(1, -3).denominator, 3)
        XCTAssertEqual(Rational(1, 3) + Rational(1, 6), Rational(1, 2))
        XCTAssertEqual(Rational(1, 3) * Rational(3), .one)
        XCTAssertLessThan(Rational(1, 3), Rational(34, 100))
        // 0.1 + 0.2 in tenths never drifts.
        XCTAssertEqual((0..<10).reduce(Rational.zero) { s, _ in s + Rational(1, 10) }, .one)
        let decoded = try JSONDecoder().decode(Rational.self, from: Data(#"{"numerator":2,"denominator":4}"#.utf8))
        XCTAssertEqual(decoded, Rational(1, 2))
        XCTAssertThrowsError(try JSONDecoder().decode(Rational.self, from: Data(#"{"numerator":2,"denominator":0}"#.utf8)))
        XCTAssertEqual(PointsFormat.string(Rational(-5, 2), decimals: 0), "-2,5")
        XCTAssertEqual(PointsFormat.string(ticks: 5, decimals: 1), "0,5")
    }
}
