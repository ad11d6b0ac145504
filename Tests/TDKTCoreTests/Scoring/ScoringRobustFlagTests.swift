import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Flags are measured against the median of the other sheets, so one wild rater does not get the
/// honest ones flagged; their values are printed in points with a decimal comma.
final class ScoringRobustFlagTests: XCTestCase {
    func testOneWildRaterDoesNotGetHonestRatersFlagged() {
        let ids = Fixture.unitIds(12)
        let table = Fixture.table()
        let c = Fixture.config(members: ids, table: table)
        // Similar units, 6 ticks apart; honest raters disagree by a few ticks; U07 scores at random.
        func total(_ r: String, _ u: String) -> Int {
            let ui = Int(u.dropFirst())!, ri = Int(r.dropFirst())!
            if r == "U07" { return [400, 0, 350, 20, 390, 10, 300, 5, 380, 40, 200, 0][ui] }
            return 300 - 6 * ui + ((ri * 5 + ui * 3) % 3 - 1) * 2
        }
        let r = Fixture.compute(c, Fixture.roundRobin(members: ids, table: table, total: total))
        let disagreeing = r.flags.filter { $0.kind == .raterDisagreement }.compactMap(\.raterId)
        XCTAssertEqual(disagreeing, ["U07"], "\(r.flags.map { $0.message(decimals: 1) })")
        XCTAssertFalse(r.flags.contains { $0.raterId != nil && $0.raterId != "U07" && $0.kind != .sheetOutlier })
    }

    func testFlagValuesInPointsWithADecimalComma() {
        let f = ScoringFlag(kind: .selfInflation, raterId: nil, unitId: "U01", value: 1050, threshold: 1000)
        XCTAssertEqual(f.message(language: "vi", decimals: 1),
                       "Đơn vị 'U01' tự chấm cao hơn nhiều so với điểm chấm chéo (chênh 105,00 điểm, ngưỡng 100,00)")
        XCTAssertTrue(f.message(language: "en", decimals: 1).contains("gap 105.00 points, threshold 100.00"))
        let o = ScoringFlag(kind: .raterOffset, raterId: "U05", unitId: nil, value: -212.5, threshold: 8)
        XCTAssertTrue(o.message(language: "vi", decimals: 1).contains("lệch -21,25 điểm so với trung vị các phiếu khác, ngưỡng 0,80"),
                      o.message(decimals: 1))
        let s = ScoringFlag(kind: .raterDisagreement, raterId: "U05", unitId: nil, value: 0.126, threshold: 0.3)
        XCTAssertTrue(s.message(language: "vi").contains("Spearman 0,13"), s.message())
    }
}
