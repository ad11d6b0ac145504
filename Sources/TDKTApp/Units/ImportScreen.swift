import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Đơn vị và cá nhân → import from an Excel workbook or a CSV file: units, people, award history,
/// ratings, initiatives or discipline. The file is chosen from a folder list (no path to type); F2 makes
/// a dry run that names what will be created and shows each bad row with its line and reason; from the
/// preview F2 writes one batch (undone from the batches screen).
public struct ImportScreen: ShellScreen {
    public let id = "directory-import"
    public let section = ShellSection.units
    public var title: Localized { UnitStrings.importTitle }
    public init() {}

    /// The kinds offered, in order, with the batch kind each one writes.
    static func kinds(_ lang: Language) -> [(label: String, kind: ImportBatch.Kind)] {
        let S = UnitStrings.self
        return [(S.importUnits.text(lang), .units), (S.importPeople.text(lang), .people), (S.importAwards.text(lang), .awards),
                (S.importRatings.text(lang), .ratings), (S.importInitiatives.text(lang), .initiatives),
                (S.importDiscipline.text(lang), .discipline)]
    }

    public func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        let lang = ctx.language
        let S = UnitStrings.self
        let kinds = Self.kinds(lang)
        let form = FormView(id: "directory-import", title: S.importTitle.text(lang), fields: [
            .init(id: "kind", label: S.importKind.text(lang), kind: .choice(kinds.map(\.label))),
            .init(id: "file", label: S.importFile.text(lang), kind: .text(maxLength: 1000), required: true),
            .init(id: "sheet", label: S.importSheet.text(lang), kind: .text(maxLength: 100)),
        ])
        let picks = PickFields()
        picks.attach(to: form)
        // Weak: picks keeps this opener, so a strong capture would keep picks alive for ever.
        picks.define("file", describe: { paths in paths.first.map { TextNormalization.visible(($0 as NSString).lastPathComponent) } ?? "" }) {
            [weak picks] app in
            guard let picks else { return }
            let start = picks.first("file").map { ($0 as NSString).deletingLastPathComponent } ?? ClerkFiles.access.currentFolder()
            FilePicker.pick(title: S.pickFile.text(lang), start: start, lang: lang, app: app) { [weak picks] path, _ in picks?.set("file", [path]) }
        }
        // Unowned: the form holds this closure, so a strong capture would keep the form alive after it closes.
        form.onSaveResult = { [unowned form] v, app in
            guard let path = picks.first("file") else {
                form.setMessage(S.noFile.text(lang), for: "file")
                return .handled
            }
            let kind = kinds.first { $0.label == v["kind"] }?.kind ?? .units
            let sheet = v["sheet"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            do {
                let preview = try ImportPreview.make(kind, path: path, sheet: sheet, ws: ws, lang: lang)
                app.push(preview.list)
                return .handled
            } catch {
                form.setMessage(DomainErrors.describe(error, lang).message, for: "file")
                return .handled
            }
        }
        return form
    }
}

/// The dry run of an import: one row per thing it will create or change and per bad row, by line.
final class ImportPreview {
    struct Line { var line: Int; var action: String; var detail: String }

    let list: ListView
    let lang: Language
    /// Writes the import; returns the batch id and the number of rows written.
    private let writeImport: () throws -> (batch: String?, rows: Int)
    private let rowsToWrite: Int
    private let bad: Int
    /// The award importer writes nothing while a row is bad; the directory importers may keep the good rows.
    private let acceptsGoodRows: Bool
    private(set) var written = false

    private init(title: String, lines: [Line], ws: Workspace, lang: Language, rowsToWrite: Int, bad: Int, acceptsGoodRows: Bool,
                 write: @escaping () throws -> (batch: String?, rows: Int)) {
        self.lang = lang
        self.rowsToWrite = rowsToWrite
        self.bad = bad
        self.acceptsGoodRows = acceptsGoodRows
        self.writeImport = write
        let S = UnitStrings.self
        list = ListView(title: title, columns: [
            ListView.Column(S.line.text(lang), width: 5, alignRight: true), ListView.Column(S.action.text(lang), width: 14),
            ListView.Column(S.detail.text(lang)),
        ], rows: lines.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map { i, l in
            // Names come from the file: made visible before they reach the terminal.
            ListView.Row(id: "\(i)", cells: [l.line > 0 ? "\(l.line)" : "", l.action, TextNormalization.visible(l.detail)])
        })
        list.extraContexts = ws.may(.importData) ? [.importResultEdit] : []
        list.onKey = { [self] _, command, app in
            guard command == .clerkImportWrite, ws.may(.importData) else { return false }
            self.write(app)
            return true
        }
    }

    static func make(_ kind: ImportBatch.Kind, path: String, sheet: String?, ws: Workspace, lang: Language) throws -> ImportPreview {
        let S = UnitStrings.self
        let d = lang
        let file = (path as NSString).lastPathComponent
        if kind == .awards {
            let data = try ImportFile.bytes(path)
            let report = try AwardImport.run(data: data, file: file, into: ws, sheet: sheet, dryRun: true, actor: ws.login)
            var lines: [Line] = []
            lines += report.createdCampaigns.map { Line(line: 0, action: S.newCampaign.text(lang), detail: "\($0.name) (\($0.id))") }
            lines += report.createdUnits.map { Line(line: 0, action: S.importNewUnit.text(lang), detail: "\($0.name) (\($0.id))") }
            lines += report.createdPeople.map { p in
                let unit = report.createdUnits.first { $0.id == p.unitId }?.name ?? ws.units[p.unitId]?.value.name ?? p.unitId
                return Line(line: 0, action: S.importNewPerson.text(lang), detail: "\(p.name) (\(p.id)), \(unit)")
            }
            func name(_ n: NomineeRef) -> String {
                report.createdPeople.first { n.kind == .person && $0.id == n.id }?.name
                    ?? report.createdUnits.first { n.kind == .unit && $0.id == n.id }?.name ?? ws.name(of: n)
            }
            for (r, line) in zip(report.records, report.lines) {
                let campaign = r.campaignId.flatMap { id in report.createdCampaigns.first { $0.id == id }?.name ?? ws.campaigns[id]?.value.name }
                lines.append(Line(line: line, action: S.awardRow.text(lang),
                                  detail: "\(r.year) \(r.awardCode) — \(name(r.nominee))" + (campaign.map { " — \($0)" } ?? "")))
            }
            lines += report.likelyDuplicates.map { Line(line: $0.line ?? 0, action: S.likelyDuplicate.text(lang), detail: $0.message(d)) }
            lines += report.warnings.map { Line(line: $0.line ?? 0, action: S.remark.text(lang), detail: $0.message(d)) }
            lines += report.problems.map { Line(line: $0.line ?? 0, action: S.badRow.text(lang), detail: $0.message(d)) }
            let new = report.createdCampaigns.count + report.createdUnits.count + report.createdPeople.count
            return ImportPreview(title: S.awardsPreviewTitle(report.records.count, new, report.problems.count).text(lang), lines: lines,
                                 ws: ws, lang: lang, rowsToWrite: report.records.count, bad: report.problems.count, acceptsGoodRows: false) {
                let written = try AwardImport.run(data: data, file: file, into: ws, sheet: sheet, dryRun: false, actor: ws.login)
                return (written.batchId, written.records.count)
            }
        }
        let table = try ImportFile.read(path: path, sheet: sheet).table
        let plan: ImportPlan
        switch kind {
        case .units: plan = try DirectoryImport.planUnits(table, file: file, in: ws)
        case .people: plan = try DirectoryImport.planPeople(table, file: file, in: ws)
        default: plan = try HistoryImport.plan(kind, table, file: file, in: ws)
        }
        let history = ![.units, .people].contains(kind)
        var lines = plan.rows.map { r in
            Line(line: r.line, action: (history ? S.willUpdate : r.created ? S.willCreate : S.willMatch).text(lang), detail: r.name + " (\(r.id))")
        }
        lines += plan.warnings.map { Line(line: $0.line ?? 0, action: S.remark.text(lang), detail: $0.message(d)) }
        lines += plan.problems.map { Line(line: $0.line ?? 0, action: S.badRow.text(lang), detail: $0.message(d)) }
        return ImportPreview(title: S.previewTitle(plan.created, plan.matched, plan.problems.count).text(lang), lines: lines, ws: ws, lang: lang,
                             rowsToWrite: plan.rows.count, bad: plan.problems.count, acceptsGoodRows: true) {
            (try ws.apply(plan, acceptGoodRows: !plan.problems.isEmpty), plan.rows.count)
        }
    }

    private func write(_ app: Application) {
        let S = UnitStrings.self
        guard !written else { return }
        if bad > 0 && !acceptsGoodRows {
            app.showError(S.notWithBadRows.text(lang))
            return
        }
        let question = bad > 0 ? S.acceptGoodRows(rowsToWrite, bad) : S.confirmWrite(rowsToWrite)
        app.confirm(question.text(lang)) { [self] yes, app in
            guard yes else { return }
            do {
                let (batch, rows) = try writeImport()
                written = true
                app.remove(list)
                app.showMessage(S.importedBatch(rows, batch ?? "-").text(app.language))
            } catch {
                app.showError(DomainErrors.describe(error, app.language).message)
            }
        }
    }
}
