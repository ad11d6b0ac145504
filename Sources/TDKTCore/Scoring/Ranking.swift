import Foundation
import TDKTText

/// Standard competition ranking (1, 2, 2, 4) on exact values, then the tie-break chain.
enum RankingEngine {
    struct Candidate {
        var unitId: String
        var finalScore: Rational
        var priorityGroupMean: Rational?
        var fullMarksPerSheet: Rational?
        var penalty: Int
        var medianSheet: Rational?
    }

    struct Outcome {
        var ranks: [String: Int]
        var order: [String]
        var records: [TieBreakRecord]
        var shared: [SharedRank]
    }

    /// `headToHead(a, b)` = number of sheets, from raters outside {a, b}, putting a above b.
    static func rank(_ candidates: [Candidate], chain: [TieBreakRule], decimals: Int,
                     headToHead: (String, String) -> Int) -> Outcome {
        let sorted = candidates.sorted { $0.finalScore != $1.finalScore ? $0.finalScore > $1.finalScore : $0.unitId < $1.unitId }
        var ranks: [String: Int] = [:], order: [String] = [], records: [TieBreakRecord] = [], shared: [SharedRank] = []
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1].finalScore == sorted[i].finalScore { j += 1 }
            let group = Array(sorted[i...j])
            let parts = resolve(group, chain: chain, ruleIndex: 0, decimals: decimals, headToHead: headToHead, records: &records)
            var position = i + 1
            for p in parts {
                let ids = p.map(\.unitId).sorted()
                for id in ids { ranks[id] = position; order.append(id) }
                if ids.count > 1 { shared.append(SharedRank(rank: position, unitIds: ids)) }
                position += p.count
            }
            i = j + 1
        }
        return Outcome(ranks: ranks, order: order, records: records, shared: shared)
    }

    /// Splits a tied group into ordered sub-groups (best first), recording which rule separated whom.
    private static func resolve(_ group: [Candidate], chain: [TieBreakRule], ruleIndex: Int, decimals: Int,
                                headToHead: (String, String) -> Int, records: inout [TieBreakRecord]) -> [[Candidate]] {
        if group.count <= 1 || ruleIndex >= chain.count { return [group] }
        let rule = chain[ruleIndex]
        let keys: [Rational?]
        switch rule {
        case .priorityGroup: keys = group.map(\.priorityGroupMean)
        case .moreFullMarks: keys = group.map(\.fullMarksPerSheet)
        case .fewerPenalties: keys = group.map { Rational(-$0.penalty) }
        case .higherMedianSheet: keys = group.map(\.medianSheet)
        case .headToHead:
            guard group.count == 2 else {
                return resolve(group, chain: chain, ruleIndex: ruleIndex + 1, decimals: decimals, headToHead: headToHead, records: &records)
            }
            keys = [Rational(headToHead(group[0].unitId, group[1].unitId)), Rational(headToHead(group[1].unitId, group[0].unitId))]
        }
        // A missing key (e.g. no priority group) cannot separate anyone: skip the rule.
        guard keys.allSatisfy({ $0 != nil }) else {
            return resolve(group, chain: chain, ruleIndex: ruleIndex + 1, decimals: decimals, headToHead: headToHead, records: &records)
        }
        let distinct = Array(Set(keys.map { $0! })).sorted(by: >)
        if distinct.count == 1 {
            return resolve(group, chain: chain, ruleIndex: ruleIndex + 1, decimals: decimals, headToHead: headToHead, records: &records)
        }
        let parts: [[Candidate]] = distinct.map { k in group.indices.filter { keys[$0]! == k }.map { group[$0] }.sorted { $0.unitId < $1.unitId } }
        func show(_ k: Rational) -> String {
            switch rule {
            case .fewerPenalties: return PointsFormat.string(-k, decimals: decimals)
            case .headToHead, .moreFullMarks: return PointsFormat.string(k, decimals: 0)
            default: return PointsFormat.string(k, decimals: decimals)
            }
        }
        for (pi, hi) in parts.enumerated() {
            for lo in parts[(pi + 1)...] {
                for a in hi { for b in lo {
                    records.append(TieBreakRecord(higherUnitId: a.unitId, lowerUnitId: b.unitId, rule: rule,
                                                  higherValue: show(distinct[pi]), lowerValue: show(keys[group.firstIndex { $0.unitId == b.unitId }!]!)))
                } }
            }
        }
        return parts.flatMap { resolve($0, chain: chain, ruleIndex: ruleIndex + 1, decimals: decimals, headToHead: headToHead, records: &records) }
    }

    /// Plain competition ranks (shared on equality), used for diagnostics.
    static func competitionRanks(_ scores: [String: Rational]) -> [String: Int] {
        let sorted = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var ranks: [String: Int] = [:]
        for (i, e) in sorted.enumerated() {
            ranks[e.key] = (i > 0 && sorted[i - 1].value == e.value) ? ranks[sorted[i - 1].key]! : i + 1
        }
        return ranks
    }
}
