import TDKTCore
import TerminalUI
import TDKTText

/// Clusters and blocks: the list (kind, members, the latest year's leader and deputy, "!" when a
/// unit leads two years in a row), Enter opens the detail (members, years, agreement, warnings).
public struct ClusterRegistryScreen: ShellScreen {
    public let id = "cluster-registry"
    public let section = ShellSection.clusters
    public var title: Localized { ClusterStrings.registryTitle }
    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        let lang = ctx.language
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        let clusters = ws.clusters.values.map(\.value).sorted(byKey: { CollationKey($0.name) })
        let rows = clusters.map { c -> ListView.Row in
            let y = c.years.max { $0.year < $1.year }
            return ListView.Row(id: c.id, cells: [
                c.name, (c.kind == .cluster ? ClusterStrings.cluster : ClusterStrings.block).text(lang), String(c.memberIds.count),
                y.map { String($0.year) } ?? "", y?.leaderId.map { ClusterUI.unitName(ws, $0) } ?? "",
                y?.deputyId.map { ClusterUI.unitName(ws, $0) } ?? "", c.warnings().isEmpty ? "" : "!",
            ])
        }
        let columns = [
            ListView.Column(ClusterStrings.name.text(lang)), ListView.Column(ClusterStrings.kind.text(lang), width: 5),
            ListView.Column(ClusterStrings.membersShort.text(lang), width: 3, alignRight: true),
            ListView.Column(ClusterStrings.year.text(lang), width: 4), ListView.Column(ClusterStrings.leader.text(lang), width: 15),
            ListView.Column(ClusterStrings.deputy.text(lang), width: 15), ListView.Column("!", width: 1),
        ]
        return ListView(title: title.text(lang), columns: columns, rows: rows) { row, app in
            guard let c = ws.clusters[row.id]?.value else { return }
            app.push(TextPanel(title: c.name, lines: Self.detail(c, ws, lang)))
        }
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
