import Foundation
import TDKTText

/// Small statistics used by flags and agreement (Double: these are diagnostics, not scores).
public enum ScoringStatistics {
    public static func mean(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count) }

    public static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted(), n = s.count
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
    }

    /// Median absolute deviation from the median (unscaled).
    public static func mad(_ xs: [Double]) -> Double? {
        guard let m = median(xs) else { return nil }
        return median(xs.map { abs($0 - m) })
    }

    /// Ranks 1…n in ascending order, ties get the average of their positions.
    public static func averageRanks(_ xs: [Double]) -> [Double] {
        let idx = xs.indices.sorted { xs[$0] < xs[$1] || (xs[$0] == xs[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: xs.count)
        var i = 0
        while i < idx.count {
            var j = i
            while j + 1 < idx.count && xs[idx[j + 1]] == xs[idx[i]] { j += 1 }
            let r = Double(i + j) / 2 + 1
            for k in i...j { ranks[idx[k]] = r }
            i = j + 1
        }
        return ranks
    }

    /// Pearson correlation; nil when fewer than 2 points or a side is constant.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, let mx = mean(x), let my = mean(y) else { return nil }
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Spearman's ρ = Pearson of the average ranks (handles ties); nil when a side is constant.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count else { return nil }
        return pearson(averageRanks(x), averageRanks(y))
    }

    /// Iglewicz–Hoaglin modified z = 0.6745 (x − median) / MAD. When MAD = 0 the usual fallback
    /// (x − median) / (1.253314 · mean absolute deviation) is used; nil when both are 0.
    public static func modifiedZ(_ x: Double, sample: [Double]) -> Double? {
        guard let med = median(sample), let m = mad(sample) else { return nil }
        if m > 0 { return 0.6745 * (x - med) / m }
        let meanAD = sample.reduce(0) { $0 + abs($1 - med) } / Double(sample.count)
        guard meanAD > 0 else { return nil }
        return (x - med) / (1.253314 * meanAD)
    }
}
