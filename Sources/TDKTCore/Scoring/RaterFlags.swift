import Foundation
import TDKTText

/// Flags for humans (research note §4 step 7). Nothing here changes a score.
enum FlagDetector {
    /// `totals[ratee][rater]` (complete sheets, ticks); `selfTotals[unit]`; `aggregates[unit]`
    /// (official aggregate before bonus and penalty).
    static func detect(totals: [String: [String: Int]], selfTotals: [String: Int], aggregates: [String: Rational],
                       maximumTotal: Int, thresholds: FlagThresholds) -> [ScoringFlag] {
        var flags: [ScoringFlag] = []
        let units = totals.keys.sorted()
        var raterSet = Set<String>()
        for u in units { raterSet.formUnion(totals[u]!.keys) }
        let raters = raterSet.sorted()

        // Robust consensus c_{-r}(u) = median of the other raters' sheets for u, and the offset
        // b_r = mean_u (T_ru − c_{-r}(u)). The median (not the mean) keeps one wild rater from
        // dragging every honest rater's consensus — and so from getting honest raters flagged.
        var looOffsets: [String: Double] = [:]
        var consistency: [String: (Double?, [Double])] = [:]
        for r in raters {
            var own: [Double] = [], cons: [Double] = []
            for u in units {
                guard let t = totals[u]![r] else { continue }
                let others = totals[u]!.filter { $0.key != r }.map { Double($0.value) }
                guard let consensus = ScoringStatistics.median(others) else { continue }
                own.append(Double(t)); cons.append(consensus)
            }
            guard !own.isEmpty else { continue }
            looOffsets[r] = zip(own, cons).reduce(0) { $0 + ($1.0 - $1.1) } / Double(own.count)
            consistency[r] = (own.count >= 3 ? ScoringStatistics.spearman(own, cons) : nil, own)
        }

        // 1. Offset beyond k robust SDs (1.4826·MAD) of all raters' offsets, with a floor.
        let offsets = raters.compactMap { looOffsets[$0] }
        if offsets.count >= 3, let med = ScoringStatistics.median(offsets), let mad = ScoringStatistics.mad(offsets) {
            let threshold = max(thresholds.offsetRobustSDs * 1.4826 * mad, thresholds.offsetMinimumShare * Double(maximumTotal))
            for r in raters {
                guard let b = looOffsets[r] else { continue }
                if abs(b - med) > threshold {
                    flags.append(ScoringFlag(kind: .raterOffset, raterId: r, unitId: nil, value: b - med, threshold: threshold))
                }
            }
        }

        // 2. Consistency with the robust consensus, and straight-lining.
        for r in raters {
            guard let (rho, own) = consistency[r], own.count >= 3 else { continue }
            if Set(own).count == 1 {
                flags.append(ScoringFlag(kind: .raterConstant, raterId: r, unitId: nil, value: own[0], threshold: 0))
            } else if let rho, rho < thresholds.minimumConsistency {
                flags.append(ScoringFlag(kind: .raterDisagreement, raterId: r, unitId: nil, value: rho, threshold: thresholds.minimumConsistency))
            }
        }

        // 3. Sheets far from the unit's other sheets: |modified z| > threshold (needs 3 sheets).
        for u in units {
            let sheets = totals[u]!.sorted { $0.key < $1.key }
            guard sheets.count >= 3 else { continue }
            let sample = sheets.map { Double($0.value) }
            for (r, t) in sheets {
                if let z = ScoringStatistics.modifiedZ(Double(t), sample: sample), abs(z) > thresholds.outlierModifiedZ {
                    flags.append(ScoringFlag(kind: .sheetOutlier, raterId: r, unitId: u, value: z, threshold: thresholds.outlierModifiedZ))
                }
            }
        }

        // 4. Self-inflation: self − official ≥ share × maximum, or self above every peer sheet.
        for u in selfTotals.keys.sorted() {
            guard let s = selfTotals[u], let agg = aggregates[u], let peers = totals[u], !peers.isEmpty else { continue }
            let gap = (Rational(s) - agg).doubleValue
            let threshold = thresholds.selfInflationShare * Double(maximumTotal)
            if gap >= threshold || s > peers.values.max()! {
                flags.append(ScoringFlag(kind: .selfInflation, raterId: nil, unitId: u, value: gap, threshold: threshold))
            }
        }
        return flags
    }
}
