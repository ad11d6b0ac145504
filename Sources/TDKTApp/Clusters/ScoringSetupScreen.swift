import Foundation
import TDKTText
import TDKTCore
import TerminalUI

/// Setting up clusters and rounds in the program: import clusters and blocks from CSV; for a cluster
/// and year, import or copy the criteria table, show it, open the round, import the sheets table,
/// close, then the result (ballot and proposals); copy the cluster to next year. Every step is a
/// Workspace operation; the menu offers only what TDKTCore says the user may do in the round's state.
public struct ScoringSetupScreen: ShellScreen {
    public let id = "scoring-setup"
    public let section = ShellSection.clusters
    public var title: Localized { ScoringSetupStrings.setupTitle }
    public init() {}

    public func isAvailable(_ ctx: ShellContext) -> Bool {
        guard let ws = ctx.workspace else { return false }
        return ws.may(.editClusters) || ws.clusters.keys.contains { ws.may(.manageScoring(clusterId: $0)) }
    }

    public func makeView(_ ctx: ShellContext) -> View {
        let lang = ctx.language
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        var items: [MenuView.Item] = []
        if ws.may(.editClusters) {
            items.append(MenuView.Item(ScoringSetupStrings.importClusters.text(lang)) { app in
                Self.askPath(app) { path, app in
                    do {
                        let text = try Self.read(path)
                        let r = try ws.importClusters(csv: text, file: path)
                        app.showMessage(ScoringSetupStrings.clustersImported(r.created.count, r.updated.count).text(app.language))
                    } catch { app.showError(Self.message(error, app.language)) }
                }
            })
        }
        items.append(MenuView.Item(ScoringSetupStrings.chooseCluster.text(lang)) { app in Self.chooseCluster(ws, app) })
        return MenuView(title: title.text(lang), items: items)
    }

    static func message(_ error: Error, _ lang: Language) -> String { ErrorText.message(error, lang) }

    static func read(_ path: String) throws -> String {
        let data = try ImportFile.bytes(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportProblem(file: path, line: nil, reason: Localized(vi: "tệp không phải UTF-8", en: "the file is not UTF-8"))
        }
        return text
    }

    static func askPath(_ app: Application, _ then: @escaping (String, Application) -> Void) {
        app.push(PromptDialog(title: ScoringSetupStrings.filePath.text(app.language), label: ScoringSetupStrings.filePath.text(app.language)) { text, app in
            guard let t = text?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return }
            then(t, app)
        })
    }

    static func chooseCluster(_ ws: Workspace, _ app: Application) {
        let lang = app.language
        ws.reload()
        let clusters = ws.clusters.values.map(\.value).filter { ws.may(.manageScoring(clusterId: $0.id)) }
            .sorted { VietnameseCollation.less($0.name, $1.name) }
        let rows = clusters.map { c in
            ListView.Row(id: c.id, cells: [c.name, String(c.memberIds.count), c.years.map(\.year).max().map(String.init) ?? ""])
        }
        let list = ListView(title: ScoringSetupStrings.chooseCluster.text(lang),
                            columns: [ListView.Column(ClusterStrings.name.text(lang)),
                                      ListView.Column(ClusterStrings.membersShort.text(lang), width: 3, alignRight: true),
                                      ListView.Column(ClusterStrings.year.text(lang), width: 4)],
                            rows: rows) { row, app in
            let latest = ws.clusters[row.id]?.value.years.map(\.year).max() ?? Calendar.current.component(.year, from: Date())
            app.push(PromptDialog(title: ScoringSetupStrings.yearPrompt.text(app.language), label: ScoringSetupStrings.yearPrompt.text(app.language),
                                  text: String(latest), maxLength: 4) { text, app in
                guard let y = text.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), (1945...2100).contains(y) else { return }
                app.push(roundMenu(ws, clusterId: row.id, year: y, app: app))
            })
        }
        app.push(list)
    }

    /// The steps of a cluster's round for a year, as far as its state and the user's role allow.
    static func roundMenu(_ ws: Workspace, clusterId: String, year: Int, app: Application) -> MenuView {
        let lang = app.language
        let l = lang.rawValue
        let view = try? ws.scoringView(clusterId: clusterId, year: year)
        let state = view?.state
        var items: [MenuView.Item] = []
        func refresh(_ app: Application, _ menu: () -> View?) {
            if let top = menu() { app.remove(top) }
            app.push(roundMenu(ws, clusterId: clusterId, year: year, app: app))
        }
        let managing = ws.may(.manageScoring(clusterId: clusterId))
        if managing && (state == nil || state == .configuring || (state == .open && view?.progress.completeCount == 0)) {
            items.append(MenuView.Item(ScoringSetupStrings.importTable.text(lang)) { app in
                let menu = app.top
                askPath(app) { path, app in
                    do {
                        let stored = try ws.importCriteriaTable(csv: try read(path), file: path, clusterId: clusterId, year: year)
                        let t = stored.value.configuration.table
                        refresh(app) { menu }
                        app.setStatus(ScoringSetupStrings.tableImported(t.criteria.count, t.groups.count, t.format(t.maximumTotal, language: app.language.rawValue)).text(app.language))
                    } catch { app.showError(message(error, app.language)) }
                }
            })
            if ws.hasScoringRound(clusterId: clusterId, year: year - 1) {
                items.append(MenuView.Item(ScoringSetupStrings.copyTable.text(lang)) { app in
                    let menu = app.top
                    do {
                        try ws.copyCriteriaTable(clusterId: clusterId, from: year - 1, to: year)
                        refresh(app) { menu }
                    } catch { app.showError(message(error, app.language)) }
                })
            }
        }
        if view != nil {
            items.append(MenuView.Item(ScoringSetupStrings.showTable.text(lang)) { app in
                do {
                    let t = try ws.criteriaTable(clusterId: clusterId, year: year)
                    app.push(TextPanel(title: t.table.title, lines: tableLines(t, lang: app.language)))
                } catch { app.showError(message(error, app.language)) }
            })
        }
        if managing && state == .configuring {
            items.append(MenuView.Item(ScoringSetupStrings.openRound.text(lang)) { app in
                let menu = app.top
                do {
                    let v = try ws.scoringView(clusterId: clusterId, year: year)
                    try ws.openPreparedScoringRound(clusterId: clusterId, year: year, basedOn: v.revision)
                    refresh(app) { menu }
                    app.setStatus(ScoringSetupStrings.opened.text(app.language))
                } catch { app.showError(message(error, app.language)) }
            })
        }
        if state == .open {
            items.append(MenuView.Item(ScoringSetupStrings.importSheets.text(lang)) { app in
                let menu = app.top
                askPath(app) { path, app in importSheets(ws, clusterId: clusterId, year: year, path: path, replace: false, app: app) { refresh(app) { menu } } }
            })
            if ws.mayRunRound(clusterId: clusterId, year: year) {
                items.append(MenuView.Item(ScoringSetupStrings.closeRound.text(lang)) { app in
                    let menu = app.top
                    do {
                        let v = try ws.scoringView(clusterId: clusterId, year: year)
                        try ws.closeScoring(clusterId: clusterId, year: year, basedOn: v.revision)
                        refresh(app) { menu }
                        app.setStatus(ScoringSetupStrings.closed.text(app.language))
                    } catch { app.showError(message(error, app.language)) }
                })
            }
        }
        if let state, state != .configuring {
            items.append(MenuView.Item(ScoringSetupStrings.result.text(lang)) { app in
                app.push(ScoringResultScreen(ws: ws, clusterId: clusterId, year: year, lang: app.language).panel)
            })
        }
        if let view, let state, state != .configuring && state != .final, ws.mayRunRound(clusterId: clusterId, year: year) {
            items.append(MenuView.Item(ScoringFactStrings.factMenu.text(lang)) { app in
                app.push(ScoringFactForms.fact(ws, view: view, lang: app.language) { $0.setStatus(ScoringFactStrings.recorded.text($0.language)) })
            })
            items.append(MenuView.Item(ScoringFactStrings.exclusionMenu.text(lang)) { app in
                app.push(ScoringFactForms.exclusion(ws, view: view, lang: app.language) { $0.setStatus(ScoringFactStrings.recorded.text($0.language)) })
            })
        }
        if let view {
            items += ScoringExplanationSteps.items(ws, view: view, lang: lang) { app in
                if let top = app.top as? MenuView { app.remove(top) }
                app.push(roundMenu(ws, clusterId: clusterId, year: year, app: app))
            }
        }
        if ws.may(.editClusters), let c = ws.clusters[clusterId], c.value.year(year + 1) == nil {
            items.append(MenuView.Item(ScoringSetupStrings.copyYear.text(lang)) { app in
                do {
                    let saved = try ws.copyClusterYear(clusterId, to: year + 1, basedOn: c.revision)
                    let leader = saved.value.year(year + 1)?.leaderId.map { ClusterUI.unitName(ws, $0) } ?? "—"
                    app.showMessage(ScoringSetupStrings.yearCopied(year + 1, leader).text(app.language))
                } catch { app.showError(message(error, app.language)) }
            })
        }
        if ws.may(.editClusters), ws.clusters[clusterId] != nil {
            items.append(MenuView.Item(ScoringSetupStrings.yearRoles(year).text(lang)) { app in
                app.push(yearForm(ws, clusterId: clusterId, year: year, lang: app.language))
            })
        }
        let stateText = state?.label(l) ?? ScoringSetupStrings.noRoundYet.text(lang)
        return MenuView(title: ScoringSetupStrings.roundMenu(ClusterUI.clusterName(ws, clusterId), year, stateText).text(lang), items: items)
    }

    /// The year's leader, deputy and agreement document of a cluster; the rotation's proposal first.
    static func yearForm(_ ws: Workspace, clusterId: String, year: Int, lang: Language) -> FormView {
        let c = ws.clusters[clusterId]!.value
        let members = c.members(in: year)
        let none = "—"
        let names = [none] + members.map { ClusterUI.unitName(ws, $0) }
        let current = c.year(year)
        let leader = current?.leaderId ?? c.proposedLeader(for: year)
        let fields = [
            FormView.Field(id: "leader", label: ClusterStrings.leader.text(lang), kind: .choice(names),
                           value: leader.map { ClusterUI.unitName(ws, $0) } ?? none),
            FormView.Field(id: "deputy", label: ClusterStrings.deputy.text(lang), kind: .choice(names),
                           value: current?.deputyId.map { ClusterUI.unitName(ws, $0) } ?? none),
            FormView.Field(id: "agreement", label: ScoringSetupStrings.agreementReference.text(lang), kind: .text(maxLength: 200),
                           value: current?.agreementReference ?? ""),
        ]
        let form = FormView(id: "cluster-year-\(clusterId)-\(year)", title: ScoringSetupStrings.yearRoles(year).text(lang), fields: fields)
        form.onSave = { values, app in
            func id(_ name: String?) -> String? { members.first { ClusterUI.unitName(ws, $0) == name } }
            guard let stored = ws.clusters[clusterId] else { return nil }
            let old = stored.value.year(year)
            let doc = (values["agreement"] ?? "").trimmingCharacters(in: .whitespaces)
            do {
                try ws.setClusterYear(clusterId, Cluster.Year(year: year, leaderId: id(values["leader"]), deputyId: id(values["deputy"]),
                                                              agreement: old?.agreement, agreementReference: doc.isEmpty ? nil : doc,
                                                              memberIds: old?.memberIds), basedOn: stored.revision)
                app.remove(form)
                app.setStatus(ScoringFactStrings.recorded.text(app.language))
                return nil
            } catch { return message(error, app.language) }
        }
        return form
    }

    static func importSheets(_ ws: Workspace, clusterId: String, year: Int, path: String, replace: Bool, app: Application, done: @escaping () -> Void) {
        do {
            let (report, saved) = try ws.importScoreSheetTable(csv: try read(path), file: path, clusterId: clusterId, year: year, replace: replace)
            let p = try saved.map { ScoringProgress(round: $0.value) } ?? ws.scoringView(clusterId: clusterId, year: year).progress
            done()
            app.setStatus(ScoringSetupStrings.sheetsImported(report.saved.count + report.replaced.count, report.unchanged.count,
                                                             report.conflicts.count, p.completeCount, p.expectedCount).text(app.language))
            if !report.conflicts.isEmpty {
                app.confirm(ScoringSetupStrings.replaceConflicts.text(app.language)) { yes, app in
                    if yes { importSheets(ws, clusterId: clusterId, year: year, path: path, replace: true, app: app) {} }
                }
            }
        } catch { app.showError(message(error, app.language)) }
    }

    static func tableLines(_ t: ImportedCriteriaTable, lang: Language) -> [TextPanel.Line] {
        let l = lang.rawValue
        var out: [TextPanel.Line] = []
        for g in t.table.groups {
            out.append(TextPanel.Line("\(g.name) (\(t.table.format(g.maximum, language: l)))" + (g.id == t.table.priorityGroupId ? " *" : ""), style: .header))
            for c in g.criteria {
                out.append(TextPanel.Line("  \(c.id)  \(c.name) — \((c.kind ?? .points).label(language: l)), ≤ \(t.table.format(c.maximum, language: l)), \(t.table.format(c.step, language: l))"))
            }
        }
        for b in t.bonusItems { out.append(TextPanel.Line("  + \(b.id)  \(b.name) ≤ \(b.maximum.map { t.table.format($0, language: l) } ?? "-")")) }
        for p in t.penaltyItems { out.append(TextPanel.Line("  − \(p.id)  \(p.name) ≤ \(p.maximum.map { t.table.format($0, language: l) } ?? "-")")) }
        return out
    }
}
