import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Đơn vị và cá nhân → the import batches, newest first; F8 undoes the selected one after a yes
/// (refused, with the reasons, when later work depends on it).
public struct ImportBatchesScreen: ShellScreen {
    public let id = "import-batches"
    public let section = ShellSection.units
    public var title: Localized { UnitStrings.batchesTitle }
    public init() {}

    static func rows(_ ws: Workspace, _ lang: Language) -> [ListView.Row] {
        ImportBatches.list(ws).map { s in
            let b = s.value
            // The batch id begins with its date and time.
            return ListView.Row(id: b.id, cells: [b.id, b.kind.label.text(lang), TextNormalization.visible(b.file),
                                                  String(b.created.count), String(b.changedCount), b.undoneAt == nil ? "" : UnitStrings.undone.text(lang)])
        }
    }

    public func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        let lang = ctx.language
        let S = UnitStrings.self
        let list = ListView(title: S.batchesTitle.text(lang), columns: [
            ListView.Column(S.batch.text(lang), width: 29), ListView.Column(S.batchKind.text(lang), width: 11),
            ListView.Column(S.batchFile.text(lang)),
            ListView.Column(S.batchCreated.text(lang), width: 4, alignRight: true), ListView.Column(S.batchChanged.text(lang), width: 4, alignRight: true),
            ListView.Column(S.batchState.text(lang), width: 11),
        ], rows: Self.rows(ws, lang))
        list.extraContexts = ws.may(.importData) ? [.importBatchesEdit] : []
        list.onKey = { _, command, app in
            guard command == .clerkImportUndo, ws.may(.importData), let id = list.selectedRow?.id,
                  let batch = ImportBatches.list(ws).first(where: { $0.value.id == id })?.value else { return false }
            app.confirm(S.confirmUndo(id, batch.created.count, batch.changedCount).text(lang), destructive: true) { yes, app in
                guard yes else { return }
                do {
                    _ = try ImportBatches.undo(id, in: ws, actor: ws.login)
                    list.setRows(Self.rows(ws, lang))
                    app.showMessage(S.undoneBatch(id).text(app.language))
                } catch let r as ImportBatches.Refusal {
                    app.showError(r.message(app.language), title: S.cannotUndo.text(app.language))
                } catch {
                    app.showError(DomainErrors.describe(error, app.language).message, title: S.cannotUndo.text(app.language))
                }
            }
            return true
        }
        return list
    }
}
