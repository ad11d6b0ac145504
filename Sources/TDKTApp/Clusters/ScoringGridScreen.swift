import TDKTCore
import TerminalUI
import TDKTText

/// The reviewer's grid: the units its unit cross-scores as rows, the criteria as columns (groups
/// above, the maximum under each id), "chưa chấm" for an empty cell, the row total as they type.
/// What is typed is checked by the domain (`ScoringView.parseCell`, whose message names the
/// criterion); F2 saves every changed sheet with `saveOwnCrossSheet`.
final class ScoringSheetEditor {
    let ws: Workspace
    let clusterId: String
    let year: Int
    let lang: Language
    private(set) var view: ScoringView
    let ratees: [String]
    /// Each ratee's sheet as it was read (nil: none saved yet): what a save starts from.
    private(set) var baseline: [String: CrossScoreSheet?] = [:]
    private var scale: Double { var s = 1.0; for _ in 0..<view.table.decimals { s *= 10 }; return s }

    init(ws: Workspace, clusterId: String, year: Int, lang: Language) throws {
        self.ws = ws; self.clusterId = clusterId; self.year = year; self.lang = lang
        view = try ws.scoringView(clusterId: clusterId, year: year)
        ratees = view.ratees
        rememberBaseline(for: ratees)
    }

    private func rememberBaseline(for ids: [String]) {
        for r in ids {
            baseline[r] = view.crossSheets.first { $0.raterId == view.viewerId && $0.rateeId == r }
        }
    }

    var criteria: [Criterion] { view.table.criteria }

    func points(_ ticks: Int) -> Double { Double(ticks) / scale }
    func ticks(_ points: Double) -> Int { Int((points * scale).rounded()) }

    /// The grid's starting values: the saved sheets.
    var initialValues: [[Double?]] {
        ratees.map { r in criteria.map { c in view.ownSheet(for: r).cells[c.id].map(points) } }
    }

    func sheet(_ row: [Double?], ratee: String) -> CrossScoreSheet {
        var cells: [String: Int] = [:]
        for (i, c) in criteria.enumerated() { if let v = row[i] { cells[c.id] = ticks(v) } }
        return CrossScoreSheet(raterId: view.viewerId, rateeId: ratee, cells: cells)
    }

    /// The domain's refusal of a typed value, or nil.
    func check(_ text: String, column: Int) -> String? {
        do { _ = try view.parseCell(text, criterionId: criteria[column].id); return nil } catch {
            return ErrorText.message(error, lang)
        }
    }

    /// Saves the sheets that differ from what was read. Returns nil when all went through, else the
    /// message to show. On a conflict the round is read again: the sheets' new state becomes the
    /// baseline while the grid keeps what was typed, so a second F2 saves it knowingly.
    func save(_ values: [[Double?]]) -> (saved: Int, error: String?) {
        var saved = 0
        for (i, r) in ratees.enumerated() {
            let s = sheet(values[i], ratee: r)
            let base = baseline[r] ?? nil
            if s == (base ?? CrossScoreSheet(raterId: view.viewerId, rateeId: r)) { continue }
            do {
                try ws.saveOwnCrossSheet(s, clusterId: clusterId, year: year, startedFrom: base)
                baseline[r] = s
                saved += 1
            } catch {
                var text = ErrorText.message(error, lang)
                if saved > 0 { text += "\n" + ClusterStrings.savedBeforeProblem(saved).text(lang) }
                if case StoreError.conflict = error, let fresh = try? ws.scoringView(clusterId: clusterId, year: year) {
                    view = fresh
                    rememberBaseline(for: [r])
                    text += "\n" + ClusterStrings.reloadedKeepTyped.text(lang)
                }
                return (saved, text)
            }
        }
        if let fresh = try? ws.scoringView(clusterId: clusterId, year: year) { view = fresh }
        return (saved, nil)
    }

    /// The grid for this editor, starting from the saved sheets or from `values` (a restored draft).
    func makeGrid(values: [[Double?]]? = nil) -> GridView {
        let table = view.table
        let l = lang.rawValue
        let columns = table.groups.flatMap { g in
            g.criteria.map { c in
                GridColumn(c.id, group: g.name, max: points(c.maximum), step: points(c.step),
                           subtitle: "≤" + table.format(c.maximum, language: l))
            }
        }
        let cluster = ClusterUI.clusterName(ws, clusterId)
        let grid = GridView(title: ClusterStrings.gridTitle(cluster, year, ClusterUI.unitName(ws, view.viewerId)).text(lang),
                            rowHeaderTitle: ClusterStrings.ratee.text(lang), rowHeaders: ratees.map { ClusterUI.unitName(ws, $0) },
                            columns: columns, values: values ?? initialValues)
        // Vietnamese unit names in full where they fit, and six criteria at 80 columns.
        let longest = ratees.map { DisplayWidth.of(ClusterUI.unitName(ws, $0)) }.max() ?? 10
        grid.rowHeaderWidth = min(28, max(14, longest + 1))
        grid.cellWidth = 7
        grid.emptyText = "·"
        grid.legend = ScoringSetupStrings.gridLegend.text(lang)
        grid.validator = { [self] _, column, text in self.check(text, column: column) }
        if !view.isOpenForScoring {
            grid.isReadOnly = true
            grid.readOnlyMessage = ClusterStrings.closedReadOnly(view.state.label(l)).text(lang)
        }
        grid.onSave = { [self] values, app in
            let (saved, error) = self.save(values)
            if let error { return error }
            app.setStatus((saved == 0 ? ClusterStrings.nothingChanged : ClusterStrings.savedSheets(saved)).text(app.language))
            return nil
        }
        return grid
    }
}
