import Foundation
import TDKTText

/// Correcting and removing award records, by the roles allowed to (the province's clerks and administrators),
/// each with a reason kept in the audit log.
public enum AwardRecords {
    static let label = Localized(vi: "Khen thưởng đã nhận", en: "Award record")
    static let reasonLabel = Localized(vi: "Lý do", en: "Reason")

    /// The record, as stored in its year.
    public static func find(_ id: String, year: Int, in ws: Workspace) throws -> Stored<AwardRecord> {
        guard let r = ws.awards(year: year).first(where: { $0.value.id == id }) else {
            throw ValidationError(field: "id", label: label, reason: Reason.unknownReference("\(year)/\(id)"))
        }
        return r
    }

    static func reason(_ text: String) throws -> String {
        let why = TextNormalization.clean(text).trimmingCharacters(in: .whitespaces)
        if why.isEmpty { throw ValidationError(field: "reason", label: reasonLabel, reason: Reason.empty) }
        if why.count > 1000 { throw ValidationError(field: "reason", label: reasonLabel, reason: Reason.tooLong(1000)) }
        return why
    }

    /// Replaces a record by its corrected form, checked: an award of the catalogue for this kind of nominee, a
    /// known nominee, a decision number in the official form, an amount not below zero. A record made from a
    /// decision here keeps its nominee and award (correct the decision instead). A change of year moves the file.
    @discardableResult
    public static func correct(_ corrected: AwardRecord, wasYear: Int, reason text: String, in ws: Workspace) throws -> AwardRecord {
        try ws.authorize(.correctAwards)
        let why = try reason(text)
        let current = try find(corrected.id, year: wasYear, in: ws)
        let was = current.value
        var r = corrected
        r.decisionNumber = r.decisionNumber.flatMap { DecisionNumber.parse($0)?.description ?? $0 }
        try r.validate()
        guard let award = ws.catalogue?.value.award(r.awardCode) else {
            throw ValidationError(field: "awardCode", label: Labels.award, reason: Reason.unknownReference(r.awardCode))
        }
        if !award.recipients.accepts(r.nominee.kind) {
            throw ValidationError(field: "awardCode", label: Labels.award, reason: Localized(
                vi: "\(award.name) không dành cho \(r.nominee.kind.label.vi.lowercased())",
                en: "\(award.nameEn) is not for a \(r.nominee.kind.label.en.lowercased())"))
        }
        let exists = switch r.nominee.kind {
        case .unit: ws.units[r.nominee.id] != nil
        case .person: ws.people[r.nominee.id] != nil
        case .household: ws.households[r.nominee.id] != nil
        }
        if !exists {
            throw ValidationError(field: "nominee", label: label, reason: Reason.unknownReference(r.nominee.id))
        }
        if let n = r.decisionNumber, DecisionNumber.parse(n) == nil {
            throw ValidationError(field: "decisionNumber", label: Localized(vi: "Số quyết định", en: "Decision number"), reason: Localized(
                vi: "'\(n)' không đúng dạng số/QĐ-cơ quan", en: "'\(n)' is not of the form number/QĐ-issuer"))
        }
        if let a = r.amount, a < 0 {
            throw ValidationError(field: "amount", label: Localized(vi: "Số tiền", en: "Amount"), reason: Reason.outOfRange(0, Int.max))
        }
        if was.source == .decided && (r.nominee != was.nominee || r.awardCode != was.awardCode || r.decisionNumber != was.decisionNumber) {
            throw ValidationError(field: "source", label: label, reason: Localized(
                vi: "khen thưởng theo quyết định \(was.decisionNumber ?? "") lập trong chương trình: không đổi người nhận, hình thức hay số quyết định",
                en: "made from decision \(was.decisionNumber ?? "") here: its recipient, award and number do not change"))
        }
        let action = "award.correct: \(why)"
        var writes = [PendingWrite(r, basedOn: r.year == wasYear ? current.revision : nil, action: action)]
        if r.year != wasYear { writes.append(PendingWrite(removing: was, basedOn: current.revision, action: action)) }
        try ws.store.commit(writes)
        ws.forget(awardYear: wasYear)
        ws.forget(awardYear: r.year)
        return r
    }

    /// Removes a record entered by hand or imported; one made from a decision here stays with its decision.
    public static func remove(_ id: String, year: Int, reason text: String, in ws: Workspace) throws {
        try ws.authorize(.correctAwards)
        let why = try reason(text)
        let current = try find(id, year: year, in: ws)
        if current.value.source == .decided {
            throw ValidationError(field: "source", label: label, reason: Localized(
                vi: "khen thưởng theo quyết định \(current.value.decisionNumber ?? "") lập trong chương trình không xóa riêng được",
                en: "an award made from decision \(current.value.decisionNumber ?? "") here cannot be removed on its own"))
        }
        try ws.store.commit([PendingWrite(removing: current.value, basedOn: current.revision, action: "award.remove: \(why)")])
        ws.forget(awardYear: year)
    }
}
