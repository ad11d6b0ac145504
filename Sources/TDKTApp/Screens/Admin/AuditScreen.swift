import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Settings → Audit log: every change, newest first, searchable (`/`) and filterable; Enter shows
/// what changed. Offered only to those the domain lets read the log.
public struct AuditScreen: ShellScreen {
    public let id = "audit-log"
    public let section = ShellSection.settings
    public var title: Localized { AdminStrings.auditTitle }

    public init() {}

    public func isAvailable(_ ctx: ShellContext) -> Bool { ctx.workspace?.may(.viewAudit) ?? false }

    public func makeView(_ ctx: ShellContext) -> View {
        let lang = ctx.language
        let entries: [AuditEntry]
        do {
            guard let ws = ctx.workspace else {
                return NoWorkspaceView(ctx)
            }
            entries = try ws.auditEntries().reversed()
        } catch {
            return MessageDialog(title: title.text(lang), text: ErrorText.message(error, lang), kind: .error)
        }
        let rows = entries.enumerated().map { i, e in
            ListView.Row(id: String(i), cells: [e.timeText, e.user, e.actionText(lang), e.recordText(lang)])
        }
        let columns = [ListView.Column(AdminStrings.time.text(lang), width: 16), ListView.Column(AdminStrings.user.text(lang), width: 10),
                       ListView.Column(AdminStrings.action.text(lang), width: 24), ListView.Column(AdminStrings.record.text(lang))]
        return ListView(title: title.text(lang), columns: columns, rows: rows) { row, app in
            guard let i = Int(row.id), i < entries.count else { return }
            let e = entries[i]
            let changes = (e.changes ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            let text = ["\(e.timeText) · \(e.user) · \(e.actionText(app.language))", e.recordText(app.language), ""]
                + (changes.isEmpty ? [AdminStrings.nothingChanged.text(app.language)] : changes)
            app.showMessage(text.joined(separator: "\n"), title: AdminStrings.entry.text(app.language))
        }
    }
}
