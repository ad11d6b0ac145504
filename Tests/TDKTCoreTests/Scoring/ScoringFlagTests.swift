import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ScoringFlagTests: XCTestCase {
    let table = Fixture.table() // maximum total 400 ticks
    let ids = Fixture.unitIds(8)
    let base: [String: Int] = ["U00": 360, "U01": 330, "U02": 300, "U03": 270, "U04": 240, "U05": 210, "U06": 180, "U07": 150]

    /// Honest sheets: base ± a small deterministic jitter (multiples of 5 ticks, |jitter| ≤ 10).
    func honest(seed: UInt64 = 11, _ tweak: (String, String, Int) -> Int = { _, _, t in t }) -> [CrossScoreSheet] {
        var rng = SplitMix64(seed: seed)
        return Fixture.roundRobin(members: ids, table: table) { r, u in
            tweak(r, u, base[u]! + 5 * rng.int(-2...2))
        }
    }

    func flags(_ sheets: [CrossScoreSheet], selfSheets: [SelfScoreSheet] = []) -> [ScoringFlag] {
        Fixture.compute(Fixture.config(members: ids, table: table), sheets, selfSheets: selfSheets).flags
    }

    func testHonestClusterHasNoFlags() {
        XCTAssertEqual(flags(honest()), [])
    }

    func testRaterOffsetFlag() {
        // U03 scores everyone 80 ticks (8 points) lower.
        let f = flags(honest { r, _, t in r == "U03" ? t - 80 : t }).filter { $0.kind == .raterOffset }
        XCTAssertEqual(f.map(\.raterId), ["U03"])
        XCTAssertLessThan(f[0].value, 0)
        XCTAssertTrue(f[0].message().contains("thấp"))
        // A 5-tick (0,5 point) shift is within the noise and below the floor 2% × 400 = 8 ticks: no flag.
        XCTAssertEqual(flags(honest { r, _, t in r == "U03" ? t - 5 : t }).filter { $0.kind == .raterOffset }, [])
    }

    func testRaterDisagreementFlag() {
        // U05 reverses the order: gives unit u the base of the "mirror" unit.
        let mirror = Dictionary(uniqueKeysWithValues: zip(ids, ids.reversed()))
        let f = flags(honest { r, u, t in r == "U05" ? self.base[mirror[u]!]! : t }).filter { $0.kind == .raterDisagreement }
        XCTAssertEqual(f.map(\.raterId), ["U05"])
        XCTAssertLessThan(f[0].value, 0.3)
        // A rater that swaps only two neighbours still agrees (ρ high): no flag.
        let g = flags(honest { r, u, t in r == "U05" && u == "U01" ? 300 : (r == "U05" && u == "U02" ? 330 : t) })
        XCTAssertEqual(g.filter { $0.kind == .raterDisagreement }, [])
    }

    func testRaterConstantFlag() {
        let f = flags(honest { r, _, t in r == "U02" ? 250 : t }).filter { $0.kind == .raterConstant }
        XCTAssertEqual(f.map(\.raterId), ["U02"])
        XCTAssertEqual(flags(honest()).filter { $0.kind == .raterConstant }, [])
    }

    func testSheetOutlierFlag() {
        // U06's sheet for U00 is 100 instead of about 360: modified z far below −3.5.
        let f = flags(honest { r, u, t in r == "U06" && u == "U00" ? 100 : t }).filter { $0.kind == .sheetOutlier }
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f[0].raterId, "U06"); XCTAssertEqual(f[0].unitId, "U00")
        XCTAssertLessThan(f[0].value, -3.5)
        // 10 ticks lower is within the spread: not flagged.
        XCTAssertEqual(flags(honest { r, u, t in r == "U06" && u == "U00" ? t - 10 : t }).filter { $0.kind == .sheetOutlier }, [])
    }

    func testModifiedZWorkedExample() {
        // Sample 10, 12, 12, 13, 30: median 12; |x − 12| = 2, 0, 0, 1, 18 → MAD = 1.
        // z(30) = 0.6745 × 18 / 1 = 12.141; z(13) = 0.6745.
        let s: [Double] = [10, 12, 12, 13, 30]
        XCTAssertEqual(ScoringStatistics.modifiedZ(30, sample: s)!, 12.141, accuracy: 1e-9)
        XCTAssertEqual(ScoringStatistics.modifiedZ(13, sample: s)!, 0.6745, accuracy: 1e-12)
        // MAD = 0 fallback: 5, 5, 5, 5, 15: median 5, mean |x − 5| = 2 → z(15) = 10 / (1.253314 × 2) = 3.9894.
        XCTAssertEqual(ScoringStatistics.modifiedZ(15, sample: [5, 5, 5, 5, 15])!, 10 / (1.253314 * 2), accuracy: 1e-12)
        XCTAssertNil(ScoringStatistics.modifiedZ(5, sample: [5, 5, 5]))
    }

    func selfSheet(_ unit: String, total: Int) -> SelfScoreSheet {
        let s = Fixture.sheet(unit, "x", total: total, table: table)
        return SelfScoreSheet(unitId: unit, cells: s.cells.mapValues { SelfScoreCell(value: $0, evidence: "Báo cáo") })
    }

    func testSelfInflationFlag() {
        let sheets = honest()
        let result = Fixture.compute(Fixture.config(members: ids, table: table), sheets)
        let agg = result.unit("U05")!.aggregate!             // about 210
        let maxPeer = result.unit("U05")!.sheets.map(\.total).max()!
        // 1. Far above: self 300 vs about 210, gap ≥ 10% × 400 = 40.
        var f = flags(sheets, selfSheets: [selfSheet("U05", total: 300)]).filter { $0.kind == .selfInflation }
        XCTAssertEqual(f.map(\.unitId), ["U05"])
        XCTAssertEqual(f[0].threshold, 40)
        // 2. Small gap but above every peer sheet.
        f = flags(sheets, selfSheets: [selfSheet("U05", total: maxPeer + 5)]).filter { $0.kind == .selfInflation }
        XCTAssertEqual(f.map(\.unitId), ["U05"])
        XCTAssertLessThan(f[0].value, 40)
        // 3. Not flagged: a claim within the peers' range.
        let modest = (agg.numerator / agg.denominator / 5) * 5
        XCTAssertEqual(flags(sheets, selfSheets: [selfSheet("U05", total: modest)]).filter { $0.kind == .selfInflation }, [])
        // The self-score is a claim: it never changes the aggregate.
        XCTAssertEqual(Fixture.compute(Fixture.config(members: ids, table: table), sheets, selfSheets: [selfSheet("U05", total: 400)]).unit("U05")!.aggregate, agg)
    }
}
