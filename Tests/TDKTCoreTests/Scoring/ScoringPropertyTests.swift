import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Property tests over generated clusters (hand-written SplitMix64 generator, fixed seeds).
final class ScoringPropertyTests: XCTestCase {
    let seeds: [UInt64] = [1, 2, 3, 7, 42, 99, 2025, 31337, 0xDEADBEEF, 123456789]

    func testResultIndependentOfOrderOfRatersSheetsAndFacts() {
        for seed in seeds {
            for method in [AggregationMethod.trimmedMean, .plainMean, .offsetRemovalThenTrim] {
                var rng = SplitMix64(seed: seed ^ 0x5555)
                let g = Fixture.generate(seed: seed, members: rng.int(5...16), aggregation: method)
                let base = Fixture.compute(g.config, g.sheets, selfSheets: g.selfSheets, facts: g.facts)
                for _ in 0..<3 {
                    var c = g.config
                    c.members = rng.shuffled(c.members)
                    c.bonusItems = rng.shuffled(c.bonusItems)
                    let shuffled = Fixture.compute(c, rng.shuffled(g.sheets), selfSheets: rng.shuffled(g.selfSheets),
                                                   facts: rng.shuffled(g.facts))
                    XCTAssertEqual(shuffled, base, "seed \(seed) method \(method)")
                }
            }
        }
    }

    func testEveryValueWithinItsMaximumAndCriteriaMeansSumExactlyToAggregate() {
        for seed in seeds {
            for method in [AggregationMethod.trimmedMean, .plainMean, .offsetRemovalThenTrim] {
                let g = Fixture.generate(seed: seed &* 3, members: 5 + Int(seed % 20), aggregation: method)
                let table = g.config.table
                let r = Fixture.compute(g.config, g.sheets, selfSheets: g.selfSheets, facts: g.facts)
                for u in r.units {
                    guard let agg = u.aggregate else { continue }
                    let sum = u.criteria.reduce(Rational.zero) { $0 + $1.mean }
                    if method == .offsetRemovalThenTrim {
                        XCTAssertEqual(sum + u.offsetAdjustment, agg, "seed \(seed) \(u.unitId)")
                    } else {
                        XCTAssertEqual(u.offsetAdjustment, .zero)
                        XCTAssertEqual(sum, agg, "criteria means must add up exactly, seed \(seed) \(u.unitId)")
                    }
                    for s in u.criteria {
                        let cr = table.criterion(id: s.criterionId)!
                        XCTAssertGreaterThanOrEqual(s.minimum, 0)
                        XCTAssertLessThanOrEqual(s.maximum, cr.maximum)
                        XCTAssertLessThanOrEqual(Rational(s.minimum), s.mean)
                        XCTAssertLessThanOrEqual(s.mean, Rational(s.maximum))
                    }
                    for s in u.sheets { XCTAssertLessThanOrEqual(s.total, table.maximumTotal); XCTAssertGreaterThanOrEqual(s.total, 0) }
                    if method != .offsetRemovalThenTrim {
                        XCTAssertLessThanOrEqual(agg, Rational(table.maximumTotal))
                        XCTAssertGreaterThanOrEqual(agg, .zero)
                    }
                    XCTAssertLessThanOrEqual(u.bonusApplied, g.config.bonusCap!)
                    XCTAssertGreaterThanOrEqual(u.finalScore!, .zero)
                    XCTAssertEqual(u.keptCount + u.sheets.filter { $0.dropped != nil }.count, u.sheets.count)
                    let expectedDrops = method.smallSampleFallback(sheets: u.sheets.count) != nil
                        ? (u.sheets.count - 1) / 2 : method.trimCount(sheets: u.sheets.count)
                    XCTAssertEqual(u.sheets.filter { $0.dropped == .highest }.count, expectedDrops)
                }
            }
        }
    }

    /// A cluster of 9 with a clear leader; one rival (the runner-up) marks every other unit 0.
    /// With the trimmed mean the 0-sheets are dropped as lowest and the leader stays first.
    /// The same attack on a plain mean does change the leader (so the scenario has teeth).
    func testSingleSaboteurDoesNotChangeLeaderWhenTrimming() {
        var plainFlipped = 0
        for seed in seeds {
            var rng = SplitMix64(seed: seed)
            let qualities = [0.92] + [0.84] + (0..<7).map { _ in rng.double(0.45, 0.75) }
            let g = Fixture.generate(seed: seed, members: 9, noise: 0.03, missingSheetRate: 0, incompleteRate: 0, quality: qualities)
            let leader = "U00", saboteur = "U01"
            let honest = Fixture.compute(g.config, g.sheets)
            XCTAssertEqual(honest.ranking.first, leader, "seed \(seed): the generated leader must lead honestly")
            let attacked = g.sheets.map { s -> CrossScoreSheet in
                guard s.raterId == saboteur else { return s }
                return CrossScoreSheet(raterId: s.raterId, rateeId: s.rateeId, cells: s.cells.mapValues { _ in 0 })
            }
            let trimmed = Fixture.compute(g.config, attacked)
            XCTAssertEqual(trimmed.ranking.first, leader, "seed \(seed): trimming must keep the leader")
            XCTAssertEqual(trimmed.unit(leader)!.sheets.first { $0.raterId == saboteur }?.dropped, .lowest)
            var plain = g.config
            plain.aggregation = .plainMean
            if Fixture.compute(plain, attacked).ranking.first != leader { plainFlipped += 1 }
        }
        XCTAssertGreaterThan(plainFlipped, 0, "the attack should beat a plain mean at least once")
    }

    /// Coarse tables make exact ties frequent: ranks must follow the chain, be reproducible, and every
    /// separated tie must name its rule.
    func testTiesBrokenByChainAndRankingReproducible() {
        var sawTieBreak = 0
        for seed in seeds {
            var rng = SplitMix64(seed: seed)
            let n = rng.int(6...14)
            let ids = Fixture.unitIds(n)
            let table = CriteriaTable(year: 2025, title: "Thô", decimals: 0, groups: [
                CriteriaGroup(id: "G1", name: "Nhóm 1", criteria: [Criterion(id: "A", name: "A", maximum: 2, step: 1)]),
                CriteriaGroup(id: "G2", name: "Nhóm 2", criteria: [Criterion(id: "B", name: "B", maximum: 2, step: 1)]),
            ], priorityGroupId: "G1")
            let c = Fixture.config(members: ids, table: table, aggregation: .plainMean)
            var sheets: [CrossScoreSheet] = []
            let base = Dictionary(uniqueKeysWithValues: ids.map { ($0, rng.int(0...4)) })
            for u in ids { for r in ids where r != u {
                let t = min(4, max(0, base[u]! + (rng.chance(0.15) ? rng.int(-1...1) : 0)))
                let a = rng.int(max(0, t - 2)...min(2, t))
                sheets.append(CrossScoreSheet(raterId: r, rateeId: u, cells: ["A": a, "B": t - a]))
            } }
            let r1 = Fixture.compute(c, sheets)
            let r2 = Fixture.compute(c, rng.shuffled(sheets))
            XCTAssertEqual(r1.units.map(\.rank), r2.units.map(\.rank))
            XCTAssertEqual(r1.tieBreaks, r2.tieBreaks)
            let byId = Dictionary(uniqueKeysWithValues: r1.units.map { ($0.unitId, $0) })
            for u in r1.units {
                guard let rank = u.rank else { continue }
                let ahead = r1.units.filter { v in
                    guard v.rank != nil, v.unitId != u.unitId else { return false }
                    return v.finalScore! > u.finalScore!
                        || (v.finalScore! == u.finalScore! && r1.tieBreaks.contains { $0.higherUnitId == v.unitId && $0.lowerUnitId == u.unitId })
                }
                XCTAssertEqual(rank, 1 + ahead.count, "seed \(seed) unit \(u.unitId)")
            }
            for rec in r1.tieBreaks {
                sawTieBreak += 1
                let a = byId[rec.higherUnitId]!, b = byId[rec.lowerUnitId]!
                XCTAssertEqual(a.finalScore, b.finalScore)
                XCTAssertLessThan(a.rank!, b.rank!)
                // Every rule earlier in the chain must have left the pair equal.
                for earlier in c.tieBreaks.prefix(while: { $0 != rec.rule }) {
                    switch earlier {
                    case .priorityGroup: XCTAssertEqual(a.priorityGroupMean, b.priorityGroupMean)
                    case .moreFullMarks: XCTAssertEqual(a.fullMarksPerSheet, b.fullMarksPerSheet)
                    case .fewerPenalties: XCTAssertEqual(a.penalty, b.penalty)
                    case .headToHead, .higherMedianSheet: break
                    }
                }
            }
            for shared in r1.sharedRanks {
                let finals = Set(shared.unitIds.map { byId[$0]!.finalScore! })
                XCTAssertEqual(finals.count, 1)
                XCTAssertEqual(Set(shared.unitIds.map { byId[$0]!.rank! }), [shared.rank])
            }
        }
        XCTAssertGreaterThan(sawTieBreak, 0, "the generator must produce ties that the chain separates")
    }
}
