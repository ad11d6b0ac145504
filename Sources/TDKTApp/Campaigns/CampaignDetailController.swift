import TDKTCore
import TerminalUI
import TDKTText

/// One campaign: its particulars, reviews, model examples and registrations of a year (y changes the year).
/// r adds a review, t moves the status, m adds a model example, g adds a registration, e edits (when the role may).
final class CampaignDetailController {
    let ws: Workspace
    let ctx: ShellContext
    let campaignId: String
    let list: ListView
    let onChange: () -> Void
    var year: Int
    var lang: Language { ctx.language }

    init(ws: Workspace, context: ShellContext, campaignId: String, onChange: @escaping () -> Void) {
        self.ws = ws
        self.ctx = context
        self.campaignId = campaignId
        self.onChange = onChange
        let today = CivilDate.today().year
        let p = ws.campaigns[campaignId]?.value.period
        year = p.map { min(max(today, $0.start.year), $0.end?.year ?? today) } ?? today
        list = ListView(title: "", columns: [ListView.Column("", width: 22), ListView.Column("")], rows: [])
        list.extraContexts = (ws.may(.editCampaigns) ? [.campaignDetailEdit] : []) + (ws.may(.editRegistrations) ? [.campaignDetailRegister] : [])
            + [.campaignDetail]
        list.onKey = { [self] _, command, app in self.handle(command, app: app) }
        // Another clerk's save of this campaign shows here without a key.
        list.onRefresh = { [self] _, app in
            guard ws.campaignChangedElsewhere(campaignId) else { return false }
            ws.reload()
            reload()
            app.setStatus(CampaignStrings.changedElsewhere.text(app.language))
            return true
        }
        // Enter on a review, a model example or a registration opens it whole.
        list.onActivate = { [self] row, app in
            guard let d = self.details[row.id] else { return }
            app.push(TextPanel(title: d.title, lines: d.lines))
        }
        reload()
    }

    /// The record behind a row (a review, a model example, a registration), as lines to read in full.
    private var details: [String: (title: String, lines: [String])] = [:]

    var campaign: Campaign? { ws.campaigns[campaignId]?.value }

    func reload() {
        guard let c = campaign else { list.setRows([]); return }
        let S = CampaignStrings.self, l = lang, d = l
        list.title = c.name
        var rows: [ListView.Row] = []
        var n = 0
        details = [:]
        /// `id`: a row that names a record an action works on (a registration entry); else numbered.
        func row(_ a: String, _ b: String, detail: (String, [String])? = nil, id: String? = nil) {
            n += 1
            let rowId = id ?? "r\(n)"
            rows.append(ListView.Row(id: rowId, cells: [a, b]))
            if let detail { details[rowId] = (detail.0, detail.1) }
        }
        row(S.name.text(l), c.name)
        row(S.kind.text(l), c.kind.label.text(d))
        row(S.launchingBody.text(l), [c.launchLevel, c.launchingBody].filter { !$0.isEmpty }.joined(separator: " · "))
        row(S.period.text(l), c.period.start.display + " – " + (c.period.end?.display ?? "…"))
        let due = CampaignListController.dueText(c, l)
        row(S.status.text(l), c.status.label.text(d) + (due.isEmpty ? "" : " · " + due))
        if !c.directive.isEmpty { row(S.directive.text(l), c.directive) }
        if !c.goals.isEmpty { row(S.goals.text(l), c.goals.replacingOccurrences(of: "\n", with: " ")) }
        if !c.targetUnitIds.isEmpty { row(S.targetUnits.text(l), c.targetUnitIds.map { ws.units[$0]?.value.name ?? $0 }.joined(separator: "; ")) }
        if !c.targetClusterIds.isEmpty { row(S.targetClusters.text(l), c.targetClusterIds.map { ws.clusters[$0]?.value.name ?? $0 }.joined(separator: "; ")) }

        row("── " + S.reviews.text(l), "")
        if c.reviews.isEmpty { row("", S.none.text(l)) }
        for r in c.reviews.sorted(by: { $0.date < $1.date }) {
            let figures = Array(r.figures.keys).sortedVietnamese().map { "\($0): \(r.figures[$0]!)" }.joined(separator: "; ")
            let head = (r.kind == .interim ? S.interim : S.final).text(l) + " " + r.date.display
            row(head, r.summary.replacingOccurrences(of: "\n", with: " ") + (figures.isEmpty ? "" : " [" + figures + "]"),
                detail: (head, r.summary.components(separatedBy: "\n")
                    + Array(r.figures.keys).sortedVietnamese().map { "  \($0): \(r.figures[$0]!)" }))
        }

        row("── " + S.examples(year).text(l), "")
        let examples = ws.modelExamples(year: year).filter { $0.campaignId == campaignId }.sorted(byKey: { CollationKey($0.name) })
        if examples.isEmpty { row("", S.none.text(l)) }
        for e in examples {
            row(S.exampleKind(e.kind).text(l), e.name + (e.description.isEmpty ? "" : " — " + e.description),
                detail: (e.name, [S.exampleKind(e.kind).text(l) + " · " + String(year)] + e.description.components(separatedBy: "\n")))
        }

        let (regHead, regKeys) = SectionHeading.cells(S.registrations(year).text(l))
        row(regHead, regKeys)
        let regs = ws.registrations(year: year).filter { $0.campaignId == campaignId }
        var perTitle: [String: Int] = [:]
        let sortedRegs = regs.sorted(byKey: { CollationKey(ws.name(of: NomineeRef(.unit, $0.unitId))) })
        for r in sortedRegs {
            let unit = ws.name(of: NomineeRef(.unit, r.unitId))
            // The whole registration of the unit, whichever of its rows is opened.
            let whole = (unit + " · " + String(year), r.entries.map { "  " + awardName($0.awardCode) + " — " + ws.name(of: $0.nominee) })
            for e in r.entries {
                let award = awardName(e.awardCode)
                perTitle[award, default: 0] += 1
                row(unit, award + " — " + ws.name(of: e.nominee), detail: whole, id: Self.entryId(unitId: r.unitId, e))
            }
        }
        if regs.isEmpty { row("", S.none.text(l)) }
        for title in Array(perTitle.keys).sortedVietnamese() { row(S.perTitle.text(l), "\(title): \(perTitle[title]!)") }
        let keep = list.selectedRow?.id
        list.setRows(rows)
        if let keep { list.select(id: keep) }
    }

    /// A registration entry's row: "reg|UNIT|KIND:NOMINEE|AWARD".
    static func entryId(unitId: String, _ e: Registration.Entry) -> String { "reg|\(unitId)|\(e.nominee)|\(e.awardCode)" }

    /// Drops the chosen entry, or removes the unit's whole registration with a reason (both through TDKTCore).
    private func editRegistration(_ app: Application) {
        guard let id = list.selectedRow?.id, id.hasPrefix("reg|") else {
            app.setStatus(CampaignStrings.chooseRegistration.text(lang), error: true)
            return
        }
        let parts = id.split(separator: "|").map(String.init)
        guard parts.count == 4, let nominee = NomineeRef(text: parts[2]) else { return }
        let unitId = parts[1], code = parts[3], unitName = ws.name(of: NomineeRef(.unit, unitId))
        var menu: MenuView!
        menu = MenuView(title: CampaignStrings.registrationMenu(unitName).text(lang), items: [
            MenuView.Item(CampaignStrings.dropEntry(code, ws.name(of: nominee)).text(lang)) { [self] app in
                app.remove(menu)
                do {
                    try ws.unregister(unitId: unitId, campaignId: campaignId, year: year, nominee: nominee, awardCode: code)
                    reload()
                    app.setStatus(CampaignStrings.entryDropped.text(lang))
                } catch { app.showError(ErrorText.message(error, lang)) }
            },
            MenuView.Item(CampaignStrings.deleteRegistration(unitName).text(lang)) { [self] app in
                app.remove(menu)
                app.push(PromptDialog(title: CampaignStrings.deleteRegistration(unitName).text(lang),
                                      label: CampaignStrings.deleteReason.text(lang)) { [self] reason, app in
                    guard let reason else { return }
                    do {
                        try ws.removeRegistration(year: year, campaignId: campaignId, unitId: unitId, reason: reason)
                        reload()
                        app.setStatus(CampaignStrings.registrationDeleted.text(lang))
                    } catch { app.showError(ErrorText.message(error, lang)) }
                })
            },
        ])
        app.push(menu)
    }

    func awardName(_ code: String) -> String {
        guard let a = ws.catalogue?.value.award(code) else { return code }
        return lang == .en ? a.nameEn : a.name
    }

    private func handle(_ command: CommandID?, app: Application) -> Bool {
        let canEdit = ws.may(.editCampaigns), canRegister = ws.may(.editRegistrations)
        switch command {
        case .clerkYear?:
            guard let p = campaign?.period else { return true }
            let last = max(p.start.year, p.end?.year ?? CivilDate.today().year)
            year = year >= last ? p.start.year : year + 1
            reload()
        case .clerkEdit? where canEdit:
            app.push(CampaignFormController(ws: ws, context: ctx, campaignId: campaignId) { [self] _ in
                self.reload(); self.onChange()
            }.form)
        case .clerkReview? where canEdit:
            app.push(ReviewForm.make(ws: ws, lang: lang, campaignId: campaignId) { [self] in self.reload(); self.onChange() })
        case .clerkMoveStatus? where canEdit:
            moveStatus(app)
        case .clerkExample? where canEdit:
            app.push(ExampleForm.make(ws: ws, lang: lang, campaignId: campaignId, year: year) { [self] in self.reload() })
        case .clerkRegistration? where canRegister:
            app.push(RegistrationForm(ws: ws, lang: lang, campaignId: campaignId, year: year) { [self] in self.reload() }.form)
        case .clerkRegistrationEdit? where canRegister:
            editRegistration(app)
        default:
            return false
        }
        return true
    }

    private func moveStatus(_ app: Application) {
        guard let c = campaign else { return }
        let d = lang
        let later = Campaign.Status.allCases.drop { $0 != c.status }.dropFirst()
        let menu = MenuView(title: CampaignStrings.moveStatus.text(lang), items: [])
        menu.items = later.map { status in
            MenuView.Item(status.label.text(d)) { [self] app in
                do {
                    try ws.setStatus(status, of: campaignId)
                    app.remove(menu)
                    reload(); onChange()
                    app.setStatus(CampaignStrings.statusMoved(status.label.text(d)).text(app.language))
                } catch {
                    app.showError(DomainErrors.describe(error, app.language).message)
                }
            }
        }
        if menu.items.isEmpty { app.showMessage(CampaignStrings.noLaterStatus.text(lang)); return }
        app.push(menu)
    }
}
