import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Clusters and blocks: the list (kind, members, the latest year's leader and deputy, "!" when a
/// unit leads two years in a row), Enter opens the detail (members, years, agreement, warnings);
/// for a role that edits clusters F7 adds one, e edits the selected one, F8 retires it.
public struct ClusterRegistryScreen: ShellScreen {
    public let id = "cluster-registry"
    public let section = ShellSection.clusters
    public var title: Localized { ClusterStrings.registryTitle }
    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        return ClusterRegistryController(ws: ws, lang: ctx.language, title: title.text(ctx.language)).list
    }

    /// The detail page of a cluster.
    static func detail(_ c: Cluster, _ ws: Workspace, _ lang: Language) -> [TextPanel.Line] {
        typealias Line = TextPanel.Line
        let d = lang
        var out: [Line] = [Line(c.name, style: .header)]
        out.append(Line("\(c.kind.label.text(d)) · \(ClusterStrings.organiser.text(lang)): \(c.organiser) · \(c.id)"))
        let warnings = c.warnings()
        if !warnings.isEmpty {
            out.append(Line(""))
            out.append(Line(ClusterStrings.warnings.text(lang), style: .header))
            out += warnings.map { Line("! " + $0.text(d), style: .warning) }
        }
        out.append(Line(""))
        out.append(Line("\(ClusterStrings.members.text(lang)) (\(c.memberIds.count))", style: .header))
        for (i, m) in c.memberIds.enumerated() { out.append(Line("  \(i + 1). \(ClusterUI.unitName(ws, m)) (\(m))")) }
        if !c.formerMemberIds.isEmpty {
            out.append(Line(ClusterStrings.formerMembers.text(lang) + ": "
                            + c.formerMemberIds.map { "\(ClusterUI.unitName(ws, $0)) (\($0))" }.joined(separator: ", ")))
        }
        out.append(Line(""))
        out.append(Line(ClusterStrings.years.text(lang), style: .header))
        for y in c.years.sorted(by: { $0.year > $1.year }) {
            let leader = y.leaderId.map { ClusterUI.unitName(ws, $0) } ?? "—"
            let deputy = y.deputyId.map { ClusterUI.unitName(ws, $0) } ?? "—"
            out.append(Line("  \(y.year): \(ClusterStrings.leader.text(lang)) \(leader); \(ClusterStrings.deputy.text(lang)) \(deputy)"))
            guard let a = y.agreement else {
                out.append(Line("    \(ClusterStrings.agreement.text(lang)): \(ClusterStrings.noAgreement.text(lang))", style: .placeholder))
                continue
            }
            out.append(Line("    \(ClusterStrings.agreement.text(lang)) — \(ClusterStrings.signedOn.text(lang)) \(a.signedOn.display)"))
            if !a.signatories.isEmpty {
                out.append(Line("    \(ClusterStrings.signatories.text(lang)): " + a.signatories.joined(separator: "; ")))
            }
            out.append(Line("    \(ClusterStrings.targets.text(lang)):"))
            out += a.targets.enumerated().map { Line("      \($0.offset + 1). \($0.element)") }
        }
        return out
    }
}

/// The clusters list and its editing keys.
final class ClusterRegistryController {
    let ws: Workspace
    let lang: Language
    let list: ListView

    init(ws: Workspace, lang: Language, title: String) {
        self.ws = ws
        self.lang = lang
        let columns = [
            ListView.Column(ClusterStrings.name.text(lang)), ListView.Column(ClusterStrings.kind.text(lang), width: 7),
            ListView.Column(ClusterStrings.membersShort.text(lang), width: 3, alignRight: true),
            ListView.Column(ClusterStrings.year.text(lang), width: 4), ListView.Column(ClusterStrings.leader.text(lang), width: 15),
            ListView.Column(ClusterStrings.deputy.text(lang), width: 15), ListView.Column("!", width: 1),
        ]
        list = ListView(title: title, columns: columns, rows: [])
        list.onActivate = { [ws, lang] row, app in
            guard let c = ws.clusters[row.id]?.value else { return }
            app.push(TextPanel(title: c.name, lines: ClusterRegistryScreen.detail(c, ws, lang)))
        }
        if ws.may(.editClusters) {
            list.extraContexts = [.clusterRegistryEdit]
            list.onKey = { [self] _, command, app in
                switch command {
                case .clusterNew?: openForm(nil, app); return true
                case .clusterEdit?: if let id = list.selectedRow?.id { openForm(id, app) }; return true
                case .clusterRetire?: if let id = list.selectedRow?.id { retire(id, app) }; return true
                default: return false
                }
            }
        }
        reload()
    }

    func reload(select id: String? = nil) {
        let keep = id ?? list.selectedRow?.id
        let clusters = ws.clusters.values.map(\.value).sorted(byKey: { CollationKey($0.name) })
        list.setRows(clusters.map { c -> ListView.Row in
            let y = c.years.max { $0.year < $1.year }
            let name = c.retiredAfter.map { c.name + " (" + ClusterFormStrings.retiredAfter($0).text(lang) + ")" } ?? c.name
            return ListView.Row(id: c.id, cells: [
                name, (c.kind == .cluster ? ClusterStrings.cluster : ClusterStrings.block).text(lang), String(c.memberIds.count),
                y.map { String($0.year) } ?? "", y?.leaderId.map { ClusterUI.unitName(ws, $0) } ?? "",
                y?.deputyId.map { ClusterUI.unitName(ws, $0) } ?? "", c.warnings().isEmpty ? "" : "!",
            ])
        })
        if let keep { list.select(id: keep) }
    }

    static func currentYear() -> Int { Calendar.current.component(.year, from: Date()) }

    func openForm(_ clusterId: String?, _ app: Application) {
        let year = clusterId.flatMap { ws.clusters[$0]?.value.years.map(\.year).max() } ?? Self.currentYear()
        let f = ClusterForm(ws: ws, lang: app.language, clusterId: clusterId, year: year) { [self] saved, app in
            reload(select: saved.value.id)
            app.setStatus(ClusterFormStrings.saved(saved.value.name).text(app.language))
        }
        app.push(f.form)
    }

    /// Asks for the last year of work, then confirms (starting on "Không") before retiring.
    func retire(_ clusterId: String, _ app: Application) {
        guard let c = ws.clusters[clusterId] else { return }
        let S = ClusterFormStrings.self
        let last = c.value.years.map(\.year).max() ?? Self.currentYear()
        app.push(PromptDialog(title: S.retire.text(app.language), label: S.retireYear.text(app.language), text: String(last), maxLength: 4) {
            [self] text, app in
            guard let y = text.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return }
            app.confirm(S.retireConfirm(c.value.name, y).text(app.language), destructive: true) { [self] yes, app in
                guard yes else { return }
                do {
                    try ws.retireCluster(clusterId, after: y, basedOn: c.revision)
                    reload(select: clusterId)
                    app.setStatus(S.retired(c.value.name, y).text(app.language))
                } catch { app.showError(ErrorText.message(error, app.language)) }
            }
        })
    }
}
