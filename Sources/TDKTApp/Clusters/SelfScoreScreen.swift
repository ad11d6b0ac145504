import TDKTCore
import TerminalUI
import TDKTText

/// The self-score sheet of the user's own unit: for each criterion the claimed points (checked by
/// the domain, whose message names the criterion) and the evidence for it. F2 saves with
/// `saveSelfSheet`; a conflict reloads the revision and keeps what was typed.
enum SelfScoreForm {
    static func make(ws: Workspace, view: ScoringView, lang: Language) -> FormView {
        let table = view.table
        let l = lang.rawValue
        let own = view.ownSelfSheet
        var fields: [FormView.Field] = []
        for c in table.criteria {
            let label = DisplayWidth.truncate("\(c.id) \(c.name)", to: 20) + " /" + table.format(c.maximum, language: l)
            let value = own.cells[c.id]?.value.map { table.format($0, language: l) } ?? ""
            fields.append(FormView.Field(id: "v:" + c.id, label: label, kind: .text(maxLength: 8), value: value) { text in
                do { _ = try view.parseCell(text, criterionId: c.id); return nil } catch { return ErrorText.message(error, lang) }
            })
            fields.append(FormView.Field(id: "e:" + c.id, label: ClusterStrings.evidence.text(lang), kind: .text(maxLength: 300),
                                         value: own.cells[c.id]?.evidence ?? ""))
        }
        let cluster = ClusterUI.clusterName(ws, view.clusterId)
        var revision = view.revision
        let clusterId = view.clusterId, year = view.year, unit = view.viewerId
        let form = FormView(id: "self-score-\(clusterId)-\(year)", title: ClusterStrings.selfTitle(cluster, year, ClusterUI.unitName(ws, unit)).text(lang),
                            fields: fields) { values, app in
            var cells: [String: SelfScoreCell] = [:]
            for c in table.criteria {
                let text = values["v:" + c.id] ?? "", evidence = values["e:" + c.id] ?? ""
                let v: Int?
                do { v = try view.parseCell(text, criterionId: c.id) } catch { return ErrorText.message(error, app.language) }
                if v != nil || !evidence.trimmingCharacters(in: .whitespaces).isEmpty {
                    cells[c.id] = SelfScoreCell(value: v, evidence: evidence)
                }
            }
            do {
                revision = try ws.saveSelfSheet(SelfScoreSheet(unitId: unit, cells: cells), clusterId: clusterId, year: year,
                                                basedOn: revision).revision
                return nil
            } catch {
                var text = ErrorText.message(error, app.language)
                if case StoreError.conflict = error, let fresh = try? ws.scoringView(clusterId: clusterId, year: year) {
                    revision = fresh.revision
                    text += "\n" + ClusterStrings.reloadedKeepTyped.text(app.language)
                }
                return text
            }
        }
        return form
    }
}
