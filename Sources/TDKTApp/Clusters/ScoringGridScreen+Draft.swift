import TDKTText
import TDKTCore
import TerminalUI

extension CommandID {
    static let scoringNextEmpty: CommandID = "scoring.next-empty"
}

extension TerminalUI.CommandContext {
    /// The cross-scoring grid screen's own keys, over the grid's.
    static let scoringGrid: TerminalUI.CommandContext = "scoring-grid"
}

/// The cross-scoring grid as a screen: the editor's grid with, under it, the focused criterion's
/// name in full (wrapped), a key to the next cell not scored yet, and drafts like the forms' — what
/// was typed is kept when the session drops and offered back when the grid opens again.
final class ScoringGridScreen: View, DraftSource {
    let editor: ScoringSheetEditor
    private(set) var grid: GridView
    /// True while restored draft values are not saved yet.
    private var restoredUnsaved = false

    init(editor: ScoringSheetEditor) {
        self.editor = editor
        grid = editor.makeGrid()
        wire()
    }

    private func wire() {
        let save = grid.onSave
        grid.onSave = { [weak self] values, app in
            let error = save?(values, app)
            if error == nil { self?.restoredUnsaved = false }
            return error
        }
    }

    // MARK: View

    var title: String { grid.title }
    var context: TerminalUI.CommandContext { grid.context }
    var extraContexts: [TerminalUI.CommandContext] { [.scoringGrid] }
    var hasUnsavedChanges: Bool { restoredUnsaved || grid.hasUnsavedChanges }

    func didAppear(app: Application) {
        grid.didAppear(app: app)
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch command {
        case .scoringNextEmpty? where !grid.isReadOnly:
            guard grid.commit(app: app) else { return true }
            nextEmpty(app)
            return true
        case .back?:
            if grid.editBuffer != nil { return grid.handle(key, command: command, app: app) }
            app.leave(self)
            return true
        default:
            return grid.handle(key, command: command, app: app)
        }
    }

    /// The next cell not scored, after the cursor, row by row, wrapping to the top.
    func nextEmpty(_ app: Application) {
        let rows = grid.rowHeaders.count, cols = grid.columns.count
        guard rows > 0, cols > 0 else { return }
        let start = grid.cursorRow * cols + grid.cursorColumn
        for step in 1...(rows * cols) {
            let i = (start + step) % (rows * cols)
            if grid.values[i / cols][i % cols] == nil {
                grid.moveTo(row: i / cols, column: i % cols)
                return
            }
        }
        app.setStatus(ScoringSetupStrings.noEmptyCell.text(app.language))
    }

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let detailHeight = area.height >= 12 ? 2 : 0
        grid.draw(in: &frame, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - detailHeight), app: app)
        guard detailHeight > 0 else { return }
        let lines = DisplayWidth.wrap(detailText(app.language), width: max(10, area.width - 2))
        for (i, line) in lines.prefix(detailHeight).enumerated() {
            _ = frame.put(line, x: area.x + 1, y: area.maxY - detailHeight + i, style: .header, maxWidth: area.width - 2)
        }
    }

    /// The focused criterion in full: code, name, kind, maximum and step.
    func detailText(_ lang: Language) -> String {
        let criteria = editor.criteria
        guard grid.cursorColumn < criteria.count else { return "" }
        let c = criteria[grid.cursorColumn]
        let table = editor.view.table
        let l = lang.rawValue
        let group = table.group(ofCriterion: c.id).map { $0.name + " › " } ?? ""
        return group + ScoringSetupStrings.detail(c.id, c.name, (c.kind ?? .points).label(language: l), table.format(c.maximum, language: l),
                                          table.format(c.step, language: l)).text(lang)
    }

    // MARK: Drafts

    var draftID: String { "scoring-grid-\(editor.clusterId)-\(editor.year)-\(editor.view.viewerId)" }

    /// "ratee|criterion" → points typed, for every cell that differs from what was saved ("" = cleared).
    func draftValues() -> [String: String] {
        var out: [String: String] = [:]
        let initial = editor.initialValues
        for (r, ratee) in editor.ratees.enumerated() {
            for (c, criterion) in editor.criteria.enumerated() where grid.values[r][c] != initial[r][c] {
                out["\(ratee)|\(criterion.id)"] = grid.values[r][c].map { GridView.format($0, language: .en) } ?? ""
            }
        }
        return out
    }

    func restoreDraft(_ values: [String: String]) {
        var v = grid.values
        for (r, ratee) in editor.ratees.enumerated() {
            for (c, criterion) in editor.criteria.enumerated() {
                guard let text = values["\(ratee)|\(criterion.id)"] else { continue }
                v[r][c] = text.isEmpty ? nil : Double(text)
            }
        }
        grid = editor.makeGrid(values: v)
        wire()
        restoredUnsaved = true
    }
}
