import Foundation
import TDKTText

/// A result and its sheets as data for spreadsheets and programs: points as numbers with a decimal
/// point (never rounded for display: up to 6 decimals, and the exact fraction when it does not end),
/// ranks, kept sheets, the aggregate's basis and the flags. Shared by `tdkt scores result --format
/// csv|json` and the export of the sheet matrix.
public enum ScoringExport {
    /// Points of a value in ticks as a machine number: "93.375", "94.883333" (6 decimals at most).
    public static func number(_ r: Rational?, decimals: Int) -> String {
        guard let r else { return "" }
        var scale = 1
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let points = r * Rational(1, scale)
        let (units, places) = points.rounded(places: 6)
        return PointsFormat.decimalString(units: units, places: places, language: "en", trimZeros: true)
    }

    public static func number(ticks: Int?, decimals: Int) -> String { number(ticks.map { Rational($0) }, decimals: decimals) }

    /// The exact value in points: "93.375" when it ends, else a fraction "2846/30" reduced ("1423/15").
    public static func exact(_ r: Rational?, decimals: Int) -> String {
        guard let r else { return "" }
        var scale = 1
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let points = r * Rational(1, scale)
        var d = points.denominator
        while d % 2 == 0 { d /= 2 }
        while d % 5 == 0 { d /= 5 }
        return d == 1 ? number(r, decimals: decimals) : "\(points.numerator)/\(points.denominator)"
    }

    public static let resultColumns = ["rank", "unit", "name", "status", "method", "sheets", "kept", "kept_raters", "dropped_raters",
                                       "aggregate", "bonus_claimed", "bonus_applied", "penalty", "final", "final_exact", "self_total",
                                       "offset_corrected_rank", "flags"]

    /// One row per unit, in result order; `names` gives unit names. Values as in `resultColumns`.
    public static func resultRows(_ r: ScoringResult, table: CriteriaTable, names: [String: String]) -> [[String]] {
        let d = table.decimals
        return r.units.map { u in
            let status: String
            if let x = u.exclusion { status = "excluded:" + x.reason.rawValue }
            else if u.aggregate == nil { status = "no-sheets" }
            else { status = u.isProvisional ? "provisional" : "" }
            let kept: [String] = u.sheets.filter { $0.dropped == nil }.map(\.raterId)
            let dropped: [String] = u.sheets.filter { $0.dropped != nil }.map(\.raterId)
            let flags: [String] = r.flags(involving: u.unitId).map(\.kind.rawValue)
            var row: [String] = [u.rank.map(String.init) ?? "", u.unitId, names[u.unitId] ?? u.unitId, status,
                                 u.aggregateBasis?.rawValue ?? "", String(u.sheets.count), String(u.keptCount)]
            row.append(kept.joined(separator: " "))
            row.append(dropped.joined(separator: " "))
            row.append(number(u.aggregate, decimals: d))
            row.append(number(ticks: u.bonusClaimed, decimals: d))
            row.append(number(ticks: u.bonusApplied, decimals: d))
            row.append(number(ticks: u.penalty, decimals: d))
            row.append(number(u.finalScore, decimals: d))
            row.append(exact(u.finalScore, decimals: d))
            row.append(number(ticks: u.selfTotal, decimals: d))
            row.append(u.offsetCorrectedRank.map(String.init) ?? "")
            row.append(flags.joined(separator: " "))
            for c in table.criteria {
                let s = u.criteria.first { $0.criterionId == c.id }
                row += [number(s?.mean, decimals: d), number(ticks: s?.minimum, decimals: d), number(ticks: s?.maximum, decimals: d)]
            }
            return row
        }
    }

    public static func resultHeaders(_ table: CriteriaTable) -> [String] {
        resultColumns + table.criteria.flatMap { ["\($0.id)_mean", "\($0.id)_min", "\($0.id)_max"] }
    }

    /// JSON objects: numeric columns as JSON numbers (exact to 6 decimals), the rest as text.
    public static func resultJSON(_ r: ScoringResult, table: CriteriaTable, names: [String: String]) -> Data {
        let headers = resultHeaders(table)
        let textual: Set<String> = ["unit", "name", "status", "method", "kept_raters", "dropped_raters", "final_exact", "flags"]
        let objects: [[String: Any]] = resultRows(r, table: table, names: names).map { row in
            var o: [String: Any] = [:]
            for (h, v) in zip(headers, row) {
                if textual.contains(h) { o[h] = v } else if v.isEmpty { o[h] = NSNull() } else { o[h] = Decimal(string: v).map { NSDecimalNumber(decimal: $0) } ?? v }
            }
            return o
        }
        return (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }

    /// The sheet matrix as the offices' one-row-per-cell CSV (rater unit, rated unit, criterion code, points).
    public static func sheetRows(_ sheets: [CrossScoreSheet], table: CriteriaTable) -> [[String]] {
        sheets.sorted { ($0.raterId, $0.rateeId) < ($1.raterId, $1.rateeId) }.flatMap { s in
            table.criteria.compactMap { c in s.cells[c.id].map { [s.raterId, s.rateeId, c.id, number(ticks: $0, decimals: table.decimals)] } }
        }
    }
}
