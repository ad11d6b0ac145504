import TDKTCore
import TerminalUI
import TDKTText

/// Giải trình: while the explanation period is open, the user's own unit files an explanation about one
/// criterion of its result (the domain refuses it after the deadline or for another unit).
enum ExplanationForm {
    static func make(ws: Workspace, view: ScoringView, lang: Language) -> FormView {
        let criteria = view.table.criteria
        let choices = criteria.map { "\($0.id) \($0.name)" }
        let criterion = FormView.Field(id: "criterion", label: ClusterStrings.explainCriterion.text(lang), kind: .choice(choices),
                                       value: choices.first ?? "")
        let text = FormView.Field(id: "text", label: ClusterStrings.explainText.text(lang), kind: .longText(maxLength: 2000, lines: 4), required: true)
        var revision = view.revision
        let clusterId = view.clusterId, year = view.year, unit = view.viewerId
        let title = ClusterStrings.explainTitle(ClusterUI.clusterName(ws, clusterId), year, ClusterUI.unitName(ws, unit)).text(lang)
        return FormView(id: "explanation-\(clusterId)-\(year)", title: title, fields: [criterion, text]) { values, app in
            guard let i = choices.firstIndex(of: values["criterion"] ?? "") else { return ClusterStrings.explainCriterion.text(app.language) }
            do {
                let (stored, _) = try ws.fileScoringExplanation(clusterId: clusterId, year: year, unitId: unit, criterionId: criteria[i].id,
                                                                text: values["text"] ?? "", basedOn: revision)
                revision = stored.revision
                return nil
            } catch {
                if case StoreError.conflict = error, let fresh = try? ws.scoringView(clusterId: clusterId, year: year) {
                    revision = fresh.revision
                    return ErrorText.message(error, app.language) + "\n" + ClusterStrings.reloadedKeepTyped.text(app.language)
                }
                return ErrorText.message(error, app.language)
            }
        }
    }
}
