import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// A decision from approved proposals: number (checked by the domain, e.g. 163/QĐ-UBND), date, signer.
/// F2 shows a preview with the money of each recipient and the total (Decisions.prepare, nothing written);
/// F2 there, once confirmed, makes it (Decisions.make).
enum DecisionForm {
    static func view(_ proposals: [Proposal], book: ProposalBook, lang: Language, onChange: @escaping () -> Void) -> View {
        let ws = book.workspace
        let names = AwardNames(ws: ws, lang: lang)
        let form = FormView(id: "award-decision", title: AwardStrings.decisionTitle.text(lang), fields: [
            FormView.Field(id: "number", label: AwardStrings.number.text(lang), kind: .text(maxLength: 40), required: true),
            FormView.Field(id: "date", label: AwardStrings.date.text(lang), kind: .date, value: CivilDate.today().display, required: true),
            FormView.Field(id: "signerTitle", label: AwardStrings.signerTitle.text(lang), kind: .text(maxLength: 120),
                           value: AwardStrings.defaultSignerTitle.text(lang)),
            FormView.Field(id: "signerName", label: AwardStrings.signerName.text(lang), kind: .text(maxLength: 120), required: true),
        ])
        let v = PanelFormView(form: form, formRows: 10)
        v.panel = { width, lang in
            var out: [(text: String, style: Style)] = [(AwardStrings.recipients.text(lang), .header)]
            for p in proposals {
                out.append(("  \(names.award(p.awardCode)) \(p.year) — \(names.nominee(p.nominee)) (\(p.state.label.text(lang)))", .normal))
            }
            out.append((AwardStrings.previewHint.text(lang), .placeholder))
            return out
        }
        func request() throws -> DecisionRequest {
            let date = try CivilDate.parse(form.field("date")?.value ?? "")
            return DecisionRequest(number: form.field("number")?.value ?? "", date: date, signerTitle: form.field("signerTitle")?.value ?? "",
                                   signerName: form.field("signerName")?.value ?? "", proposalIds: proposals.map(\.id))
        }
        v.onSave = { app in
            guard v.validate(app) else { return }
            do {
                let req = try request()
                let result = try Decisions.prepare(req, in: book, actor: ws.login)
                app.push(preview(result, request: req, book: book, lang: lang) { app in
                    form.markSaved()
                    app.remove(v)
                    onChange()
                })
            } catch {
                app.showError(ErrorText.message(error, lang))
            }
        }
        return v
    }

    static func previewLines(_ r: DecisionResult, names: AwardNames, lang: Language) -> [String] {
        var out = ["\(r.decision.number) — \(r.decision.date.display) — \(names.award(r.decision.awardCode))",
                   "\(r.decision.signerTitle) \(r.decision.signerName)", ""]
        let nameWidth = 34
        for (i, line) in r.lines.enumerated() {
            let name = DisplayWidth.pad(DisplayWidth.truncate("\(i + 1). " + names.nominee(line.nominee), to: nameWidth), to: nameWidth)
            out.append("\(name) \(DisplayWidth.pad(AwardNames.decimal(line.coefficient), to: 5, alignRight: true)) × "
                       + "\(DisplayWidth.pad(Money.format(line.baseSalary), to: 13, alignRight: true)) = "
                       + DisplayWidth.pad(Money.format(line.amount), to: 14, alignRight: true))
        }
        out.append(DisplayWidth.pad(AwardStrings.total.text(lang), to: nameWidth) + " "
                   + DisplayWidth.pad(Money.format(r.total), to: 5 + 3 + 13 + 3 + 14, alignRight: true))
        if let basis = r.lines.first?.legalBasis { out += ["", AwardStrings.legalBasis.text(lang) + ": " + basis] }
        for w in r.warnings { out.append(AwardStrings.warning.text(lang) + w.text(lang)) }
        out += ["", AwardStrings.confirmHint.text(lang)]
        return out
    }

    static func preview(_ result: DecisionResult, request: DecisionRequest, book: ProposalBook, lang: Language,
                        onMade: @escaping (Application) -> Void) -> View {
        let ws = book.workspace
        let v = TextPanel(title: AwardStrings.previewTitle(result.decision.number).text(lang),
                         lines: previewLines(result, names: AwardNames(ws: ws, lang: lang), lang: lang), context: AwardCommands.preview)
        v.headerLines = [0]
        if !ws.may(.makeDecisions) { v.hidden = [AwardCommands.confirmDecision] }
        v.onKey = { [unowned v] _, command, app in
            guard command == AwardCommands.confirmDecision else { return false }
            app.confirm(AwardStrings.confirmMake(result.decision.number, result.lines.count, Money.format(result.total)).text(lang)) { yes, app in
                guard yes else { return }
                do {
                    let made = try Decisions.make(request, in: book, actor: ws.login)
                    app.remove(v)
                    onMade(app)
                    // The decision with its annex as it prints: F2 saves it (PDF, CSV...), p prints it.
                    if let session = try? ReportSession(decision: made.decision, workspace: ws) {
                        app.push(ReportPreviewView(session: session, language: app.language))
                    }
                    app.setStatus(AwardStrings.made(made.decision.number).text(lang))
                } catch {
                    app.showError(ErrorText.message(error, lang))
                }
            }
            return true
        }
        return v
    }
}
