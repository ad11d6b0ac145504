import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Correcting an award record from the history lookup (F9): the fields `tdkt awards correct` changes — year,
/// award, kind, decision number and date, amount — and the reason, required. F2 saves through
/// AwardRecords.correct, which checks the role, the catalogue and the record's source and keeps the reason in
/// the audit log; its refusals are shown as they are.
enum AwardRecordForm {
    static func view(_ record: AwardRecord, ws: Workspace, lang: Language, onSaved: @escaping (AwardRecord, Application) -> Void) -> PanelFormView {
        let names = AwardNames(ws: ws, lang: lang)
        var codes = (ws.catalogue?.value.awards ?? []).filter { $0.recipients.accepts(record.nominee.kind) }.map(\.code)
        if !codes.contains(record.awardCode) { codes.insert(record.awardCode, at: 0) }
        let kinds = Proposal.Kind.allCases
        let form = FormView(id: "award-record-correct", title: AwardStrings.correctRecordTitle(record.id).text(lang), fields: [
            FormView.Field(id: "year", label: AwardStrings.colYear.text(lang), kind: .number(min: 1945, max: 2100),
                           value: String(record.year), required: true),
            FormView.Field(id: "award", label: AwardStrings.colAward.text(lang), kind: .choice(codes), value: record.awardCode),
            FormView.Field(id: "kind", label: AwardStrings.recordKind.text(lang), kind: .choice(kinds.map { $0.label.text(lang) }),
                           value: record.kind.label.text(lang)),
            FormView.Field(id: "number", label: AwardStrings.colDecision.text(lang), kind: .text(maxLength: 40),
                           value: record.decisionNumber ?? ""),
            FormView.Field(id: "date", label: AwardStrings.decisionDate.text(lang), kind: .date, value: record.decisionDate?.display ?? ""),
            FormView.Field(id: "amount", label: AwardStrings.colAmount.text(lang), kind: .number(min: 0, max: 999_999_999_999),
                           value: record.amount.map(String.init) ?? ""),
            FormView.Field(id: "reason", label: AwardStrings.correctionReason.text(lang), kind: .longText(maxLength: 1000, lines: 2), required: true),
        ])
        let v = PanelFormView(form: form, formRows: 17)
        v.panel = { width, lang in
            var out = PanelFormView.wrap(names.nominee(record.nominee) + " — " + names.award(record.awardCode) + " " + String(record.year),
                                         width: width, style: .header)
            if let code = form.field("award")?.value, code != record.awardCode {
                out += PanelFormView.wrap("→ " + names.award(code), width: width)
            }
            out += PanelFormView.wrap(AwardStrings.correctionNote.text(lang), width: width, style: .placeholder)
            return out
        }
        v.onSave = { app in
            guard v.validate(app) else { return }
            var r = record
            let value = { (id: String) in form.field(id)?.value.trimmingCharacters(in: .whitespaces) ?? "" }
            do {
                if let y = Int(value("year")) { r.year = y }
                r.awardCode = value("award")
                if let k = kinds.first(where: { $0.label.text(lang) == value("kind") }) { r.kind = k }
                r.decisionNumber = value("number").isEmpty ? nil : value("number")
                r.decisionDate = value("date").isEmpty ? nil : try CivilDate.parse(value("date"))
                r.amount = value("amount").isEmpty ? nil : Int(value("amount"))
                let saved = try AwardRecords.correct(r, wasYear: record.year, reason: value("reason"), in: ws)
                form.markSaved()
                v.close(app)
                onSaved(saved, app)
            } catch {
                app.showError(ErrorText.message(error, lang))
            }
        }
        return v
    }
}
