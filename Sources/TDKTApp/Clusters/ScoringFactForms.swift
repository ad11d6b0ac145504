import TDKTText
import TDKTCore
import TerminalUI

/// Forms of the round's facts: a bonus or penalty with the document that justifies it, and a unit
/// excluded from the ranking with its reason and document. TDKTCore checks the item, the points,
/// the member and the document; the form only collects them.
enum ScoringFactForms {
    static func fact(_ ws: Workspace, view: ScoringView, lang: Language, done: @escaping (Application) -> Void) -> FormView {
        let c = view.configuration
        let l = lang.rawValue
        let members = c.members
        let items = c.bonusItems.map { ($0.id, "+ \($0.id) — \($0.name)", UnitFact.Kind.bonus) }
            + c.penaltyItems.map { ($0.id, "− \($0.id) — \($0.name)", UnitFact.Kind.penalty) }
        let fields = [
            FormView.Field(id: "unit", label: ScoringFactStrings.unit.text(lang), kind: .choice(members.map { ClusterUI.unitName(ws, $0) })),
            FormView.Field(id: "item", label: ScoringFactStrings.item.text(lang), kind: .choice(items.map(\.1))),
            FormView.Field(id: "points", label: ScoringFactStrings.points.text(lang), kind: .text(maxLength: 8), required: true) { text in
                PointsFormat.parse(text, decimals: c.table.decimals) == nil ? ScoringFactStrings.notPoints(c.table.format(1, language: l)).text(lang) : nil
            },
            FormView.Field(id: "document", label: ScoringFactStrings.document.text(lang), kind: .text(maxLength: 200), required: true),
            FormView.Field(id: "note", label: ScoringFactStrings.note.text(lang), kind: .text(maxLength: 300)),
        ]
        let form = FormView(id: "scoring-fact-\(c.clusterId)-\(c.year)", title: ScoringFactStrings.factTitle.text(lang), fields: fields)
        form.onSave = { values, app in
            guard let u = members.first(where: { ClusterUI.unitName(ws, $0) == values["unit"] }),
                  let item = items.first(where: { $0.1 == values["item"] }),
                  let ticks = PointsFormat.parse(values["points"] ?? "", decimals: c.table.decimals) else {
                return ScoringFactStrings.incomplete.text(app.language)
            }
            do {
                let fresh = try ws.scoringView(clusterId: c.clusterId, year: c.year)
                try ws.addScoringFact(UnitFact(id: "\(u)-\(item.0)-\(fresh.facts.count + 1)", unitId: u, kind: item.2, itemId: item.0,
                                               points: ticks, documentReference: values["document"] ?? "", note: values["note"] ?? ""),
                                      clusterId: c.clusterId, year: c.year, basedOn: fresh.revision)
                app.remove(form)
                done(app)
                return nil
            } catch { return ErrorText.message(error, app.language) }
        }
        return form
    }

    static func exclusion(_ ws: Workspace, view: ScoringView, lang: Language, done: @escaping (Application) -> Void) -> FormView {
        let c = view.configuration
        let l = lang.rawValue
        let reasons: [UnitExclusion.Reason] = [.underInvestigation, .seriousViolation, .other]
        let fields = [
            FormView.Field(id: "unit", label: ScoringFactStrings.unit.text(lang), kind: .choice(c.members.map { ClusterUI.unitName(ws, $0) })),
            FormView.Field(id: "reason", label: ScoringFactStrings.reason.text(lang), kind: .choice(reasons.map { $0.label(language: l) })),
            FormView.Field(id: "note", label: ScoringFactStrings.note.text(lang), kind: .text(maxLength: 300), required: true),
            FormView.Field(id: "document", label: ScoringFactStrings.document.text(lang), kind: .text(maxLength: 200), required: true),
        ]
        let form = FormView(id: "scoring-exclusion-\(c.clusterId)-\(c.year)", title: ScoringFactStrings.exclusionTitle.text(lang), fields: fields)
        form.onSave = { values, app in
            guard let u = c.members.first(where: { ClusterUI.unitName(ws, $0) == values["unit"] }),
                  let reason = reasons.first(where: { $0.label(language: l) == values["reason"] }) else {
                return ScoringFactStrings.incomplete.text(app.language)
            }
            do {
                let fresh = try ws.scoringView(clusterId: c.clusterId, year: c.year)
                try ws.excludeFromScoring(UnitExclusion(unitId: u, reason: reason, note: values["note"] ?? "", documentReference: values["document"] ?? ""),
                                          clusterId: c.clusterId, year: c.year, basedOn: fresh.revision)
                app.remove(form)
                done(app)
                return nil
            } catch { return ErrorText.message(error, app.language) }
        }
        return form
    }
}

enum ScoringFactStrings {
    typealias L = Localized
    static let factMenu = L(vi: "Ghi điểm cộng, điểm trừ…", en: "Record a bonus or penalty…")
    static let exclusionMenu = L(vi: "Không xếp hạng một đơn vị…", en: "Exclude a unit from the ranking…")
    static let factTitle = L(vi: "Điểm cộng, điểm trừ (kèm văn bản căn cứ)", en: "Bonus or penalty (with its document)")
    static let exclusionTitle = L(vi: "Không xếp hạng (kèm văn bản căn cứ)", en: "Excluded from the ranking (with its document)")
    static let unit = L(vi: "Đơn vị", en: "Unit")
    static let item = L(vi: "Khoản mục", en: "Item")
    static let points = L(vi: "Số điểm", en: "Points")
    static let document = L(vi: "Văn bản căn cứ", en: "Document")
    static let note = L(vi: "Ghi chú", en: "Note")
    static let reason = L(vi: "Lý do", en: "Reason")
    static let incomplete = L(vi: "Chưa chọn đủ đơn vị, khoản mục, số điểm", en: "Choose the unit, the item and the points")
    static func notPoints(_ tick: String) -> L { L(vi: "không phải số điểm (vd. \(tick))", en: "not points (e.g. \(tick))") }
    static let recorded = L(vi: "Đã ghi", en: "Recorded")
}
