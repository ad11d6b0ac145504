import Foundation
import TDKTCore
import TerminalUI
import TDKTText

extension CommandID {
    static let clusterNew: CommandID = "cluster.new"
    static let clusterEdit: CommandID = "cluster.edit"
    static let clusterRetire: CommandID = "cluster.retire"
}

extension TerminalUI.CommandContext {
    /// The clusters list, for a role that edits clusters.
    static let clusterRegistryEdit: TerminalUI.CommandContext = "cluster-registry-edit"
}

/// Creating or editing a cluster or block: name, kind, organiser, members (picked from the units, several
/// marked with Space, type to search) and for one year its leader, deputy (picked among the members) and
/// agreement document. Saved through `Workspace.saveCluster(_:clusterId:basedOn:)`.
final class ClusterForm {
    static let fieldMap = ["name": "name", "kind": "kind", "organiser": "organiser", "memberIds": "members",
                           "years.leaderId": "leader", "years.deputyId": "deputy", "retiredAfter": "year", "years.year": "year"]
    let form: FormView
    let picks = PickFields()

    /// The clusters screen's rows of the one command table: F7 adds, F8 retires (F-keys mean the same
    /// everywhere), e edits; all of them in the F9 menu.
    static let commands: [Command] = [
        Command(.clusterNew, keys: [.function(7)], label: ClusterFormStrings.new, help: ClusterFormStrings.newHelp,
                contexts: [.clusterRegistryEdit], inBar: true),
        Command(.clusterEdit, keys: [.char("e")], label: ClusterFormStrings.edit, help: ClusterFormStrings.editHelp,
                contexts: [.clusterRegistryEdit]),
        Command(.clusterRetire, keys: [.function(8)], label: ClusterFormStrings.retire, help: ClusterFormStrings.retireHelp,
                contexts: [.clusterRegistryEdit], inBar: true),
    ]

    init(ws: Workspace, lang: Language, clusterId: String?, year: Int, onSaved: @escaping (Stored<Cluster>, Application) -> Void) {
        let S = ClusterStrings.self
        let stored = clusterId.flatMap { ws.clusters[$0] }
        let c = stored?.value
        let kinds = Cluster.Kind.allCases
        func kindName(_ k: Cluster.Kind) -> String { (k == .cluster ? S.cluster : S.block).text(lang) }
        let y = c?.year(year)
        form = FormView(id: "cluster-" + (clusterId ?? "new"),
                        title: c.map { ClusterFormStrings.editTitle($0.name).text(lang) } ?? ClusterFormStrings.newTitle.text(lang), fields: [
            .init(id: "name", label: S.name.text(lang), kind: .text(maxLength: 200), value: c?.name ?? "", required: true),
            .init(id: "kind", label: S.kind.text(lang), kind: .choice(kinds.map(kindName)), value: kindName(c?.kind ?? .cluster)),
            .init(id: "organiser", label: S.organiser.text(lang), kind: .text(maxLength: 200), value: c?.organiser ?? ""),
            .init(id: "members", label: S.members.text(lang), kind: .text(maxLength: 4000), required: true),
            .init(id: "year", label: S.year.text(lang), kind: .number(min: 1945, max: 2100), value: String(year), required: true),
            .init(id: "leader", label: S.leader.text(lang), kind: .text(maxLength: 400)),
            .init(id: "deputy", label: S.deputy.text(lang), kind: .text(maxLength: 400)),
            .init(id: "agreement", label: ScoringSetupStrings.agreementReference.text(lang), kind: .text(maxLength: 200),
                  value: y?.agreementReference ?? ""),
        ])
        let form = self.form
        picks.attach(to: form)
        let name = { (id: String) in ClusterUI.unitName(ws, id) }
        picks.define("members", describe: { ids in ids.isEmpty ? "" : "\(ids.count) \(ClusterFormStrings.memberCount.text(lang)): "
                                              + ids.map(name).joined(separator: ", ") }) { [self] app in
            Picker.units(ws, lang: lang, multi: true, preselected: self.picks.all("members"), app: app) { ids, _ in
                self.picks.set("members", ids)
                for role in ["leader", "deputy"] where !(self.picks.first(role).map(ids.contains) ?? true) { self.picks.set(role, []) }
            }
        }
        for role in ["leader", "deputy"] {
            picks.define(role, describe: { $0.map(name).joined() }) { [self] app in
                let members = self.picks.all("members")
                guard !members.isEmpty else { form.setMessage(ClusterFormStrings.pickMember.text(lang), for: role); return }
                let rows = Picker.unitRows(ws, lang, activeOnly: false).filter { members.contains($0.id) }
                Picker.pick(title: (role == "leader" ? S.leader : S.deputy).text(lang),
                            columns: [ListView.Column(ClerkStrings.unitName.text(lang)), ListView.Column(ClerkStrings.kind.text(lang), width: 16),
                                      ListView.Column(ClerkStrings.parent.text(lang), width: 20)],
                            rows: rows, multi: false, preselected: self.picks.all(role), app: app) { ids, _ in self.picks.set(role, ids) }
            }
        }
        if let c {
            picks.set("members", c.memberIds)
            picks.set("leader", (y?.leaderId ?? c.proposedLeader(for: year)).map { [$0] } ?? [])
            picks.set("deputy", y?.deputyId.map { [$0] } ?? [])
            form.markSaved()
        }
        form.onSaveResult = { [self] v, app in
            guard let yearValue = v["year"].flatMap({ Int($0) }) else { return .handled }
            let edit = Workspace.ClusterEdit(name: v["name"] ?? "", kind: kinds.first { kindName($0) == v["kind"] } ?? .cluster,
                                             organiser: v["organiser"] ?? "", memberIds: picks.all("members"), year: yearValue,
                                             leaderId: picks.first("leader"), deputyId: picks.first("deputy"),
                                             agreementReference: v["agreement"])
            do {
                let saved = try ws.saveCluster(edit, clusterId: clusterId, basedOn: stored?.revision)
                app.remove(form)
                onSaved(saved, app)
                return .saved
            } catch {
                return DomainErrors.refuse(error, form: form, fields: Self.fieldMap, app: app)
            }
        }
    }
}
