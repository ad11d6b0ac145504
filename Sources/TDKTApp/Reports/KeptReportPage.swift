import TDKTCore
import TerminalUI
import TDKTText

/// The first page of a report as this clerk was last shown it, kept (a `RowSnapshot`, one line a row) so
/// that asking for the report again shows it at once while the report is made again (`KeptReportView`).
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

/// A report's first lines shown while the report is made (`PreparedReport`): its kept first page, the bottom
/// line saying the files are being read, or its opening, saying the rest is being made. The report's own
/// preview takes its place when it is made, at the same line.
/// Moving through the page does not wait; any other key waits for the report and is then the preview's,
/// so nothing is saved, printed or looked into from the kept page. Esc waits for the report and closes.
final class KeptReportView: View {
    let title: String
    let lines: [String]
    private let report: PreparedReport
    private let keep: KeptReportPage
    /// What the bottom line says is going on.
    private let pending: Localized
    private var top = 0
    private var pageSize = 10

    init(title: String, lines: [String], report: PreparedReport, keep: KeptReportPage, pending: Localized = UIText.checkingRows) {
        self.title = title
        self.lines = lines
        self.report = report
        self.keep = keep
        self.pending = pending
    }

    var context: TerminalUI.CommandContext { .reportPreview }
    var hasIdleWork: Bool { true }

    func runIdleStep(app: Application) {
        guard report.isReady(waiting: 4) else { return }
        showMade(app)
    }

    /// The report being made still uses the workspace: closing waits for it.
    func didDisappear(app: Application) { report.finish() }

    /// Replaces this view by the report's preview (after waiting for it), at the same line.
    @discardableResult
    private func showMade(_ app: Application) -> View? {
        guard app.top === self else { return nil }
        let made = report.session(for: report.period, language: report.language)
        app.pop()
        do {
            guard let session = try made?.get() else { return nil }
            let preview = ReportPreviewView(session: session, language: app.language)
            preview.keepsFirstPage = keep
            app.push(preview)
            preview.scroll(to: top)
            return preview
        } catch {
            app.setStatus(ErrorText.message(error, app.language), error: true)
            return nil
        }
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch command {
        case .up?: top = max(0, top - 1)
        case .down?: top = min(max(0, lines.count - pageSize), top + 1)
        case .pageUp?: top = max(0, top - pageSize)
        case .pageDown?: top = min(max(0, lines.count - pageSize), top + pageSize)
        case .first?: top = 0
        case .back?: return false
        default:
            guard let preview = showMade(app) else { return true }
            return preview.handle(key, command: command, app: app)
        }
        return true
    }

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let room = max(1, area.height - 2)
        pageSize = room
        for row in 0..<room where top + row < lines.count {
            frame.put(lines[top + row], x: area.x + 1, y: area.y + row, style: .normal, maxWidth: area.width - 2)
        }
        let bottom = area.maxY - 1
        frame.hline(x: area.x, y: bottom - 1, width: area.width)
        frame.put(ReportStrings.linesOfUnknown(top + 1, min(lines.count, top + room)).text(app.language) + "  "
                  + pending.text(app.language), x: area.x + 1, y: bottom, style: .placeholder, maxWidth: area.width - 2)
    }
}
