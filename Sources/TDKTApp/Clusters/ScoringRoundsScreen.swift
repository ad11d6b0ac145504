import TDKTCore
import TerminalUI
import TDKTText

/// The scoring rounds the user may open (reviewers: their clusters), newest first. Enter opens the
/// round's menu, which offers only what TDKTCore says the user may do (`scoringActions`): the same
/// answer `tdkt scores show` gives.
public struct ScoringRoundsScreen: ShellScreen {
    public let id = "scoring-rounds"
    public let section = ShellSection.clusters
    public var title: Localized { ClusterStrings.roundsTitle }
    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        let lang = ctx.language
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        let l = lang.rawValue
        let rows = ws.scoringRounds().map { s in
            ListView.Row(id: "\(s.clusterId)|\(s.year)", cells: [ClusterUI.clusterName(ws, s.clusterId), String(s.year), s.state.label(l),
                                                                 "\(s.completeSheets)/\(s.expectedSheets)"])
        }
        let columns = [ListView.Column(ClusterStrings.name.text(lang)), ListView.Column(ClusterStrings.year.text(lang), width: 4),
                       ListView.Column(ClusterStrings.state.text(lang), width: 30),
                       ListView.Column(ClusterStrings.sheetsDone.text(lang), width: 8, alignRight: true)]
        let list = ListView(title: title.text(lang), columns: columns, rows: rows) { row, app in
            let parts = row.id.split(separator: "|")
            guard parts.count == 2, let year = Int(parts[1]) else { return }
            Self.openRound(ws: ws, clusterId: String(parts[0]), year: year, app: app)
        }
        if rows.isEmpty {
            list.onActivate = { _, app in app.showMessage(ClusterStrings.noRounds.text(app.language)) }
        }
        return list
    }

    static func openRound(ws: Workspace, clusterId: String, year: Int, app: Application) {
        let lang = app.language
        let view: ScoringView
        do { view = try ws.scoringView(clusterId: clusterId, year: year) } catch {
            app.showError(ErrorText.message(error, lang)); return
        }
        let viewer = view.viewerId
        let viewerName = ClusterUI.unitName(ws, viewer)
        let allowed = ws.scoringActions(for: view, clusterId: clusterId, year: year)
        var items: [MenuView.Item] = []
        if allowed.crossScore {
            items.append(MenuView.Item(ClusterStrings.crossScore(viewerName).text(lang)) { app in
                do {
                    let editor = try ScoringSheetEditor(ws: ws, clusterId: clusterId, year: year, lang: app.language)
                    app.push(ScoringGridScreen(editor: editor))
                } catch { app.showError(ErrorText.message(error, app.language)) }
            })
        }
        if allowed.selfScore {
            items.append(MenuView.Item(ClusterStrings.selfScore(viewerName).text(lang)) { app in
                do {
                    let fresh = try ws.scoringView(clusterId: clusterId, year: year)
                    app.push(SelfScoreForm.make(ws: ws, view: fresh, lang: app.language))
                } catch { app.showError(ErrorText.message(error, app.language)) }
            })
        }
        if allowed.explain {
            items.append(MenuView.Item(ClusterStrings.explain.text(lang)) { app in
                do {
                    let fresh = try ws.scoringView(clusterId: clusterId, year: year)
                    app.push(ExplanationForm.make(ws: ws, view: fresh, lang: app.language))
                } catch { app.showError(ErrorText.message(error, app.language)) }
            })
        }
        if allowed.seeProgress {
            items.append(MenuView.Item(ClusterStrings.progress.text(lang)) { app in
                do { app.push(try ScoringProgressGrid.make(ws: ws, clusterId: clusterId, year: year, lang: app.language)) } catch {
                    app.showError(ErrorText.message(error, app.language))
                }
            })
        }
        if allowed.seeResult {
            items.append(MenuView.Item(ClusterStrings.result.text(lang)) { app in
                app.push(ScoringResultScreen(ws: ws, clusterId: clusterId, year: year, lang: app.language).panel)
            })
        }
        guard !items.isEmpty else { app.showMessage(ClusterStrings.nothingToDo.text(lang)); return }
        let title = "\(ClusterUI.clusterName(ws, clusterId)) \(year) — \(view.state.label(lang.rawValue))"
        app.push(MenuView(title: title, items: items))
    }
}
