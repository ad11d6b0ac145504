import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Settings → the award catalogue: award types with the coefficient in force, the dates and legal basis;
/// Enter shows an award's whole history. An administrator adds a new dated coefficient (F7): the old value
/// is kept and ends the day before. Others see it read-only (F7 is not offered).
final class CatalogueView: View {
    enum Mode { case awards, salaries }
    let ws: Workspace
    let lang: Language
    let mode: Mode
    let list: ListView

    init(ws: Workspace, lang: Language, mode: Mode) {
        self.ws = ws
        self.lang = lang
        self.mode = mode
        switch mode {
        case .awards:
            list = ListView(title: AwardStrings.catalogue.text(lang),
                            columns: [ListView.Column(AwardStrings.colCode.text(lang), width: 9),
                                      ListView.Column(AwardStrings.colName.text(lang)),
                                      ListView.Column(AwardStrings.colIndividual.text(lang), width: 10, alignRight: true),
                                      ListView.Column(AwardStrings.colCollective.text(lang), width: 10, alignRight: true),
                                      ListView.Column(AwardStrings.colFrom.text(lang), width: 10)], rows: [])
        case .salaries:
            list = ListView(title: AwardStrings.baseSalaries.text(lang),
                            columns: [ListView.Column(AwardStrings.colFrom.text(lang), width: 10),
                                      ListView.Column(AwardStrings.colSalary.text(lang), width: 16, alignRight: true),
                                      ListView.Column(AwardStrings.colBasis.text(lang))], rows: [])
        }
        list.onActivate = { [unowned self] row, app in self.open(row.id, app) }
        reload()
    }

    var title: String { list.title }
    var context: TerminalUI.CommandContext { AwardCommands.catalogue }
    var wantsTyping: Bool { list.wantsTyping }
    var hiddenCommands: Set<CommandID> {
        ws.may(.editCatalogue) ? [.mark, .markAll] : [.mark, .markAll, AwardCommands.addValue]
    }

    func didAppear(app: Application) {
        if !ws.may(.editCatalogue) { app.setStatus(AwardStrings.readOnly.text(lang)) }
    }

    func reload() {
        ws.reload()
        guard let cat = ws.catalogue?.value else { list.setRows([]); return }
        let today = CivilDate.today()
        switch mode {
        case .awards:
            list.setRows(cat.awards.map { a in
                let c = a.coefficient(on: today) ?? a.coefficients.last
                return ListView.Row(id: a.code, cells: [a.code, lang == .en ? a.nameEn : a.name, AwardNames.decimal(c?.individual),
                                                        AwardNames.decimal(c?.collective), c?.validFrom.display ?? ""])
            })
        case .salaries:
            list.setRows(cat.baseSalaries.sorted { $0.validFrom < $1.validFrom }.map { s in
                ListView.Row(id: s.validFrom.iso, cells: [s.validFrom.display, Money.format(s.amount), s.legalBasis])
            })
        }
    }

    func draw(in frame: inout Frame, area: Rect, app: Application) { list.draw(in: &frame, area: area, app: app) }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if list.wantsTyping { return list.handle(key, command: command, app: app) }
        if command == AwardCommands.addValue {
            switch mode {
            case .awards: if let code = list.selectedRow?.id { app.push(addCoefficient(code)) }
            case .salaries: app.push(addSalary())
            }
            return true
        }
        return list.handle(key, command: command, app: app)
    }

    // MARK: Details

    static func awardLines(_ a: AwardType, lang: Language) -> [String] {
        var out = ["\(a.code) — " + (lang == .en ? a.nameEn : "\(a.name) (\(a.nameEn))"),
                   AwardStrings.level.text(lang) + a.level.label.text(lang),
                   AwardStrings.recipientsKind.text(lang) + a.recipients.label.text(lang),
                   AwardStrings.councilThreshold.text(lang) + "\(NSDecimalNumber(decimal: a.councilThreshold * 100).stringValue)%",
                   AwardStrings.dossierLine.text(lang) + a.dossier.map { $0.label.text(lang) }.joined(separator: ", "),
                   "", AwardStrings.coefficients.text(lang)]
        for c in a.coefficients {
            out.append("  \(c.validFrom.display) – \(c.validTo?.display ?? "…")  \(AwardStrings.colIndividual.text(lang)) \(AwardNames.decimal(c.individual))"
                       + "  \(AwardStrings.colCollective.text(lang)) \(AwardNames.decimal(c.collective))  \(c.legalBasis)")
        }
        return out
    }

    private func open(_ id: String, _ app: Application) {
        guard mode == .awards, let a = ws.catalogue?.value.award(id) else { return }
        let v = TextPanel(title: lang == .en ? a.nameEn : a.name, lines: Self.awardLines(a, lang: lang), context: AwardCommands.preview)
        v.hidden = [AwardCommands.confirmDecision]
        v.headerLines = [0, 6]
        app.push(v)
    }

    // MARK: Adding dated values

    /// "1,5" or "1.5"; empty is nil.
    static func decimal(_ text: String) -> Decimal?? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if t.isEmpty { return .some(nil) }
        guard let d = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")), t.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return .some(d)
    }

    private func saveCatalogue(_ change: (AwardCatalogue) throws -> AwardCatalogue, basedOn stored: Stored<AwardCatalogue>,
                               form: FormView, view: View, _ app: Application) {
        do {
            try ws.saveCatalogue(try change(stored.value), basedOn: stored.revision)
            form.markSaved()
            app.remove(view)
            reload()
            app.setStatus(AwardStrings.catalogueSaved.text(lang))
        } catch {
            app.showError(ErrorText.message(error, lang))
        }
    }

    private func addCoefficient(_ code: String) -> View {
        // The revision read now: a change by another administrator meanwhile is refused at saving.
        let stored = ws.catalogue
        let decimalCheck: (String) -> String? = { [lang] v in Self.decimal(v) == nil ? AwardStrings.notADecimal.text(lang) : nil }
        let form = FormView(id: "award-coefficient", title: AwardStrings.addCoefficientTitle(code).text(lang), fields: [
            FormView.Field(id: "from", label: AwardStrings.validFrom.text(lang), kind: .date, required: true),
            FormView.Field(id: "individual", label: AwardStrings.individual.text(lang), kind: .text(maxLength: 8), validate: decimalCheck),
            FormView.Field(id: "collective", label: AwardStrings.collective.text(lang), kind: .text(maxLength: 8), validate: decimalCheck),
            FormView.Field(id: "basis", label: AwardStrings.legalBasis.text(lang), kind: .text(maxLength: 200), required: true),
        ])
        let v = PanelFormView(form: form, formRows: 10)
        v.panel = { [lang] width, _ in
            var out: [(text: String, style: Style)] = PanelFormView.wrap(AwardStrings.keepsHistory.text(lang), width: width, style: .placeholder)
            if let a = stored?.value.award(code) {
                out.append((AwardStrings.current.text(lang), .header))
                for l in Self.awardLines(a, lang: lang).dropFirst(7) { out += PanelFormView.wrap(l, width: width, indent: "    ") }
            }
            return out
        }
        v.onSave = { [unowned self, unowned v] app in
            guard v.validate(app), let stored else { return }
            do {
                let from = try CivilDate.parse(form.field("from")?.value ?? "")
                let c = DatedCoefficient(validFrom: from, individual: Self.decimal(form.field("individual")?.value ?? "") ?? nil,
                                         collective: Self.decimal(form.field("collective")?.value ?? "") ?? nil,
                                         legalBasis: form.field("basis")?.value ?? "")
                self.saveCatalogue({ try $0.addingCoefficient(c, to: code) }, basedOn: stored, form: form, view: v, app)
            } catch {
                app.showError(ErrorText.message(error, self.lang))
            }
        }
        return v
    }

    private func addSalary() -> View {
        let stored = ws.catalogue
        let form = FormView(id: "award-salary", title: AwardStrings.addSalaryTitle.text(lang), fields: [
            FormView.Field(id: "from", label: AwardStrings.validFrom.text(lang), kind: .date, required: true),
            FormView.Field(id: "amount", label: AwardStrings.amount.text(lang), kind: .number(min: 1, max: 999_999_999), required: true),
            FormView.Field(id: "basis", label: AwardStrings.legalBasis.text(lang), kind: .text(maxLength: 200), required: true),
        ])
        let v = PanelFormView(form: form, formRows: 8)
        v.panel = { [lang] width, _ in
            var out: [(text: String, style: Style)] = PanelFormView.wrap(AwardStrings.keepsHistory.text(lang), width: width, style: .placeholder)
            out.append((AwardStrings.current.text(lang), .header))
            for s in stored?.value.baseSalaries ?? [] { out.append(("  \(s.validFrom.display)  \(Money.format(s.amount))  \(s.legalBasis)", .normal)) }
            return out
        }
        v.onSave = { [unowned self, unowned v] app in
            guard v.validate(app), let stored else { return }
            do {
                let from = try CivilDate.parse(form.field("from")?.value ?? "")
                let s = BaseSalary(validFrom: from, amount: Int(form.field("amount")?.value ?? "") ?? 0, legalBasis: form.field("basis")?.value ?? "")
                self.saveCatalogue({ try $0.addingBaseSalary(s) }, basedOn: stored, form: form, view: v, app)
            } catch {
                app.showError(ErrorText.message(error, self.lang))
            }
        }
        return v
    }
}
