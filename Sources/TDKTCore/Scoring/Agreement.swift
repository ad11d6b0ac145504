import Foundation
import TDKTText

/// Inter-rater agreement statistics (research note §2).
public enum Agreement {
    /// Krippendorff's α with the interval metric δ(a, b) = (a − b)².
    ///
    /// `units[u]` holds the values unit u received (any number; missing values are simply absent).
    /// Only units with at least 2 values are pairable; N = number of pairable values.
    ///   D_o = (1/N) Σ_u Σ_{i≠j} (x_i − x_j)² / (m_u − 1)
    ///   D_e = Σ_{k≠l over all pairable values} (x_k − x_l)² / (N (N − 1))
    ///   α = 1 − D_o / D_e
    /// (sums over ordered pairs). nil when there is nothing to pair or D_e = 0.
    public static func krippendorffAlphaInterval(units: [[Double]]) -> Double? {
        let pairable = units.filter { $0.count >= 2 }
        let all = pairable.flatMap { $0 }
        let n = Double(all.count)
        guard n >= 2 else { return nil }
        // Σ over ordered pairs i ≠ j of (x_i − x_j)² = 2 (m Σx² − (Σx)²)
        func pairSum(_ xs: [Double]) -> Double {
            let s = xs.reduce(0, +), s2 = xs.reduce(0) { $0 + $1 * $1 }
            return 2 * (Double(xs.count) * s2 - s * s)
        }
        var dO = 0.0
        for u in pairable { dO += pairSum(u) / Double(u.count - 1) }
        dO /= n
        let dE = pairSum(all) / (n * (n - 1))
        guard dE > 0 else { return nil }
        return 1 - dO / dE
    }

    /// Spearman–Brown reliability of the mean of k sheets from single-sheet reliability r.
    public static func spearmanBrown(_ r: Double, k: Double) -> Double { k * r / (1 + (k - 1) * r) }

    /// Kendall's W, Brueckl's generalisation for incomplete data (research note §4.1 step 6;
    /// `DescTools::KendallW` with missing data): for every pair of raters, Spearman's ρ over the
    /// units both scored (at least 3, and not constant for either); ρ̄ = mean weighted by the number
    /// of those units; W = (1 + ρ̄ (k − 1)) / k with k = mean number of values per unit.
    /// On complete data without ties this equals the classic W (see `classicKendallW`).
    /// `scores[rater][unit]`.
    public static func kendallWBrueckl(scores: [String: [String: Double]]) -> Double? {
        let raters = scores.keys.sorted()
        var weighted = 0.0, weight = 0.0
        for (i, p) in raters.enumerated() {
            for q in raters[(i + 1)...] {
                let sp = scores[p]!, sq = scores[q]!
                let common = sp.keys.filter { sq[$0] != nil }.sorted()
                guard common.count >= 3 else { continue }
                guard let rho = ScoringStatistics.spearman(common.map { sp[$0]! }, common.map { sq[$0]! }) else { continue }
                weighted += rho * Double(common.count); weight += Double(common.count)
            }
        }
        guard weight > 0 else { return nil }
        let rhoBar = weighted / weight
        var perUnit: [String: Int] = [:]
        for r in raters { for u in scores[r]!.keys { perUnit[u, default: 0] += 1 } }
        let counted = perUnit.values.filter { $0 >= 1 }
        guard !counted.isEmpty else { return nil }
        let k = Double(counted.reduce(0, +)) / Double(counted.count)
        guard k > 0 else { return nil }
        return (1 + rhoBar * (k - 1)) / k
    }

    /// Classic Kendall's W on a complete table `table[rater][unit]` (higher value = better; ranks
    /// within each rater, ties averaged, with the tie correction):
    ///   W = 12 S / (m² (n³ − n) − m Σ_r T_r), S = Σ_u (R_u − m(n+1)/2)², T_r = Σ_groups (t³ − t).
    public static func classicKendallW(table: [[Double]]) -> Double? {
        let m = table.count
        guard m >= 2, let n = table.first?.count, n >= 2, table.allSatisfy({ $0.count == n }) else { return nil }
        var rankSums = [Double](repeating: 0, count: n)
        var tieSum = 0.0
        for row in table {
            let r = ScoringStatistics.averageRanks(row)
            for u in 0..<n { rankSums[u] += r[u] }
            var counts: [Double: Int] = [:]
            for v in row { counts[v, default: 0] += 1 }
            for t in counts.values where t > 1 { tieSum += Double(t * t * t - t) }
        }
        let mean = Double(m * (n + 1)) / 2
        let s = rankSums.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let md = Double(m), nd = Double(n)
        let denom = md * md * (nd * nd * nd - nd) - md * tieSum
        guard denom > 0 else { return nil }
        return 12 * s / denom
    }
}
