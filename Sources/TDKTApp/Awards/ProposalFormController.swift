import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// The proposal form: nominee (picked from a list searched without diacritics), award (the catalogue's,
/// narrowed to what that kind of nominee may receive), year, kind, procedure, campaign or cluster,
/// achievement and the dossier checklist. Under it, the eligibility check, refreshed when the nominee, the
/// award or the year change. F2 opens the proposal (ProposalWorkflow.create) or saves it (update);
/// the domain's refusals are shown as it words them.
final class ProposalFormController {
    let ws: Workspace
    let book: ProposalBook
    let lang: Language
    let view: PanelFormView
    private(set) var editing: Proposal?
    private(set) var nominee: NomineeRef?
    private(set) var report: EligibilityReport?
    private var history: AwardHistory?
    private var checkedKey = ""
    private let onChange: () -> Void
    /// The revision of `editing` the next save is based on, and the form as filled from it (after a conflict:
    /// the other clerk's revision).
    private var revision: Int?
    private var read: FormSnapshot!
    /// Option text → (campaign, cluster).
    private let sources: [String: (String?, String?)]

    var form: FormView { view.form }

    init(ws: Workspace, book: ProposalBook, lang: Language, editing: Proposal?, onChange: @escaping () -> Void) {
        self.ws = ws
        self.book = book
        self.lang = lang
        self.editing = editing
        self.onChange = onChange
        var sources: [String: (String?, String?)] = [AwardStrings.none.text(lang): (nil, nil)]
        var sourceOptions = [AwardStrings.none.text(lang)]
        for c in ws.campaigns.values.map(\.value).sorted(byKey: { CollationKey($0.name) }) {
            let t = AwardStrings.campaignPrefix.text(lang) + c.name
            sources[t] = (c.id, nil); sourceOptions.append(t)
        }
        for c in ws.clusters.values.map(\.value).sorted(byKey: { CollationKey($0.name) }) {
            let t = AwardStrings.clusterPrefix.text(lang) + c.name
            sources[t] = (nil, c.id); sourceOptions.append(t)
        }
        self.sources = sources
        typealias F = FormView.Field
        var fields = [
            F(id: "nominee", label: AwardStrings.nominee.text(lang), kind: .text(maxLength: 120), required: true),
            F(id: "award", label: AwardStrings.award.text(lang), kind: .choice([])),
            F(id: "year", label: AwardStrings.year.text(lang), kind: .number(min: Proposal.years.lowerBound, max: Proposal.years.upperBound), value: String(CivilDate.today().year - 1), required: true),
            F(id: "kind", label: AwardStrings.kind.text(lang), kind: .choice(Proposal.Kind.allCases.map { $0.label.text(lang) })),
            F(id: "procedure", label: AwardStrings.procedure.text(lang),
              kind: .choice([AwardStrings.procedureNormal.text(lang), AwardStrings.procedureSimplified.text(lang)])),
            F(id: "source", label: AwardStrings.source.text(lang), kind: .choice(sourceOptions)),
            F(id: "achievement", label: AwardStrings.achievement.text(lang), kind: .longText(maxLength: 4000, lines: 3), required: true),
        ]
        for item in AwardType.DossierItem.allCases {
            fields.append(F(id: "dossier." + item.rawValue, label: AwardStrings.dossier(item.label.text(lang), required: false).text(lang), kind: .yesNo))
        }
        let title = editing.map { AwardStrings.editProposal($0.id).text(lang) } ?? AwardStrings.newProposal.text(lang)
        view = PanelFormView(form: FormView(id: "award-proposal", title: title, fields: fields), context: AwardCommands.form, formRows: 12)
        form.field("nominee")?.validate = { [unowned self] _ in self.nominee == nil ? AwardStrings.pickNominee.text(self.lang) : nil }
        nominee = editing?.nominee
        history = try? book.history()
        if let e = editing { fill(from: e) }
        refreshAwards()
        refreshDossierLabels()
        form.markSaved()
        revision = editing.flatMap { try? book.proposal($0.id).revision }
        read = FormSnapshot(form)
        view.panel = { [unowned self] width, lang in self.panelLines(width: width, lang: lang) }
        view.onSave = { [unowned self] app in self.save(app) }
        view.onKey = { [unowned self] key, command, app in self.intercept(key, command, app) }
        view.afterKey = { [unowned self] _ in self.refresh() }
        view.hidden = ws.may(.editProposals) ? [] : [.save]
        view.owner = self
        refresh()
    }

    // MARK: Values

    private func fill(from p: Proposal) {
        form.setValue(ws.name(of: p.nominee), for: "nominee")
        form.setValue(String(p.year), for: "year")
        form.setValue(p.kind.label.text(lang), for: "kind")
        form.setValue((p.procedure == .simplified ? AwardStrings.procedureSimplified : AwardStrings.procedureNormal).text(lang), for: "procedure")
        if let s = sources.first(where: { $0.value.0 == p.campaignId && $0.value.1 == p.clusterId })?.key { form.setValue(s, for: "source") }
        form.setValue(p.achievement, for: "achievement")
        for item in AwardType.DossierItem.allCases { form.setValue(p.dossier[item] == true ? "yes" : "no", for: "dossier." + item.rawValue) }
        refreshAwards()
        if let option = awardOptions().first(where: { Self.code(of: $0) == p.awardCode }) { form.setValue(option, for: "award") }
    }

    private func awardOptions() -> [String] {
        let awards = ws.catalogue?.value.awards ?? []
        let fitting = awards.filter { a in nominee.map { a.recipients.accepts($0.kind) } ?? true }
        return fitting.map { "\($0.code) — " + (lang == .en ? $0.nameEn : $0.name) }
    }

    static func code(of option: String) -> String { String(option.split(separator: " ").first ?? "") }

    var awardCode: String? {
        let v = form.field("award")?.value ?? ""
        return v.isEmpty ? nil : Self.code(of: v)
    }
    var year: Int? { Int(form.field("year")?.value ?? "") }
    var kind: Proposal.Kind {
        let v = form.field("kind")?.value
        return Proposal.Kind.allCases.first { $0.label.text(lang) == v } ?? .regular
    }
    var procedure: Proposal.Procedure {
        form.field("procedure")?.value == AwardStrings.procedureSimplified.text(lang) ? .simplified : .normal
    }
    var dossier: [AwardType.DossierItem: Bool] {
        var d: [AwardType.DossierItem: Bool] = [:]
        for item in AwardType.DossierItem.allCases where form.field("dossier." + item.rawValue)?.value == "yes" { d[item] = true }
        return d
    }

    private func refreshAwards() {
        let options = awardOptions()
        form.setChoices(options.isEmpty ? [AwardStrings.noAward.text(lang)] : options, for: "award")
    }

    /// Marks with * the documents the chosen award and procedure require.
    private func refreshDossierLabels() {
        let required = awardCode.flatMap { ws.catalogue?.value.award($0) }.map { ProposalWorkflow.requiredDossier($0, procedure: procedure) } ?? []
        for item in AwardType.DossierItem.allCases {
            form.field("dossier." + item.rawValue)?.label = AwardStrings.dossier(item.label.text(lang), required: required.contains(item)).text(lang)
        }
    }

    /// Recomputes the eligibility when the nominee, award or year changed.
    func refresh() {
        refreshDossierLabels()
        let key = "\(nominee?.description ?? "")|\(awardCode ?? "")|\(year ?? 0)"
        guard key != checkedKey else { return }
        checkedKey = key
        guard let n = nominee, let code = awardCode, let y = year, let h = history else { report = nil; return }
        report = Eligibility.check(nominee: n, award: code, year: y, in: h, achievement: form.field("achievement")?.value,
                                   excludingProposal: editing?.id)
    }

    // MARK: Panel

    func panelLines(width: Int, lang: Language) -> [(text: String, style: Style)] {
        // A returned proposal says first why it came back.
        var out: [(text: String, style: Style)] = []
        if let p = editing, p.state == .returned, let why = p.returnReason {
            out += PanelFormView.wrap(AwardStrings.returnedBecause.text(lang) + why, width: width, style: .warning, indent: "    ")
        }
        guard let r = report else { return out + PanelFormView.wrap(AwardStrings.eligibilityNeedsInput.text(lang), width: width, style: .placeholder) }
        for (i, line) in EligibilityText.lines(r, lang: lang).enumerated() {
            let style: Style = i == 0 ? .header : (line.contains("✗") ? .error : (line.contains(" ? ") ? .warning : .normal))
            out += PanelFormView.wrap(line, width: width, style: style, indent: "    ")
        }
        return out
    }

    // MARK: Keys

    private func intercept(_ key: Key, _ command: CommandID?, _ app: Application) -> Bool {
        let focused = form.focusedField?.id
        if command == AwardCommands.eligibility {
            if let r = report {
                let v = TextPanel(title: AwardStrings.eligibilityHead.text(lang), lines: EligibilityText.lines(r, lang: lang), context: AwardCommands.preview)
                v.hidden = [AwardCommands.confirmDecision]
                app.push(v)
            }
            return true
        }
        // The domain refuses these changes (ProposalWorkflow.update); the form says so before any typing.
        if let editing, ProposalWorkflow.actions(for: editing, in: ws).lockedFields.contains(focused == "award" ? "awardCode" : focused ?? ""),
           command != .nextField, command != .previousField, command != .save, command != .back, key != .up, key != .down {
            app.setStatus(AwardStrings.lockedInEdit.text(lang), error: true)
            return true
        }
        if focused == "nominee" && command == .accept {
            openPicker(app)
            return true
        }
        if focused == "nominee", command == nil, key.isText || key == .backspace || key == .delete || key == .ctrl("u") {
            // Typing changes the name: the nominee must be picked again.
            let before = form.field("nominee")?.value
            _ = form.handle(key, command: command, app: app)
            if form.field("nominee")?.value != before && nominee != nil {
                nominee = nil
                refreshAwards()
                refresh()
            }
            return true
        }
        return false
    }

    private func openPicker(_ app: Application) {
        let names = AwardNames(ws: ws, lang: lang)
        var rows: [(String, ListView.Row)] = []
        for u in ws.units.values.map(\.value) {
            let n = NomineeRef(.unit, u.id)
            rows.append((u.name, ListView.Row(id: n.description, cells: [u.name, NomineeRef.Kind.unit.label.text(lang), names.unitOf(n)])))
        }
        for p in ws.people.values.map(\.value) {
            let n = NomineeRef(.person, p.id)
            // The birth year beside the kind tells namesakes of one unit apart.
            let kind = NomineeRef.Kind.person.label.text(lang) + (p.birthYear.map { " \($0)" } ?? "")
            rows.append((p.name, ListView.Row(id: n.description, cells: [p.name, kind, names.unitOf(n)])))
        }
        for h in ws.households.values.map(\.value) {
            let n = NomineeRef(.household, h.id)
            rows.append((h.headName, ListView.Row(id: n.description, cells: [h.headName, NomineeRef.Kind.household.label.text(lang), names.unitOf(n)])))
        }
        // A unit's officer picks among the people and collectives of its unit and the units under it.
        rows.removeAll { row in NomineeRef(text: row.1.id).map { !ws.inScope($0) } ?? false }
        rows = rows.sorted(byKey: { CollationKey($0.0) })
        let picker = ListView(title: AwardStrings.pickerTitle.text(lang),
                              columns: [ListView.Column(AwardStrings.colName.text(lang)), ListView.Column(AwardStrings.colKind.text(lang), width: 12),
                                        ListView.Column(AwardStrings.colUnit.text(lang), width: 26)],
                              rows: rows.map(\.1))
        picker.typeAhead = true  // typing a name jumps to it, no `/` needed
        let typed = form.field("nominee")?.value ?? ""
        if nominee == nil { picker.setFilter(typed) }
        picker.onActivate = { [unowned self, unowned picker] row, app in
            let parts = row.id.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let kind = NomineeRef.Kind(rawValue: parts[0]) else { return }
            self.nominee = NomineeRef(kind, parts[1])
            self.form.setValue(row.cells[0], for: "nominee")
            self.refreshAwards()
            self.form.validate(0, language: app.language)
            self.form.focus(on: "award")
            self.refresh()
            app.remove(picker)
        }
        app.push(picker)
    }

    // MARK: Saving

    private func save(_ app: Application) {
        guard view.validate(app) else { return }
        guard let n = nominee, let code = awardCode, let y = year else { return }
        let source = sources[form.field("source")?.value ?? ""] ?? (nil, nil)
        let achievement = form.field("achievement")?.value ?? ""
        do {
            if var p = editing {
                p.kind = kind; p.procedure = procedure; p.campaignId = source.0; p.clusterId = source.1
                p.achievement = achievement; p.dossier = dossier
                let stored = try ProposalWorkflow.update(p, in: book, actor: ws.login, basedOn: revision)
                editing = stored.value
                revision = stored.revision
                app.setStatus(AwardStrings.updated(p.id).text(lang))
            } else {
                let draft = ProposalDraft(year: y, nominee: n, awardCode: code, kind: kind, procedure: procedure, campaignId: source.0,
                                          clusterId: source.1, achievement: achievement, dossier: dossier)
                let (stored, report) = try ProposalWorkflow.create(draft, in: book, actor: ws.login)
                editing = stored.value
                revision = stored.revision
                self.report = report
                form.title = AwardStrings.editProposal(stored.value.id).text(lang)
                app.setStatus(AwardStrings.created(stored.value.id).text(lang))
            }
            history = try? book.history()
            form.markSaved()
            read = FormSnapshot(form)
            onChange()
        } catch let e as StoreError {
            guard case .conflict = e, let id = editing?.id else { app.showError(ErrorText.message(e, lang)); return }
            offerMerge(e, id: id, app: app)
        } catch {
            app.showError(ErrorText.message(error, lang))
        }
    }

    /// Another clerk saved the proposal first: their revision in, field by field (ConflictMerge).
    private func offerMerge(_ e: StoreError, id: String, app: Application) {
        var fresh: Stored<Proposal>?
        ConflictMerge.offer(e, form: form, read: read, lang: lang, app: app, reread: { [ws, book, lang] in
            book.reload()
            guard let theirs = try? book.proposal(id) else { return nil }
            fresh = theirs
            return FormSnapshot(ProposalFormController(ws: ws, book: book, lang: lang, editing: theirs.value) {}.form)
        }, adopt: { [weak self] snapshot in
            guard let self, let fresh else { return }
            self.editing = fresh.value
            self.revision = fresh.revision
            self.read = snapshot
        })
    }
}
