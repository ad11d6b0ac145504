import Foundation
import TDKTText

/// How a scoring result is put into words, shared by the command line (`tdkt scores result`) and
/// the screens so both say the same thing. `language` is "vi" or "en".
public enum ScoringText {
    /// An exact score in points with two decimals; "-" when there is none.
    public static func points(_ r: Rational?, _ table: CriteriaTable, language: String = "vi") -> String {
        r.map { PointsFormat.string($0, decimals: table.decimals, places: 2, language: language) } ?? "-"
    }

    /// Ticks of the table in points; "-" when there is none.
    public static func ticks(_ t: Int?, _ table: CriteriaTable, language: String = "vi") -> String {
        t.map { table.format($0, language: language) } ?? "-"
    }

    /// A ratio with three decimals; "-" when there is none.
    public static func ratio(_ d: Double?, language: String = "vi") -> String {
        guard let d else { return "-" }
        let s = String(format: "%.3f", d)
        return language == "en" ? s : s.replacingOccurrences(of: ".", with: ",")
    }

    /// Excluded (with its reason), without sheets, or provisional (sheets/quorum); empty otherwise.
    public static func status(_ u: UnitResult, language: String = "vi") -> String {
        let en = language == "en"
        if let x = u.exclusion { return (en ? "excluded: " : "không xếp hạng: ") + x.reason.label(language: language) }
        if u.aggregate == nil { return en ? "no sheets" : "chưa có phiếu" }
        return u.isProvisional ? (en ? "provisional (\(u.sheets.count)/\(u.quorum) sheets)"
                                     : "tạm thời (\(u.sheets.count)/\(u.quorum) phiếu)") : ""
    }

    /// Says when a unit's aggregate is a small-sample fallback (median instead of a trimmed mean); empty otherwise.
    public static func basis(_ u: UnitResult, language: String = "vi") -> String {
        guard let b = u.aggregateBasis, b.isFallback else { return "" }
        return (language == "en" ? "aggregate: " : "cách tính: ") + b.label(language: language)
    }

    /// The sheets trimming dropped, each with its rater, side and total.
    public static func dropped(_ u: UnitResult, _ table: CriteriaTable, language: String = "vi") -> String {
        let en = language == "en"
        return u.sheets.filter { $0.dropped != nil }.map { s in
            let side = s.dropped == .highest ? (en ? "highest" : "cao nhất") : (en ? "lowest" : "thấp nhất")
            return "\(s.raterId) (\(side) \(ticks(s.total, table, language: language)))"
        }.joined(separator: "; ")
    }

    /// The caps that changed the unit's score, before → after.
    public static func caps(_ u: UnitResult, _ table: CriteriaTable, language: String = "vi") -> String {
        let en = language == "en"
        return u.caps.map { c in
            let what: String
            switch c.kind {
            case .bonusItem: what = (en ? "item cap " : "trần khoản ") + (c.itemId ?? "")
            case .bonusTotal: what = en ? "bonus cap" : "trần điểm cộng"
            case .floorAtZero: what = en ? "floor at 0" : "không âm"
            }
            return "\(what): \(points(c.before, table, language: language)) → \(points(c.after, table, language: language))"
        }.joined(separator: "; ")
    }

    /// Tie-break notes for a unit: which rule put it above or below whom, and shared ranks.
    public static func ties(_ u: UnitResult, in r: ScoringResult, language: String = "vi") -> String {
        let en = language == "en"
        var notes = r.tieBreaks.filter { $0.higherUnitId == u.unitId || $0.lowerUnitId == u.unitId }.map { t in
            let other = t.higherUnitId == u.unitId ? t.lowerUnitId : t.higherUnitId
            let above = t.higherUnitId == u.unitId
            return en ? "\(above ? "above" : "below") \(other) by \(t.rule.label(language: language)) (\(t.higherValue) vs \(t.lowerValue))"
                      : "\(above ? "trên" : "dưới") \(other) do \(t.rule.label(language: language)) (\(t.higherValue) so với \(t.lowerValue))"
        }
        if let s = r.sharedRanks.first(where: { $0.unitIds.contains(u.unitId) }) {
            let o = s.unitIds.filter { $0 != u.unitId }.joined(separator: ", ")
            notes.append(en ? "shares rank \(s.rank) with \(o)" : "đồng hạng \(s.rank) với \(o)")
        }
        return notes.joined(separator: "; ")
    }

    /// The caution printed under the agreement figures of a small cluster.
    public static func smallClusterCaution(language: String = "vi") -> String {
        language == "en" ? "Caution: fewer than 10 members — these figures are indicative only."
                         : "Lưu ý: cụm dưới 10 thành viên — các chỉ số này chỉ mang tính tham khảo."
    }

    /// Shown over a result that is not final.
    public static func provisionalBanner(language: String = "vi") -> String {
        language == "en" ? "PROVISIONAL RESULT: computed from the sheets saved so far; final only when the round is finalized."
                         : "KẾT QUẢ TẠM TÍNH: tính từ các phiếu đã lưu; chỉ chính thức khi chốt kết quả."
    }
}
