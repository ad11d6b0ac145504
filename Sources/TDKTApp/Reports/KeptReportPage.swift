import TDKTCore
import TerminalUI
import TDKTText

/// The first page of a report as this clerk was last shown it, kept (a `RowSnapshot`, one line a row) so
/// that asking for the report again shows it at once while the report is made again (`ReportMeanwhileView`).
/// Kept per report, period and language, and for the width it was laid out at: another width shows nothing
/// kept. Like a list's kept rows it is only ever shown until the report is made, never printed or saved.
struct KeptReportPage: Sendable {
    let workspace: Workspace
    let name: String
    let key: String
    /// The lines it was shown with (`shown(_:)`): the same lines are not saved again.
    private var shownLines: [String]?

    /// As many lines as a first page of the year-end summary, and more than a screen shows.
    static let lineCount = 60

    init(kind: ReportKind, period: ReportPeriod, workspace: Workspace, language: Language) {
        self.workspace = workspace
        name = "report-\(kind.id)-\(period.from)-\(period.to)-\(language.rawValue)"
        key = workspace.rowSnapshotKey([kind.id, period.description, language.rawValue])
    }

    /// The width the preview lays text out at on this terminal (`ReportPreviewView.draw`).
    static func textWidth(_ app: Application) -> Int { max(40, (app.screenSize?.width ?? 80) - 2) }

    /// A page is kept for the width it was laid out at.
    private func key(width: Int) -> String { key + "|w\(width)" }

    /// The lines kept for this width, if any.
    func page(width: Int) -> [String]? {
        guard let kept = workspace.rowSnapshot(name, key: key(width: width)), !kept.rows.isEmpty,
              kept.rows.allSatisfy({ $0.count == 2 }) else { return nil }
        return kept.rows.map { $0[1] }
    }

    /// The same page, shown with `lines` (what is kept already).
    func shown(_ lines: [String]) -> KeptReportPage {
        var shown = self
        shown.shownLines = lines
        return shown
    }

    func save(_ lines: [String], width: Int) {
        guard lines != shownLines else { return }
        workspace.saveRowSnapshot(name, RowSnapshot(key: key(width: width), rows: lines.enumerated().map { [String($0.offset + 1), $0.element] }))
    }
}
