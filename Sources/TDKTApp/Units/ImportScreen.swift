import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Đơn vị và cá nhân → import from a CSV file: F2 makes a dry run (what would be created or matched,
/// each bad row with its line and reason); from the preview F2 writes, accepting the good rows when some are bad.
public struct ImportScreen: ShellScreen {
    public let id = "directory-import"
    public let section = ShellSection.units
    public var title: Localized { UnitStrings.importTitle }
    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        let lang = ctx.language
        let S = UnitStrings.self
        let kinds = [S.importUnits.text(lang), S.importPeople.text(lang)]
        let form = FormView(id: "directory-import", title: S.importTitle.text(lang), fields: [
            .init(id: "kind", label: S.importKind.text(lang), kind: .choice(kinds)),
            .init(id: "path", label: S.importPath.text(lang), kind: .text(maxLength: 1000), required: true),
        ])
        // Unowned: the form holds this closure, so a strong capture would keep the form alive after it closes.
        form.onSaveResult = { [unowned form] v, app in
            let path = v["path"] ?? ""
            do {
                let table = try ImportFile.read(path: path).table
                let file = (path as NSString).lastPathComponent
                let plan = v["kind"] == kinds[1] ? try DirectoryImport.planPeople(table, file: file, in: ws)
                                                 : try DirectoryImport.planUnits(table, file: file, in: ws)
                app.push(ImportPreview(ws: ws, lang: lang, plan: plan).list)
                return .handled
            } catch {
                form.setMessage(DomainErrors.describe(error, lang).message, for: "path")
                return .handled
            }
        }
        return form
    }
}

/// The dry run of an import, one row per line of the file.
final class ImportPreview {
    let ws: Workspace
    let lang: Language
    let plan: ImportPlan
    let list: ListView
    private(set) var written = false

    init(ws: Workspace, lang: Language, plan: ImportPlan) {
        self.ws = ws
        self.lang = lang
        self.plan = plan
        let S = UnitStrings.self
        var rows: [(line: Int, row: ListView.Row)] = plan.rows.map { r in
            (r.line, ListView.Row(id: "ok-\(r.line)", cells: ["\(r.line)", (r.created ? S.willCreate : S.willMatch).text(lang), r.name + " (\(r.id))"]))
        }
        for (i, p) in plan.problems.enumerated() {
            rows.append((p.line ?? 0, ListView.Row(id: "bad-\(i)", cells: ["\(p.line ?? 0)", S.badRow.text(lang), p.message(lang)])))
        }
        list = ListView(title: S.previewTitle(plan.created, plan.matched, plan.problems.count).text(lang), columns: [
            ListView.Column(S.line.text(lang), width: 5, alignRight: true), ListView.Column(S.action.text(lang), width: 10),
            ListView.Column(S.detail.text(lang)),
        ], rows: rows.sorted { $0.line < $1.line }.map(\.row))
        list.extraContexts = ws.may(.importData) ? [.importResultEdit] : []
        list.onKey = { [self] _, command, app in
            guard command == .clerkImportWrite, ws.may(.importData) else { return false }
            self.write(app)
            return true
        }
    }

    private func write(_ app: Application) {
        let S = UnitStrings.self
        guard !written else { return }
        let bad = plan.problems.count
        let question = bad > 0 ? S.acceptGoodRows(plan.rows.count, bad) : S.confirmWrite(plan.rows.count)
        app.confirm(question.text(lang)) { [self] yes, app in
            guard yes else { return }
            do {
                try ws.apply(plan, acceptGoodRows: bad > 0)
                written = true
                app.remove(list)
                app.showMessage(S.importDone(plan.created, plan.matched).text(app.language))
            } catch {
                app.showError(DomainErrors.describe(error, app.language).message)
            }
        }
    }
}
