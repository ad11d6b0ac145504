import TDKTCore
import TerminalUI
import TDKTText

/// Create or edit a campaign. F2 saves through Workspace.saveCampaign against the revision the form
/// was read at; a refused value is shown at its field; a conflict offers to reload while keeping what was typed.
final class CampaignFormController {
    let ws: Workspace
    let ctx: ShellContext
    private(set) var campaignId: String?
    private(set) var revision: Int?
    let form: FormView
    let picks = PickFields()
    let onSaved: (String) -> Void
    /// The form as filled from the stored revision: on reload, only fields the clerk left alone take the new values.
    private var read: FormSnapshot!
    /// The name the clerk said to save although another campaign has it.
    private var acceptedDuplicateOf: String?
    var lang: Language { ctx.language }

    /// Domain field → form field.
    static let fieldMap = ["name": "name", "id": "name", "kind": "kind", "launchLevel": "level", "launchingBody": "body",
                           "period": "start", "period.end": "end", "targetUnitIds": "units", "targetClusterIds": "clusters",
                           "goals": "goals", "directive": "directive"]

    init(ws: Workspace, context: ShellContext, campaignId: String?, onSaved: @escaping (String) -> Void) {
        self.ws = ws
        self.ctx = context
        self.campaignId = campaignId
        self.onSaved = onSaved
        let l = context.language, d = l
        let stored = campaignId.flatMap { ws.campaigns[$0] }
        revision = stored?.revision
        let c = stored?.value
        let kinds = Campaign.Kind.allCases.map { $0.label.text(d) }
        let S = CampaignStrings.self
        form = FormView(id: "campaign-" + (campaignId ?? "new"), title: (c == nil ? S.newTitle : S.editTitle).text(l), fields: [
            .init(id: "name", label: S.name.text(l), kind: .text(maxLength: 300), value: c?.name ?? "", required: true),
            .init(id: "kind", label: S.kind.text(l), kind: .choice(kinds), value: c?.kind.label.text(d) ?? kinds[0]),
            .init(id: "level", label: S.launchLevel.text(l), kind: .text(maxLength: 200), value: c?.launchLevel ?? ""),
            .init(id: "body", label: S.launchingBody.text(l), kind: .text(maxLength: 200), value: c?.launchingBody ?? "", required: true),
            .init(id: "start", label: S.start.text(l), kind: .date, value: c?.period.start.display ?? "", required: true),
            .init(id: "end", label: S.end.text(l), kind: .date, value: c?.period.end?.display ?? ""),
            .init(id: "units", label: S.targetUnits.text(l), kind: .text(maxLength: 4000)),
            .init(id: "clusters", label: S.targetClusters.text(l), kind: .text(maxLength: 4000)),
            .init(id: "goals", label: S.goals.text(l), kind: .longText(maxLength: 4000, lines: 3), value: c?.goals ?? ""),
            .init(id: "directive", label: S.directive.text(l), kind: .text(maxLength: 200), value: c?.directive ?? ""),
        ])
        picks.attach(to: form)
        picks.define("units", describe: { ids in ids.map { ws.units[$0]?.value.name ?? $0 }.joined(separator: "; ") }) { [self] app in
            Picker.units(ws, lang: l, multi: true, preselected: self.picks.all("units"), app: app) { ids, _ in self.picks.set("units", ids) }
        }
        picks.define("clusters", describe: { ids in ids.map { ws.clusters[$0]?.value.name ?? $0 }.joined(separator: "; ") }) { [self] app in
            Picker.clusters(ws, lang: l, preselected: self.picks.all("clusters"), app: app) { ids, _ in self.picks.set("clusters", ids) }
        }
        picks.set("units", c?.targetUnitIds ?? [])
        picks.set("clusters", c?.targetClusterIds ?? [])
        form.markSaved()
        read = FormSnapshot(form, picks: picks)
        form.onSaveResult = { [self] values, app in self.save(values, app: app) }
    }

    /// The campaign as typed, over the stored one (its status and reviews kept).
    func campaign(from v: [String: String]) throws -> Campaign {
        let d = lang
        let start = try CivilDate.parse(v["start"] ?? "", field: "period", label: Campaign.periodLabel)
        let end = try (v["end"] ?? "").isEmpty ? nil : CivilDate.parse(v["end"]!, field: "period.end", label: Campaign.periodLabel)
        let kind = Campaign.Kind.allCases.first { $0.label.text(d) == v["kind"] } ?? .regular
        let name = v["name"] ?? ""
        let id = campaignId ?? Workspace.makeIdentifier(from: name) { ws.campaigns[$0] != nil }
        var c = campaignId.flatMap { ws.campaigns[$0]?.value }
            ?? Campaign(id: id, name: name, kind: kind, launchLevel: "", launchingBody: "", period: DatePeriod(start: start, end: end))
        c.name = TextNormalization.clean(name); c.kind = kind
        c.launchLevel = TextNormalization.clean(v["level"] ?? ""); c.launchingBody = TextNormalization.clean(v["body"] ?? "")
        c.period = DatePeriod(start: start, end: end)
        c.targetUnitIds = picks.all("units"); c.targetClusterIds = picks.all("clusters")
        c.goals = TextNormalization.clean(v["goals"] ?? "", allowNewlines: true)
        c.directive = TextNormalization.clean(v["directive"] ?? "")
        return c
    }

    func save(_ values: [String: String], app: Application) -> FormView.SaveResult {
        do {
            let c = try campaign(from: values)
            // Every problem at its field on this one F2.
            let problems = c.problems()
            if !problems.isEmpty { return DomainErrors.refuseAll(problems, form: form, fields: Self.fieldMap, app: app) }
            // A likely duplicate (another campaign of that name) is asked about first.
            let twins = ws.likelyDuplicates(of: c)
            if !twins.isEmpty, acceptedDuplicateOf != c.name {
                app.confirm(CampaignStrings.duplicate(c.name, twins.map { $0.period.start.display }).text(lang),
                            title: CampaignStrings.duplicateTitle.text(lang)) { [self] yes, app in
                    guard yes else { return }
                    acceptedDuplicateOf = c.name
                    form.save(app: app)
                }
                return .handled
            }
            try ws.saveCampaign(c, basedOn: revision)
            campaignId = c.id
            revision = ws.campaigns[c.id]?.revision
            ctx.drafts.delete(formID: form.formID)
            app.remove(form)
            onSaved(c.id)
            app.setStatus(CampaignStrings.saved(c.name).text(lang))
            return .saved
        } catch let e as StoreError {
            if case .conflict = e {
                offerReload(e, app: app)
                return .handled
            }
            return DomainErrors.refuse(e, form: form, fields: Self.fieldMap, app: app)
        } catch {
            return DomainErrors.refuse(error, form: form, fields: Self.fieldMap, app: app)
        }
    }

    /// Another clerk saved first: say who, then take their revision, field by field (ConflictMerge).
    private func offerReload(_ e: StoreError, app: Application) {
        guard let id = campaignId else { return }
        ConflictMerge.offer(e, form: form, picks: picks, read: read, lang: lang, app: app, reread: { [ws, ctx] in
            ws.reload()
            guard ws.campaigns[id] != nil else { return nil }
            let theirs = CampaignFormController(ws: ws, context: ctx, campaignId: id, onSaved: { _ in })
            return FormSnapshot(theirs.form, picks: theirs.picks)
        }, adopt: { [weak self, ws] snapshot in
            self?.revision = ws.campaigns[id]?.revision
            self?.read = snapshot
        })
    }
}
