import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Agreement statistics against examples worked by hand.
final class ScoringAgreementTests: XCTestCase {

    /// Krippendorff's α (interval), 3 raters (A, B, C) × 4 units, two values missing:
    ///
    ///          u1   u2   u3   u4
    ///     A     1    3    2    5
    ///     B     2    3    –    4
    ///     C     –    4    2    5
    ///
    /// Pairable values N = 2 + 3 + 2 + 3 = 10.
    /// Observed: Σ over ordered pairs within each unit of (x_i − x_j)², divided by m_u − 1:
    ///   u1 {1,2}:   (1−2)² + (2−1)² = 2, / 1 = 2
    ///   u2 {3,3,4}: four ordered pairs (3,4)/(4,3) with 1, two (3,3) with 0 → 4, / 2 = 2
    ///   u3 {2,2}:   0
    ///   u4 {5,4,5}: four ordered pairs with 1 → 4, / 2 = 2
    ///   D_o = (2 + 2 + 0 + 2) / 10 = 0.6
    /// Expected: all 10 values 1,2,3,3,4,2,2,5,4,5; counts 1:1, 2:3, 3:2, 4:2, 5:2.
    ///   Σ over unordered pairs n_a n_b (a − b)²:
    ///   (1,2) 1·3·1 = 3; (1,3) 1·2·4 = 8; (1,4) 1·2·9 = 18; (1,5) 1·2·16 = 32; (2,3) 3·2·1 = 6;
    ///   (2,4) 3·2·4 = 24; (2,5) 3·2·9 = 54; (3,4) 2·2·1 = 4; (3,5) 2·2·4 = 16; (4,5) 2·2·1 = 4 → 169
    ///   ordered pairs: 338; D_e = 338 / (10 · 9) = 3.7556
    /// α = 1 − 0.6 / (338/90) = 1 − 54/338 = 1 − 27/169 = 142/169 = 0.840237
    func testKrippendorffAlphaIntervalWorkedExample() {
        let units: [[Double]] = [[1, 2], [3, 3, 4], [2, 2], [5, 4, 5]]
        XCTAssertEqual(Agreement.krippendorffAlphaInterval(units: units)!, 142.0 / 169.0, accuracy: 1e-12)
        // A unit with a single value is not pairable and changes nothing.
        XCTAssertEqual(Agreement.krippendorffAlphaInterval(units: units + [[9]])!, 142.0 / 169.0, accuracy: 1e-12)
        // Perfect agreement → 1; no variation at all → undefined.
        XCTAssertEqual(Agreement.krippendorffAlphaInterval(units: [[1, 1], [3, 3, 3]])!, 1, accuracy: 1e-12)
        XCTAssertNil(Agreement.krippendorffAlphaInterval(units: [[2, 2], [2, 2]]))
    }

    /// Classic Kendall's W, 3 raters × 4 units, complete, no ties:
    ///
    ///     scores      u1  u2  u3  u4      ranks (1 = lowest)
    ///     A           10  20  30  40      1 2 3 4
    ///     B           15  10  35  40      2 1 3 4
    ///     C            5  20  40  30      1 2 4 3
    ///
    /// R = (4, 5, 10, 11); R̄ = m(n+1)/2 = 3·5/2 = 7.5
    /// S = 3.5² + 2.5² + 2.5² + 3.5² = 12.25 + 6.25 + 6.25 + 12.25 = 37
    /// W = 12 S / (m² (n³ − n)) = 444 / (9 · 60) = 444/540 = 0.822222
    ///
    /// Brueckl's form on the same table: ρ = 1 − 6Σd²/(n(n²−1)) = 1 − 6Σd²/60
    ///   A–B: d = (−1, 1, 0, 0), Σd² = 2 → 0.8;  A–C: Σd² = 2 → 0.8;  B–C: d = (1, −1, −1, 1) → 0.6
    ///   ρ̄ = 2.2/3 = 0.7333; k = 3; W = (1 + 0.7333 · 2)/3 = 0.822222 — the same, as it must be.
    func testKendallWClassicAndBruecklWorkedExample() {
        let table: [[Double]] = [[10, 20, 30, 40], [15, 10, 35, 40], [5, 20, 40, 30]]
        XCTAssertEqual(Agreement.classicKendallW(table: table)!, 444.0 / 540.0, accuracy: 1e-12)
        var scores: [String: [String: Double]] = [:]
        for (i, r) in ["A", "B", "C"].enumerated() {
            for (j, u) in ["u1", "u2", "u3", "u4"].enumerated() { scores[r, default: [:]][u] = table[i][j] }
        }
        XCTAssertEqual(Agreement.kendallWBrueckl(scores: scores)!, 444.0 / 540.0, accuracy: 1e-12)
    }

    /// Brueckl's W with a missing value: as above but B did not score u4.
    ///   A–B on u1..u3: A ranks (1,2,3), B (15,10,35) → (2,1,3): Σd² = 2, ρ = 1 − 12/(3·8) = 0.5, weight 3
    ///   A–C on u1..u4: ρ = 0.8 (as above), weight 4
    ///   B–C on u1..u3: B (2,1,3), C (5,20,40) → (1,2,3): Σd² = 2, ρ = 0.5, weight 3
    ///   ρ̄ = (1.5 + 3.2 + 1.5) / 10 = 0.62; k = (3 + 3 + 3 + 2)/4 = 2.75
    ///   W = (1 + 0.62 · 1.75) / 2.75 = 2.085 / 2.75 = 0.758182
    func testKendallWBruecklWithMissingValue() {
        let scores: [String: [String: Double]] = [
            "A": ["u1": 10, "u2": 20, "u3": 30, "u4": 40],
            "B": ["u1": 15, "u2": 10, "u3": 35],
            "C": ["u1": 5, "u2": 20, "u3": 40, "u4": 30],
        ]
        XCTAssertEqual(Agreement.kendallWBrueckl(scores: scores)!, 2.085 / 2.75, accuracy: 1e-12)
    }

    /// Ties: ranks averaged; classic tie correction. Raters A (1,1,2) and B (1,2,3) on 3 units:
    ///   A ranks (1.5, 1.5, 3), T_A = 2³ − 2 = 6; B ranks (1, 2, 3), T_B = 0
    ///   R = (2.5, 3.5, 6); R̄ = 2·4/2 = 4; S = 2.25 + 0.25 + 4 = 6.5
    ///   W = 12·6.5 / (4·(27 − 3) − 2·6) = 78 / 84 = 0.928571
    func testClassicKendallWWithTies() {
        XCTAssertEqual(Agreement.classicKendallW(table: [[1, 1, 2], [1, 2, 3]])!, 78.0 / 84.0, accuracy: 1e-12)
        // Spearman with ties uses average ranks: (1.5,1.5,3) vs (1,2,3) → Pearson = 0.866025.
        XCTAssertEqual(ScoringStatistics.spearman([1, 1, 2], [1, 2, 3])!, 0.8660254037844386, accuracy: 1e-12)
    }

    func testSpearmanBrown() {
        // α = 0.5 over 9 sheets: 9·0.5 / (1 + 8·0.5) = 4.5/5 = 0.9
        XCTAssertEqual(Agreement.spearmanBrown(0.5, k: 9), 0.9, accuracy: 1e-12)
    }

    func testRoundAgreementReportAndCaution() {
        let table = Fixture.table()
        for (n, caution) in [(9, true), (10, false)] {
            let ids = Fixture.unitIds(n)
            var rng = SplitMix64(seed: UInt64(n))
            let sheets = Fixture.roundRobin(members: ids, table: table) { _, u in 100 + 20 * Int(u.dropFirst())! + 5 * rng.int(0...2) }
            let r = Fixture.compute(Fixture.config(members: ids, table: table), sheets)
            XCTAssertEqual(r.agreement.caution, caution)
            XCTAssertEqual(r.agreement.meanSheetsPerUnit, Double(n - 1))
            XCTAssertGreaterThan(r.agreement.alphaTotal!, 0.8)
            XCTAssertGreaterThan(r.agreement.kendallW!, 0.8)
            XCTAssertEqual(r.agreement.alphaByGroup.map(\.groupId), ["G1", "G2"])
            // Same α as computed directly from the sheet totals.
            let units = ids.map { u in r.unit(u)!.sheets.map { Double($0.total) } }
            XCTAssertEqual(r.agreement.alphaTotal!, Agreement.krippendorffAlphaInterval(units: units)!, accuracy: 1e-12)
        }
    }
}
