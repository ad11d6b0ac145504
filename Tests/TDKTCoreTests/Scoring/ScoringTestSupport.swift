import Foundation
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Helpers for property tests on the shared seeded generator.
extension SplitMix64 {
    mutating func double() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func double(_ lo: Double, _ hi: Double) -> Double { lo + (hi - lo) * double() }
    mutating func chance(_ p: Double) -> Bool { double() < p }
    mutating func shuffled<T>(_ a: [T]) -> [T] {
        var a = a
        if a.count < 2 { return a }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, int(0...i)) }
        return a
    }
}

enum Fixture {
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600) // 01/01/2026 00:00 UTC

    static func unitIds(_ n: Int) -> [String] { (0..<n).map { String(format: "U%02d", $0) } }

    /// `count` criteria of `maximum` ticks and `step` ticks (decimals 1), in two groups; group G1 is the priority group.
    static func table(criteria count: Int = 4, maximum: Int = 100, step: Int = 5, year: Int = 2025) -> CriteriaTable {
        let all = (0..<count).map { Criterion(id: "C\($0 + 1)", name: "Tiêu chí \($0 + 1)", maximum: maximum, step: step) }
        let half = max(1, count / 2)
        var groups = [CriteriaGroup(id: "G1", name: "I. Nhiệm vụ chính trị", criteria: Array(all.prefix(half)))]
        if count > half { groups.append(CriteriaGroup(id: "G2", name: "II. Công tác khác", criteria: Array(all.dropFirst(half)))) }
        return CriteriaTable(year: year, title: "Bảng chấm điểm năm \(year)", decimals: 1, groups: groups, priorityGroupId: "G1")
    }

    static func config(members: [String], table: CriteriaTable = table(), raters: RaterPolicy = .allPeers,
                       aggregation: AggregationMethod = .trimmedMean, quorum: QuorumRule = .standard,
                       tieBreaks: [TieBreakRule] = TieBreakRule.defaultChain) -> RoundConfiguration {
        RoundConfiguration(roundId: "CUM1-2025", clusterId: "CUM1", year: 2025, members: members, table: table,
                           raters: raters, aggregation: aggregation, quorum: quorum, tieBreaks: tieBreaks,
                           bonusItems: [BonusItem(id: "B1", name: "Được tặng Bằng khen", maximum: 50),
                                        BonusItem(id: "B2", name: "Sáng kiến")],
                           bonusCap: 60, penaltyItems: [PenaltyItem(id: "P1", name: "Báo cáo chậm")])
    }

    /// A sheet with explicit values (table order).
    static func sheet(_ rater: String, _ ratee: String, _ values: [Int], table: CriteriaTable) -> CrossScoreSheet {
        let ids = table.criteria.map(\.id)
        return CrossScoreSheet(raterId: rater, rateeId: ratee, cells: Dictionary(uniqueKeysWithValues: zip(ids, values)))
    }

    /// A complete sheet whose total is `total` ticks, filled criterion by criterion (greedy).
    static func sheet(_ rater: String, _ ratee: String, total: Int, table: CriteriaTable) -> CrossScoreSheet {
        var left = total
        var values: [Int] = []
        for c in table.criteria {
            let v = min(left, c.maximum)
            values.append(v); left -= v
        }
        precondition(left == 0, "total too large for the table")
        return sheet(rater, ratee, values, table: table)
    }

    /// Full round-robin where every rater gives unit u the total `totals[u]` (plus `adjust(rater, ratee)`).
    static func roundRobin(members: [String], table: CriteriaTable, total: (String, String) -> Int) -> [CrossScoreSheet] {
        var out: [CrossScoreSheet] = []
        for u in members { for r in members where r != u { out.append(sheet(r, u, total: total(r, u), table: table)) } }
        return out
    }

    static func compute(_ c: RoundConfiguration, _ sheets: [CrossScoreSheet], selfSheets: [SelfScoreSheet] = [],
                        facts: [UnitFact] = [], exclusions: [UnitExclusion] = []) -> ScoringResult {
        ScoringEngine.compute(configuration: c, crossSheets: sheets, selfSheets: selfSheets, facts: facts, exclusions: exclusions)
    }

    static func openRound(_ c: RoundConfiguration) throws -> ScoringRound {
        var r = try ScoringRound(configuration: c)
        try r.openScoring()
        return r
    }

    /// A generated cluster: qualities per unit, offsets per rater, noise per cell; values on the steps.
    struct Generated {
        var config: RoundConfiguration
        var sheets: [CrossScoreSheet]
        var selfSheets: [SelfScoreSheet]
        var facts: [UnitFact]
        var quality: [String: Double]
    }

    static func generate(seed: UInt64, members n: Int, criteria m: Int = 6, noise: Double = 0.08,
                         missingSheetRate: Double = 0.05, incompleteRate: Double = 0.05,
                         aggregation: AggregationMethod = .trimmedMean,
                         quality fixedQuality: [Double]? = nil) -> Generated {
        var rng = SplitMix64(seed: seed)
        let ids = unitIds(n)
        let criteria = (0..<m).map { i -> Criterion in
            let step = [5, 10][rng.int(0...1)]
            let maximum = [50, 100, 150, 200][rng.int(0...3)]
            return Criterion(id: "C\(i + 1)", name: "Tiêu chí \(i + 1)", maximum: maximum, step: step)
        }
        let half = max(1, m / 2)
        let table = CriteriaTable(year: 2025, title: "Bảng 2025", decimals: 1,
                                  groups: [CriteriaGroup(id: "G1", name: "Nhóm 1", criteria: Array(criteria.prefix(half))),
                                           CriteriaGroup(id: "G2", name: "Nhóm 2", criteria: Array(criteria.dropFirst(half)))].filter { !$0.criteria.isEmpty },
                                  priorityGroupId: "G1")
        let c = config(members: ids, table: table, aggregation: aggregation)
        var quality: [String: Double] = [:]
        for (i, u) in ids.enumerated() { quality[u] = fixedQuality?[i] ?? rng.double(0.35, 0.95) }
        var offset: [String: Double] = [:]
        for u in ids { offset[u] = rng.double(-0.06, 0.06) }
        func value(_ q: Double, _ cr: Criterion) -> Int {
            let raw = q * Double(cr.maximum)
            let stepped = Int((raw / Double(cr.step)).rounded()) * cr.step
            return min(cr.maximum, max(0, stepped))
        }
        var sheets: [CrossScoreSheet] = []
        for u in ids {
            for r in ids where r != u {
                if rng.chance(missingSheetRate) { continue }
                var cells: [String: Int] = [:]
                for cr in criteria {
                    cells[cr.id] = value(quality[u]! + offset[r]! + rng.double(-noise, noise), cr)
                }
                if rng.chance(incompleteRate) { cells[criteria[rng.int(0...(m - 1))].id] = nil }
                sheets.append(CrossScoreSheet(raterId: r, rateeId: u, cells: cells))
            }
        }
        var selfSheets: [SelfScoreSheet] = []
        for u in ids where rng.chance(0.7) {
            var cells: [String: SelfScoreCell] = [:]
            for cr in criteria { cells[cr.id] = SelfScoreCell(value: value(quality[u]! + 0.1, cr), evidence: "Báo cáo") }
            selfSheets.append(SelfScoreSheet(unitId: u, cells: cells))
        }
        var facts: [UnitFact] = []
        for (i, u) in ids.enumerated() {
            if rng.chance(0.3) { facts.append(UnitFact(id: "F\(i)a", unitId: u, kind: .bonus, itemId: "B1", points: rng.int(0...8) * 10, documentReference: "QĐ \(i)")) }
            if rng.chance(0.3) { facts.append(UnitFact(id: "F\(i)b", unitId: u, kind: .bonus, itemId: "B2", points: rng.int(0...4) * 10, documentReference: "QĐ \(i)")) }
            if rng.chance(0.2) { facts.append(UnitFact(id: "F\(i)c", unitId: u, kind: .penalty, itemId: "P1", points: rng.int(1...3) * 10, documentReference: "CV \(i)")) }
        }
        return Generated(config: c, sheets: sheets, selfSheets: selfSheets, facts: facts, quality: quality)
    }
}
