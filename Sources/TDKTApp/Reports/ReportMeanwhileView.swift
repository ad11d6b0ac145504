import TDKTCore
import TerminalUI
import TDKTText

/// A report's first lines shown while the report is made (`PreparedReport`): its kept first page, the bottom
/// line saying the files are being read, or its opening, saying the rest is being made. The report's own
/// preview takes its place when it is made, at the same line.
/// Moving through the page does not wait; any other key waits for the report and is then the preview's,
/// so nothing is saved, printed or looked into from these lines. Esc waits for the report and closes.
final class ReportMeanwhileView: View {
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
