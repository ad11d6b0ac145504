import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Proposals by state: a tab per state (←/→), a year filter (y), search and filter without diacritics,
/// several rows marked (Space, `*`) and moved together, all or none (c); council vote (b), new (F7),
/// decision (q); all in the F9 menu. It opens on the current year (the newest with proposals) and reads
/// only that year; y steps to older years, each read when first shown, then to every year. Only the
/// moves the rows' state allows and the role may make are offered.
final class ProposalListView: View {
    let ws: Workspace
    let book: ProposalBook
    let lang: Language
    let list: ListView
    /// nil: every state.
    private(set) var tab: Proposal.State?
    /// nil: every year.
    private(set) var year: Int?

    static let tabs: [Proposal.State?] = [nil] + Proposal.State.allCases.map { $0 }

    /// `quick`: under the terminal loop, show the rows kept from last time while the year is read (`QuickRows`).
    init(ws: Workspace, lang: Language, quick: Bool = false) {
        self.ws = ws
        self.book = ProposalBook(workspace: ws)
        self.lang = lang
        year = book.currentYear
        list = ListView(title: AwardStrings.proposalList.text(lang),
                        columns: [ListView.Column(AwardStrings.colYear.text(lang), width: 4),
                                  ListView.Column(AwardStrings.colAward.text(lang), width: 11),
                                  ListView.Column(AwardStrings.colNominee.text(lang)),
                                  ListView.Column(AwardStrings.colState.text(lang), width: 18)],
                        rows: [])
        list.allowsMarking = true
        list.onActivate = { [unowned self] row, app in self.open(row.id, app) }
        // Another clerk's save (a move, a vote, a new proposal) shows in the list without a key.
        list.onRefresh = { [unowned self] _, _ in
            guard self.book.changedOnDisk else { return false }
            let keep = self.list.selectedRow?.id
            self.reload()
            if let keep { self.list.select(id: keep) }
            return true
        }
        list.onRowsRead = { [unowned self] _, app in reportUnreadable(self.book.problems, lang, app) }
        let book = book, year = year
        QuickRows.show(in: list, ws: ws, name: "proposals", key: [lang.rawValue, year.map(String.init) ?? "all"], quick: quick) { [ws] w in
            // The indexes' answer is read into a book of its own; the files' answer into the screen's.
            let read = w === ws ? book : ProposalBook(workspace: w)
            return Self.rows(read.list(state: nil, year: year), names: AwardNames(ws: w, lang: lang), lang: lang)
        }
    }

    var title: String { list.title }
    /// The list's rows folded for search between keys (ListView).
    var hasIdleWork: Bool { list.hasIdleWork }
    func runIdleStep(app: Application) { list.runIdleStep(app: app) }
    var context: TerminalUI.CommandContext { AwardCommands.proposals }
    func refreshFromOutside(app: Application) -> Bool { list.refreshFromOutside(app: app) }
    var wantsTyping: Bool { list.wantsTyping }

    var hiddenCommands: Set<CommandID> {
        var h: Set<CommandID> = []
        if !ws.may(.editProposals) { h.insert(AwardCommands.new) }
        if !ws.may(.appraiseProposals) { h.insert(AwardCommands.vote) }
        if !ws.may(.makeDecisions) { h.insert(AwardCommands.decide) }
        if !ws.may(.editProposals) && !ws.may(.appraiseProposals) { h.formUnion([AwardCommands.move, .mark, .markAll]) }
        return h
    }


    /// Reads the shown years again (another clerk's change, a save) and shows the rows.
    func reload() {
        book.reload()
        showRows()
    }

    /// The rows of the tab and year from what is already read: a tab or year change reads nothing again.
    func showRows() {
        list.setRows(Self.rows(book.list(state: tab, year: year), names: AwardNames(ws: ws, lang: lang), lang: lang))
    }

    static func rows(_ proposals: [Stored<Proposal>], names: AwardNames, lang: Language) -> [ListView.Row] {
        proposals.map { s in
            let p = s.value
            return ListView.Row(id: p.id, cells: [String(p.year), p.awardCode, names.nominee(p.nominee), p.state.label.text(lang)])
        }
    }

    var chosen: [Proposal] { list.chosenRows.compactMap { book.proposals[$0.id]?.value } }

    // MARK: Drawing

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let tabName = tab.map { $0.label.text(lang) } ?? AwardStrings.all.text(lang)
        let count = list.rows.count
        let head = AwardStrings.stateLabel.text(lang) + "◀ \(tabName) (\(count)) ▶   "
            + AwardStrings.yearLabel.text(lang) + (year.map(String.init) ?? AwardStrings.all.text(lang))
        frame.put(head, x: area.x + 1, y: area.y, style: .header, maxWidth: area.width - 2)
        list.draw(in: &frame, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), app: app)
    }

    // MARK: Keys

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if list.wantsTyping { return list.handle(key, command: command, app: app) }
        list.settle(before: key, command: command, app: app)
        switch command {
        case AwardCommands.nextTab?, AwardCommands.previousTab?:
            let i = Self.tabs.firstIndex { $0 == tab } ?? 0
            let step = command == AwardCommands.nextTab ? 1 : Self.tabs.count - 1
            tab = Self.tabs[(i + step) % Self.tabs.count]
            list.setMarked([])
            showRows()
        case AwardCommands.year?:
            let years = book.years
            if let y = year, let i = years.firstIndex(of: y) { show(year: i + 1 < years.count ? years[i + 1] : nil, app) } else { show(year: years.first, app) }
        case AwardCommands.move?: moveChosen(app)
        case AwardCommands.vote?: openVote(app)
        case AwardCommands.new?:
            // After the save the list shows the new proposal's year, so the clerk sees what was made.
            weak var made: ProposalFormController?
            let form = ProposalFormController(ws: ws, book: book, lang: lang, editing: nil) { [weak self] in
                guard let self else { return }
                if let y = made?.editing?.year, self.year != nil, self.year != y { self.year = y }
                self.reload()
            }
            made = form
            app.push(form.view)
        case AwardCommands.decide?: openDecision(app)
        default:
            return list.handle(key, command: command, app: app)
        }
        return true
    }

    /// Shows a year (nil: every year). Years not read yet are read a year at a time with a progress
    /// line when there are several (every year); Esc stops and leaves the list as it was.
    private func show(year next: Int?, _ app: Application) {
        let missing = next.map { book.loadedYears.contains($0) ? [] : [$0] } ?? book.years.filter { !book.loadedYears.contains($0) }
        let apply: (Application) -> Void = { [weak self] _ in
            guard let self else { return }
            self.year = next
            self.list.setMarked([])
            self.showRows()
        }
        if missing.count <= 1 { apply(app); return }
        app.start(Work(title: AwardStrings.proposalList.text(lang), steps: missing.map { y in
            Work.Step(AwardStrings.yearLabel.text(lang) + String(y)) { [weak self] in self?.book.load(year: y) }
        }, onFinish: apply))
    }

    private func open(_ id: String, _ app: Application) {
        guard let p = book.proposals[id]?.value else { return }
        if ProposalWorkflow.actions(for: p, in: ws).edit {
            app.push(ProposalFormController(ws: ws, book: book, lang: lang, editing: p) { [weak self] in self?.reload() }.view)
        } else {
            app.push(ProposalDetail.view(p, book: book, lang: lang))
        }
    }

    /// The moves offered: allowed from every chosen row's state, not `decided` (only a decision does that),
    /// and permitted to the role.
    func targets(for proposals: [Proposal]) -> [Proposal.State] {
        ProposalWorkflow.moves(for: proposals, in: ws)
    }

    private func moveChosen(_ app: Application) {
        let ps = chosen
        if ps.isEmpty { app.setStatus(AwardStrings.nothingChosen.text(lang), error: true); return }
        let options = targets(for: ps)
        if options.isEmpty {
            let states = Set(ps.map(\.state)).map { $0.label.text(lang) }.sorted().joined(separator: ", ")
            app.showError(AwardStrings.noMove(states).text(lang))
            return
        }
        let ids = ps.map(\.id)
        var menu: MenuView!
        menu = MenuView(title: AwardStrings.moveTitle(ids.count).text(lang), items: options.map { target in
            MenuView.Item(target.label.text(lang)) { [unowned self] app in
                app.remove(menu)
                if target == .returned || target == .notEligible {
                    app.push(PromptDialog(title: AwardStrings.reasonTitle.text(lang),
                                          label: AwardStrings.reasonLabel(target.label.text(lang)).text(lang)) { reason, app in
                        guard let reason else { return }
                        self.perform(ids, to: target, reason: reason, app)
                    })
                } else {
                    self.perform(ids, to: target, reason: nil, app)
                }
            }
        })
        app.push(menu)
    }

    /// Moves the proposals; when the eligibility gate stops them and the user may override, asks for the
    /// reason (TDKTCore records it on each proposal and in the audit log) and tries again with it.
    func perform(_ ids: [String], to target: Proposal.State, reason: String?, overrideReason: String? = nil, _ app: Application) {
        do {
            let moved = try ProposalWorkflow.move(ids, to: target, reason: reason, overrideReason: overrideReason, actor: ws.login, in: book)
            list.setMarked([])
            reload()
            app.setStatus(AwardStrings.moved(moved.count, target.label.text(lang)).text(lang))
        } catch let gate as EligibilityGateError where overrideReason == nil && ws.may(.overrideEligibility) {
            book.reload()
            app.push(PromptDialog(title: AwardStrings.overrideTitle.text(lang),
                                  label: ErrorText.message(gate, lang) + "\n" + AwardStrings.overrideLabel(gate.proposalIds.count).text(lang)) { text, app in
                guard let text else { return }
                self.perform(ids, to: target, reason: reason, overrideReason: text, app)
            })
        } catch {
            book.reload()
            app.showError(ErrorText.message(error, lang))
        }
    }

    private func openVote(_ app: Application) {
        let ps = chosen
        if ps.isEmpty { app.setStatus(AwardStrings.nothingChosen.text(lang), error: true); return }
        app.push(VoteForm.view(ps, book: book, lang: lang) { [weak self] in self?.reload() })
    }

    private func openDecision(_ app: Application) {
        let ps = chosen
        if ps.isEmpty { app.setStatus(AwardStrings.nothingChosen.text(lang), error: true); return }
        app.push(DecisionForm.view(ps, book: book, lang: lang) { [weak self] in self?.reload() })
    }
}

/// A proposal that cannot be edited now, shown as text with its eligibility.
enum ProposalDetail {
    static func lines(_ p: Proposal, book: ProposalBook, lang: Language) -> [String] {
        let names = AwardNames(ws: book.workspace, lang: lang)
        var out = ["\(p.id): \(names.award(p.awardCode)) \(p.year) — \(names.nominee(p.nominee)) — \(p.state.label.text(lang))",
                   AwardStrings.achievementLine.text(lang) + p.achievement]
        if let award = names.catalogue?.award(p.awardCode) {
            let required = ProposalWorkflow.requiredDossier(award, procedure: p.procedure)
            out.append(AwardStrings.dossierLine.text(lang) + required.map { ($0.label.text(lang)) + (p.dossier[$0] == true ? " ✓" : " ✗") }
                .joined(separator: ", "))
        }
        if let o = p.eligibilityOverride {
            out.append(o.line(lang))
            out += o.conditions.map { "  ✗ " + $0 }
        }
        if let v = p.vote { out.append(AwardStrings.voteLine.text(lang) + "\(v.forVotes)/\(v.members) (\(v.against) \(AwardStrings.against.text(lang).lowercased()))") }
        if let d = p.decisionId { out.append(AwardStrings.decisionLine.text(lang) + d) }
        out.append("")
        out.append(AwardStrings.historyHead.text(lang))
        let f = DateFormatter()
        f.dateFormat = "dd/MM/yyyy HH:mm"
        for h in p.history {
            out.append("  \(f.string(from: h.at))  \(h.from.label.text(lang)) → \(h.to.label.text(lang))  \(h.by)"
                       + (h.reason.map { "  — \($0)" } ?? ""))
        }
        out.append("")
        if let history = try? book.history() {
            let report = Eligibility.check(nominee: p.nominee, award: p.awardCode, year: p.year, in: history, excludingProposal: p.id)
            out += EligibilityText.lines(report, lang: lang)
        }
        return out
    }

    static func view(_ p: Proposal, book: ProposalBook, lang: Language) -> View {
        let v = TextPanel(title: AwardStrings.editProposal(p.id).text(lang), lines: lines(p, book: book, lang: lang), context: AwardCommands.preview)
        v.hidden = [AwardCommands.confirmDecision]
        // Another clerk's save of this proposal (a move, a vote, an edit) shows here without a key.
        let id = p.id
        v.onRefresh = { [book] panel, app in
            guard book.changedElsewhere(id) else { return false }
            book.reload()
            guard let fresh = try? book.proposal(id).value else { return false }
            panel.setLines(lines(fresh, book: book, lang: app.language).map { TextPanel.Line($0) })
            app.setStatus(ClerkStrings.changedElsewhere.text(app.language))
            return true
        }
        return v
    }
}

/// An eligibility report as lines: the outcome, then each condition (met ✓, not met ✗, unknown ?) with the records used.
enum EligibilityText {
    static func symbol(_ s: EligibilityReport.Status) -> String {
        switch s {
        case .met: "✓"
        case .notMet: "✗"
        case .unknown: "?"
        }
    }

    static func lines(_ r: EligibilityReport, lang: Language) -> [String] {
        let head = AwardStrings.eligibilityHead.text(lang) + " (\(r.awardCode) \(r.year)): \(r.status.label.text(lang))"
        return [head] + r.conditions.map { "  \(symbol($0.status)) " + $0.line(lang) }
    }
}
