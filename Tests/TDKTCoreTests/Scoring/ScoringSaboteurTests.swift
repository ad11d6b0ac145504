import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// One rater who gives every other unit the minimum must not move himself up, change the leader or
/// get an award drafted — with trimming (≥ 5 sheets) and with the small-sample fallback (≤ 4 sheets).
final class ScoringSaboteurTests: XCTestCase {
    let table = Fixture.table()   // 4 criteria of 10 points, total 40 points = 400 ticks
    /// True quality in ticks: U00 best … U06 worst; the saboteur U05 is 6th of 7.
    func quality(_ ids: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, 360 - 10 * $0) })
    }
    /// Small deterministic disagreement between honest raters (−10, −5, 0, +5, +10 ticks).
    func noise(_ r: String, _ u: String) -> Int { ((Int(r.dropFirst())! * 3 + Int(u.dropFirst())! * 7) % 5 - 2) * 5 }

    func sheets(_ c: RoundConfiguration, saboteur: String?) -> [CrossScoreSheet] {
        let q = quality(c.members)
        var out: [CrossScoreSheet] = []
        for u in c.members {
            for r in c.expectedRaters(for: u) {
                let total = r == saboteur ? 0 : q[u]! + noise(r, u)
                out.append(Fixture.sheet(r, u, total: total, table: table))
            }
        }
        return out
    }

    func check(_ c: RoundConfiguration, expectFallback: Bool, file: StaticString = #filePath, line: UInt = #line) {
        let honest = Fixture.compute(c, sheets(c, saboteur: nil))
        let sabotaged = Fixture.compute(c, sheets(c, saboteur: "U05"))
        XCTAssertEqual(honest.ranking.first, "U00", file: file, line: line)
        XCTAssertEqual(sabotaged.ranking.first, "U00", "the saboteur does not change the leader", file: file, line: line)
        XCTAssertEqual(sabotaged.unit("U05")?.rank, honest.unit("U05")?.rank, "the saboteur does not move himself up", file: file, line: line)
        XCTAssertEqual(sabotaged.unit("U05")?.rank, 6, file: file, line: line)
        let drafts = ProposalEngine.propose(result: sabotaged, ballot: nil, decimals: 1)
        XCTAssertFalse(drafts.contains { $0.unitId == "U05" }, "no award drafted for the saboteur: \(drafts)", file: file, line: line)
        XCTAssertEqual(drafts.first { $0.awardCode == "CO_TINH" }?.unitId, "U00", file: file, line: line)
        let bases = Set(sabotaged.units.compactMap(\.aggregateBasis))
        if expectFallback {
            XCTAssertEqual(bases, [.median], file: file, line: line)
            XCTAssertEqual(ScoringText.basis(sabotaged.unit("U00")!), "cách tính: trung vị các phiếu (quá ít phiếu để bỏ cao, thấp)",
                           file: file, line: line)
        } else {
            XCTAssertEqual(bases, [.trimmedMean], file: file, line: line)
            XCTAssertEqual(ScoringText.basis(sabotaged.unit("U00")!), "", file: file, line: line)
        }
        // The saboteur is flagged for the council; no honest rater is.
        let offsetFlags = sabotaged.flags.filter { $0.kind == .raterOffset }.compactMap(\.raterId)
        XCTAssertEqual(offsetFlags, ["U05"], file: file, line: line)
    }

    func testTrimmedRoundOfEight() {
        var ids = Fixture.unitIds(7)
        ids.append("U07")
        // U07 worse than everyone: the saboteur stays 6th of 8.
        let c = Fixture.config(members: ids, table: table)
        let honest = Fixture.compute(c, sheets(c, saboteur: nil))
        XCTAssertEqual(honest.unit("U00")?.keptCount, 5, "7 sheets: one dropped each side")
        check(c, expectFallback: false)
        let sabotaged = Fixture.compute(c, sheets(c, saboteur: "U05"))
        for u in ids where u != "U05" {
            XCTAssertEqual(sabotaged.unit(u)?.sheets.first { $0.raterId == "U05" }?.dropped, .lowest, "\(u)")
        }
    }

    func testUntrimmedPanelRoundFallsBackToTheMedian() {
        // Four raters (a panel of members, each never scoring itself): 3 or 4 sheets per unit, too few to trim.
        let ids = Fixture.unitIds(7)
        let c = Fixture.config(members: ids, table: table, raters: .panel(["U02", "U03", "U05", "U06"]))
        let sabotaged = Fixture.compute(c, sheets(c, saboteur: "U05"))
        XCTAssertEqual(sabotaged.unit("U00")?.sheets.count, 4)
        XCTAssertEqual(sabotaged.unit("U02")?.sheets.count, 3)
        check(c, expectFallback: true)
        // Without the fallback (plain mean) the same sheets lift the saboteur to the top.
        var plain = c
        plain.aggregation = .plainMean
        XCTAssertEqual(Fixture.compute(plain, sheets(plain, saboteur: "U05")).ranking.first, "U05")
    }

    func testOffsetMethodFallsBackToTheOffsetCorrectedMedian() {
        let ids = Fixture.unitIds(5)
        let c = Fixture.config(members: ids, table: table, aggregation: .offsetRemovalThenTrim)
        let r = Fixture.compute(c, sheets(c, saboteur: nil))
        XCTAssertEqual(Set(r.units.compactMap(\.aggregateBasis)), [.offsetCorrectedMedian])
        XCTAssertEqual(r.unit("U00")?.keptCount, 2, "median of 4 sheets: the two middle ones")
    }
}
