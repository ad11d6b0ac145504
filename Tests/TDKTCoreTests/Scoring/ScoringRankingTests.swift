import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ScoringRankingTests: XCTestCase {
    let table = Fixture.table() // C1, C2 in priority group G1; C3, C4 in G2; 10 points each

    /// sheets[ratee][rater] = values (table order).
    func sheets(_ m: [String: [String: [Int]]]) -> [CrossScoreSheet] {
        m.flatMap { u, byRater in byRater.map { r, v in Fixture.sheet(r, u, v, table: table) } }
    }

    func testStandardCompetitionRanks1_2_2_4WithoutChain() {
        let ids = Fixture.unitIds(5)
        let totals = ["U00": 300, "U01": 200, "U02": 200, "U03": 100, "U04": 50]
        let r = Fixture.compute(Fixture.config(members: ids, table: table, tieBreaks: []),
                                Fixture.roundRobin(members: ids, table: table) { _, u in totals[u]! })
        XCTAssertEqual(r.units.map { $0.rank! }, [1, 2, 2, 4, 5])
        XCTAssertEqual(r.sharedRanks, [SharedRank(rank: 2, unitIds: ["U01", "U02"])])
        XCTAssertTrue(r.tieBreaks.isEmpty)
    }

    func testPriorityGroupSeparatesAndIsRecorded() {
        let ids = Fixture.unitIds(5)
        var all = Fixture.roundRobin(members: ids, table: table) { _, u in 100 }
        all.removeAll { $0.rateeId == "U00" || $0.rateeId == "U01" }
        var m: [String: [String: [Int]]] = [:]
        for r in ids where r != "U00" { m["U00", default: [:]][r] = [100, 50, 50, 0] } // G1 = 150
        for r in ids where r != "U01" { m["U01", default: [:]][r] = [50, 50, 100, 0] } // G1 = 100
        let r = Fixture.compute(Fixture.config(members: ids, table: table), all + sheets(m))
        XCTAssertEqual(r.unit("U00")!.finalScore, r.unit("U01")!.finalScore)
        XCTAssertEqual(r.unit("U00")!.rank, 1); XCTAssertEqual(r.unit("U01")!.rank, 2)
        XCTAssertEqual(r.tieBreaks.first { $0.higherUnitId == "U00" }, TieBreakRecord(higherUnitId: "U00", lowerUnitId: "U01", rule: .priorityGroup, higherValue: "15", lowerValue: "10"))
    }

    func testFullMarksThenPenaltiesThenHeadToHeadThenMedian() {
        let ids = ["A", "B", "C", "D", "E"]
        // Full marks: A has 2 criteria at 10 per sheet, B none; same G1, same total.
        var m: [String: [String: [Int]]] = [:]
        for r in ids where r != "A" { m["A", default: [:]][r] = [100, 0, 100, 0] }
        for r in ids where r != "B" { m["B", default: [:]][r] = [50, 50, 50, 50] }
        var c = Fixture.config(members: ids, table: table, tieBreaks: [.priorityGroup, .moreFullMarks])
        var r = Fixture.compute(c, sheets(m))
        XCTAssertEqual(r.unit("A")!.rank, 1); XCTAssertEqual(r.unit("B")!.rank, 2)
        XCTAssertEqual(r.tieBreaks.first { $0.higherUnitId == "A" && $0.lowerUnitId == "B" }?.rule, .moreFullMarks)

        // Penalties: same sheets, A has a penalty of 1 point offset by a bonus of 1 point.
        m = [:]
        for u in ["A", "B"] { for rater in ids where rater != u { m[u, default: [:]][rater] = [50, 50, 50, 50] } }
        c.tieBreaks = [.fewerPenalties]
        let facts = [UnitFact(id: "p", unitId: "A", kind: .penalty, itemId: "P1", points: 10, documentReference: "CV 1"),
                     UnitFact(id: "b", unitId: "A", kind: .bonus, itemId: "B2", points: 10, documentReference: "QĐ 2")]
        r = Fixture.compute(c, sheets(m), facts: facts)
        XCTAssertEqual(r.unit("A")!.finalScore, r.unit("B")!.finalScore)
        XCTAssertEqual(r.unit("B")!.rank, 1); XCTAssertEqual(r.unit("A")!.rank, 2)
        XCTAssertEqual(r.tieBreaks.first?.rule, .fewerPenalties)
        XCTAssertEqual(r.tieBreaks.first?.higherUnitId, "B")

        // Head-to-head: A and B both average 200 over 4 sheets (no trimming). Raters outside the
        // tie: C and D put A above B (200 > 100), E puts B above A (300 > 100) → A wins 2 to 1.
        let totals: [String: [String: Int]] = ["A": ["B": 100, "C": 200, "D": 200, "E": 100],
                                               "B": ["A": 100, "C": 100, "D": 100, "E": 300]]
        var s: [CrossScoreSheet] = []
        for (u, byRater) in totals { for (rater, t) in byRater { s.append(Fixture.sheet(rater, u, total: t, table: table)) } }
        c.tieBreaks = [.headToHead, .higherMedianSheet]
        c.aggregation = .plainMean   // 4 sheets; the median fallback would separate them before the tie-breaks
        // A: 100 + 200 + 200 + 100 = 600 / 4 = 150; B: 100 + 100 + 100 + 300 = 600 / 4 = 150.
        r = Fixture.compute(c, s)
        XCTAssertEqual(r.unit("A")!.finalScore, r.unit("B")!.finalScore)
        XCTAssertEqual(r.unit("A")!.rank, 1); XCTAssertEqual(r.unit("B")!.rank, 2)
        XCTAssertEqual(r.tieBreaks.first { $0.higherUnitId == "A" }, TieBreakRecord(higherUnitId: "A", lowerUnitId: "B", rule: .headToHead, higherValue: "2", lowerValue: "1"))

        // Median: with head-to-head removed, A's sheets 100,100,200,200 → median 150; B's 100,100,100,300 → 100.
        c.tieBreaks = [.higherMedianSheet]
        r = Fixture.compute(c, s)
        XCTAssertEqual(r.tieBreaks.first?.rule, .higherMedianSheet)
        XCTAssertEqual(r.tieBreaks.first?.higherUnitId, "A")
    }

    func testThreeWayTieSkipsHeadToHeadAndSharesRankWhenStillTied() {
        let ids = Fixture.unitIds(6)
        let totals = ["U00": 300, "U01": 200, "U02": 200, "U03": 200, "U04": 100, "U05": 50]
        let c = Fixture.config(members: ids, table: table, tieBreaks: [.headToHead, .higherMedianSheet])
        let r = Fixture.compute(c, Fixture.roundRobin(members: ids, table: table) { _, u in totals[u]! })
        XCTAssertEqual(r.units.map { $0.rank! }, [1, 2, 2, 2, 5, 6])
        XCTAssertEqual(r.sharedRanks, [SharedRank(rank: 2, unitIds: ["U01", "U02", "U03"])])
        XCTAssertTrue(r.tieBreaks.isEmpty)
    }

    func testPartialSeparationOfAThreeWayTie() {
        // U01, U02, U03 tie at 200; U01 has the highest priority-group mean; U02 and U03 remain tied.
        let ids = Fixture.unitIds(5)
        var all = Fixture.roundRobin(members: ids, table: table) { _, u in u == "U00" ? 300 : 100 }
        all.removeAll { ["U01", "U02", "U03"].contains($0.rateeId) }
        var m: [String: [String: [Int]]] = [:]
        for r in ids where r != "U01" { m["U01", default: [:]][r] = [100, 50, 50, 0] }
        for r in ids where r != "U02" { m["U02", default: [:]][r] = [50, 50, 50, 50] }
        for r in ids where r != "U03" { m["U03", default: [:]][r] = [50, 50, 50, 50] }
        let r = Fixture.compute(Fixture.config(members: ids, table: table), all + sheets(m))
        XCTAssertEqual(r.unit("U01")!.rank, 2)
        XCTAssertEqual(r.unit("U02")!.rank, 3); XCTAssertEqual(r.unit("U03")!.rank, 3)
        XCTAssertEqual(r.unit("U04")!.rank, 5)
        XCTAssertEqual(Set(r.tieBreaks.map { "\($0.higherUnitId)>\($0.lowerUnitId):\($0.rule.rawValue)" }),
                       ["U01>U02:priorityGroup", "U01>U03:priorityGroup"])
        XCTAssertEqual(r.sharedRanks, [SharedRank(rank: 3, unitIds: ["U02", "U03"])])
    }
}
