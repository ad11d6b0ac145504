import Foundation
import TDKTText

/// Rater offsets by alternating means (research note §4.1 step 3), on sheet totals in ticks.
enum OffsetModel {
    /// `totals[ratee][rater]`. Starts from f_u = mean of the sheets u received, then repeats
    /// b_r = mean_u (T_ru − f_u), centred so that Σ b_r = 0, and f_u = mean_r (T_ru − b_r),
    /// until nothing moves by more than 1e-9 tick (at most 500 rounds). Iteration order is by
    /// sorted ids, so the result does not depend on the order of the input.
    static func fit(totals: [String: [String: Int]]) -> OffsetDiagnostic {
        let units = totals.keys.sorted().filter { !(totals[$0]!.isEmpty) }
        var byRater: [String: [(String, Double)]] = [:]
        for u in units { for (r, t) in totals[u]! { byRater[r, default: []].append((u, Double(t))) } }
        let raters = byRater.keys.sorted()
        for r in raters { byRater[r]!.sort { $0.0 < $1.0 } }
        var f: [String: Double] = [:]
        for u in units {
            let vals = totals[u]!.sorted { $0.key < $1.key }.map { Double($0.value) }
            f[u] = vals.reduce(0, +) / Double(vals.count)
        }
        var b: [String: Double] = Dictionary(uniqueKeysWithValues: raters.map { ($0, 0.0) })
        var iterations = 0
        for it in 1...500 {
            iterations = it
            var newB: [String: Double] = [:]
            for r in raters {
                let cells = byRater[r]!
                newB[r] = cells.reduce(0) { $0 + ($1.1 - f[$1.0]!) } / Double(cells.count)
            }
            let mb = raters.isEmpty ? 0 : raters.reduce(0) { $0 + newB[$1]! } / Double(raters.count)
            for r in raters { newB[r]! -= mb }
            var newF: [String: Double] = [:]
            for u in units {
                let cells = totals[u]!.sorted { $0.key < $1.key }
                newF[u] = cells.reduce(0) { $0 + (Double($1.value) - newB[$1.key]!) } / Double(cells.count)
            }
            var change = 0.0
            for r in raters { change = max(change, abs(newB[r]! - b[r]!)) }
            for u in units { change = max(change, abs(newF[u]! - f[u]!)) }
            b = newB; f = newF
            if change < 1e-9 { break }
        }
        return OffsetDiagnostic(raterOffsets: b, unitEffects: f, iterations: iterations)
    }

    /// An offset as an exact value: rounded to 1/1000 of a tick, so that everything after the
    /// (floating) fit is exact and reproducible.
    static func exact(_ offset: Double) -> Rational { Rational(Int((offset * 1000).rounded()), 1000) }
}
