import TDKTCore
import TerminalUI
import TDKTText

/// Who has scored whom: raters as rows, member units as columns, the marks of `ProgressCell`
/// (never the values), each rater's complete/expected count in the last column. Read only.
enum ScoringProgressGrid {
    static func make(ws: Workspace, clusterId: String, year: Int, lang: Language) throws -> GridView {
        let p = try ws.scoringProgress(clusterId: clusterId, year: year)
        let short = shortLabels(p.units)
        let columns = p.units.enumerated().map { i, u in
            GridColumn(short[i], max: 0, detail: "\(ClusterUI.unitName(ws, u)) (\(u))")
        }
        let grid = GridView(title: ClusterStrings.progressTitle(ClusterUI.clusterName(ws, clusterId), year).text(lang),
                            rowHeaderTitle: ClusterStrings.raterUnit.text(lang),
                            rowHeaders: p.raters.map { ClusterUI.unitName(ws, $0) }, columns: columns)
        grid.rowHeaderWidth = 20
        grid.isReadOnly = true
        grid.readOnlyMessage = ClusterStrings.progressReadOnly.text(lang)
        grid.cellText = { r, c in
            let cell = p.cell(rater: p.raters[r], unit: p.units[c])
            if case let .partial(filled, of) = cell { return "\(filled)/\(of)" }
            return cell.mark
        }
        grid.totalText = { r in
            let n = p.count(rater: p.raters[r])
            return "\(n.complete)/\(n.expected)"
        }
        grid.totalsTitle = ClusterStrings.done.text(lang)
        grid.legend = ClusterStrings.progressLegend(p.completeCount, p.expectedCount).text(lang)
        return grid
    }

    /// Unit ids without the prefix they all share ("tn-stc", "tn-sxd" → "stc", "sxd"), so more
    /// columns fit; the full name is shown under the grid for the column under the cursor.
    static func shortLabels(_ ids: [String]) -> [String] {
        guard ids.count > 1, var prefix = ids.first else { return ids }
        for id in ids.dropFirst() { while !id.hasPrefix(prefix) { prefix.removeLast() } }
        guard let dash = prefix.lastIndex(of: "-") else { return ids }
        let cut = prefix.distance(from: prefix.startIndex, to: dash) + 1
        return ids.map { String($0.dropFirst(cut)) }
    }
}
