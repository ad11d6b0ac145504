import Foundation
import TDKTCore
import TDKTText
import TerminalUI

/// The round's later steps in the set-up menu: open the explanation period (deadline), revise a
/// sheet's cell answering an explanation (logged against it), make the result final, and reopen the
/// frozen criteria table with a reason. Each is a Workspace operation that checks the role.
enum ScoringExplanationSteps {
    static func items(_ ws: Workspace, view: ScoringView, lang: Language, refresh: @escaping (Application) -> Void) -> [MenuView.Item] {
        let c = view.configuration
        var items: [MenuView.Item] = []
        let running = ws.mayRunRound(clusterId: c.clusterId, year: c.year)
        if view.state == .closed && running {
            items.append(MenuView.Item(ScoringStepStrings.openExplanations.text(lang)) { app in
                app.push(PromptDialog(title: ScoringStepStrings.openExplanations.text(app.language), label: ScoringStepStrings.deadline.text(app.language)) { text, app in
                    guard let text, !text.isEmpty else { return }
                    do {
                        let day = try CivilDate.parse(text, field: "deadline")
                        var d = DateComponents(); d.year = day.year; d.month = day.month; d.day = day.day; d.hour = 23; d.minute = 59; d.second = 59
                        guard let deadline = Calendar(identifier: .gregorian).date(from: d) else { return }
                        let fresh = try ws.scoringView(clusterId: c.clusterId, year: c.year)
                        try ws.openExplanationPeriod(clusterId: c.clusterId, year: c.year, deadline: deadline, basedOn: fresh.revision)
                        refresh(app)
                    } catch { app.showError(ErrorText.message(error, app.language)) }
                })
            })
        }
        if view.state == .explanation && !view.explanations.isEmpty {
            items.append(MenuView.Item(ScoringStepStrings.revise.text(lang)) { app in
                app.push(reviseForm(ws, view: view, lang: app.language, refresh: refresh))
            })
        }
        if (view.state == .closed || view.state == .explanation) && running {
            items.append(MenuView.Item(ScoringStepStrings.finalize.text(lang)) { app in
                app.confirm(ScoringStepStrings.confirmFinalize.text(app.language)) { yes, app in
                    guard yes else { return }
                    do {
                        let fresh = try ws.scoringView(clusterId: c.clusterId, year: c.year)
                        try ws.finalizeScoring(clusterId: c.clusterId, year: c.year, basedOn: fresh.revision)
                        refresh(app)
                    } catch { app.showError(ErrorText.message(error, app.language)) }
                }
            })
        }
        if view.state == .open && view.progress.completeCount > 0 && ws.may(.manageScoring(clusterId: c.clusterId)) {
            items.append(MenuView.Item(ScoringStepStrings.reopenTable.text(lang)) { app in
                app.push(PromptDialog(title: ScoringStepStrings.reopenTable.text(app.language), label: ScoringStepStrings.reason.text(app.language)) { text, app in
                    guard let text, !text.isEmpty else { return }
                    do {
                        let fresh = try ws.scoringView(clusterId: c.clusterId, year: c.year)
                        try ws.reopenScoringConfiguration(clusterId: c.clusterId, year: c.year, reason: text, basedOn: fresh.revision)
                        refresh(app)
                    } catch { app.showError(ErrorText.message(error, app.language)) }
                })
            })
        }
        return items
    }

    /// One cell of a saved sheet changed in answer to an explanation; the domain checks who may.
    static func reviseForm(_ ws: Workspace, view: ScoringView, lang: Language, refresh: @escaping (Application) -> Void) -> FormView {
        let c = view.configuration
        let explanations = view.explanations
        func label(_ e: Explanation) -> String { "\(e.id) · \(ClusterUI.unitName(ws, e.unitId)) · \(e.criterionId)" }
        let raters = c.raters.allRaters(members: c.members)
        let fields = [
            FormView.Field(id: "explanation", label: ScoringStepStrings.explanation.text(lang), kind: .choice(explanations.map(label))),
            FormView.Field(id: "rater", label: ScoringStepStrings.rater.text(lang), kind: .choice(raters.map { ClusterUI.unitName(ws, $0) })),
            FormView.Field(id: "points", label: ScoringFactStrings.points.text(lang), kind: .text(maxLength: 8), required: true),
            FormView.Field(id: "reason", label: ScoringStepStrings.reason.text(lang), kind: .text(maxLength: 300), required: true),
        ]
        let form = FormView(id: "scoring-revise-\(c.clusterId)-\(c.year)", title: ScoringStepStrings.revise.text(lang), fields: fields)
        form.onSave = { values, app in
            guard let e = explanations.first(where: { label($0) == values["explanation"] }),
                  let rater = raters.first(where: { ClusterUI.unitName(ws, $0) == values["rater"] }) else {
                return ScoringFactStrings.incomplete.text(app.language)
            }
            do {
                let fresh = try ws.scoringView(clusterId: c.clusterId, year: c.year)
                let value = try fresh.parseCell(values["points"] ?? "", criterionId: e.criterionId)
                try ws.reviseScoreCell(clusterId: c.clusterId, year: c.year, raterId: rater, rateeId: e.unitId, criterionId: e.criterionId,
                                       newValue: value, explanationId: e.id, reason: values["reason"] ?? "", basedOn: fresh.revision)
                app.remove(form)
                refresh(app)
                return nil
            } catch { return ErrorText.message(error, app.language) }
        }
        return form
    }
}

enum ScoringStepStrings {
    typealias L = Localized
    static let openExplanations = L(vi: "Mở thời hạn giải trình…", en: "Open the explanation period…")
    static let deadline = L(vi: "Hạn giải trình (ngày/tháng/năm)", en: "Deadline (day/month/year)")
    static let revise = L(vi: "Điều chỉnh phiếu theo giải trình…", en: "Revise a sheet answering an explanation…")
    static let finalize = L(vi: "Chốt kết quả", en: "Make the result final")
    static let confirmFinalize = L(vi: "Chốt kết quả? Sau khi chốt không sửa phiếu, điểm cộng, trừ được nữa.",
                                   en: "Make the result final? Sheets, bonus and penalty cannot change afterwards.")
    static let reopenTable = L(vi: "Mở lại bảng chấm điểm để sửa (ghi lý do)…", en: "Reopen the criteria table (with a reason)…")
    static let reason = L(vi: "Lý do", en: "Reason")
    static let explanation = L(vi: "Giải trình", en: "Explanation")
    static let rater = L(vi: "Phiếu của đơn vị", en: "Sheet of")
}
