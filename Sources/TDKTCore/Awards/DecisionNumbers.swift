import Foundation
import TDKTText

/// The checks on a decision's number against the decisions and award records already kept.
public enum DecisionNumbers {
    static let label = Localized(vi: "Số quyết định", en: "Decision number")

    /// Refuses a number already used in the decision's year (compared on the parsed form, so "5/QĐ-UBND" is
    /// "05/QĐ-UBND"): by another decision, or by award records that give it another date.
    public static func checkUnused(_ decision: Decision, in ws: Workspace) throws {
        guard let parsed = decision.parsedNumber else { return }
        let year = decision.date.year
        for other in ws.store.loadAll(Decision.self, year: year).values where other.id == decision.id || other.parsedNumber?.key == parsed.key {
            let reason = other.date == decision.date
                ? Localized(vi: "\(decision.number) đã có (\(other.number), ngày \(other.date), \(other.id))",
                            en: "\(decision.number) already exists (\(other.number), dated \(other.date), \(other.id))")
                : Localized(vi: "\(decision.number) đã dùng cho quyết định ngày \(other.date) (\(other.number)); cùng số không thể có ngày khác",
                            en: "\(decision.number) is already the number of a decision dated \(other.date) (\(other.number)); one number cannot have another date")
            throw ValidationError(field: "number", label: label, reason: reason)
        }
        // Award records are kept by the award's year; a decision is made in that year or the next.
        for r in (ws.awards(year: year) + ws.awards(year: year - 1)).map(\.value)
        where r.decisionNumber.flatMap(DecisionNumber.parse)?.key == parsed.key {
            if let d = r.decisionDate, d != decision.date, d.year == year {
                throw ValidationError(field: "date", label: label, reason: Localized(
                    vi: "\(decision.number) đã ghi trong khen thưởng \(r.id) với ngày \(d); cùng số không thể có ngày khác",
                    en: "\(decision.number) is recorded on award \(r.id) dated \(d); one number cannot have another date"))
            }
        }
    }

    /// A decision whose symbol belongs to a level above or below the award's authority (rule 20): a remark.
    public static func levelWarnings(_ award: AwardType, number: DecisionNumber?) -> [Localized] {
        guard let number else { return [] }
        let levels = number.issuerLevels
        if levels.contains(award.level) { return [] }
        let highest = levels.max { $0.rank < $1.rank }!
        let above = highest.rank > award.level.rank
        return [Localized(
            vi: "\(number) là quyết định của \(highest.label.vi), \(above ? "cao hơn" : "thấp hơn") thẩm quyền của \(award.name) (\(award.level.label.vi))",
            en: "\(number) is a decision of the \(highest.label.en), \(above ? "above" : "below") the authority for \(award.nameEn) (\(award.level.label.en))")]
    }
}
