import Foundation
import TDKTText
import TDKTCore
import TerminalUI

/// Settings → Documents and printing: the office's names, the symbol after the number, the default signer
/// with their authority, recipients, printer, copies and the reports folder — the same settings as
/// `tdkt settings`, checked by the domain (Workspace.setOffice), which also decides who may change them.
public struct DocumentSettingsScreen: ShellScreen {
    public let id = "document-settings"
    public let section = ShellSection.settings
    public var title: Localized { DocumentSettingsStrings.title }

    public init() {}

    static let authorities: [DocumentSigner.Authority] = [.none, .kt, .q, .tl, .tuq]

    public func makeView(_ ctx: ShellContext) -> View {
        let lang = ctx.language
        guard let ws = ctx.workspace else {
            return NoWorkspaceView(ctx)
        }
        let config = ws.config, d = config.documentSettings
        let signer = d.signer() ?? DocumentSigner(id: "mac-dinh", title: "", name: "")
        let frame = DocumentFrame.standard(config: config, date: nil, year: CivilDate.today().year)
        let s = DocumentSettingsStrings.self
        let authorityLabels = s.authorities.map { $0.text(lang) }
        let periodLabels = ReportingPeriodKind.allCases.map { $0.label.text(lang) }
        let index = Self.authorities.firstIndex(of: signer.authority) ?? 0
        func text(_ id: String, _ label: Localized, _ value: String, required: Bool = false, max: Int = 120) -> FormView.Field {
            FormView.Field(id: id, label: label.text(lang), kind: .text(maxLength: max), value: TextNormalization.clean(value), required: required)
        }
        let onOff = [s.no.text(lang), s.yes.text(lang)]
        let fields = [
            text("office", s.office, config.officeName, required: true),
            text("parent", s.parent, config.parentBody, required: true),
            text("place", s.place, config.place, required: true),
            text("abbreviation", s.abbreviation, d.issuerAbbreviation ?? frame.issuerAbbreviation, max: 20),
            FormView.Field(id: "authority", label: s.authority.text(lang), kind: .choice(authorityLabels), value: authorityLabels[index]),
            text("collective", s.collective, signer.collective ?? ""),
            text("head", s.head, signer.head),
            text("title", s.signerTitle, signer.title),
            text("name", s.signerName, signer.name),
            text("recipients", s.recipients, frame.recipients.joined(separator: " | "), max: 600),
            text("printer", s.printer, d.printer ?? "", max: 127),
            FormView.Field(id: "copies", label: s.copies.text(lang), kind: .number(min: 1, max: 99), value: String(d.copies ?? 1)),
            text("folder", s.folder, d.reportsFolder ?? "", max: 400),
            FormView.Field(id: "reportingPeriod", label: s.reportingPeriod.text(lang), kind: .choice(periodLabels),
                           value: periodLabels[ReportingPeriodKind.allCases.firstIndex(of: config.reportingPeriodKind) ?? 0]),
            FormView.Field(id: "separateDuties", label: s.separateDuties.text(lang), kind: .choice(onOff),
                           value: onOff[config.separateDuties == true ? 1 : 0]),
        ]
        let form = FormView(id: id, title: title.text(lang), fields: fields)
        form.fieldWidth = 50
        form.onSave = { values, app in
            let v = { (key: String) in (values[key] ?? "").trimmingCharacters(in: .whitespaces) }
            let recipients = v("recipients").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let authority = Self.authorities[authorityLabels.firstIndex(of: v("authority")) ?? 0]
            let edited = DocumentSigner(id: signer.id, authority: authority, collective: v("collective").isEmpty ? nil : v("collective"),
                                        head: v("head"), title: v("title"), name: v("name"))
            do {
                try ws.setOffice(officeName: v("office"), parentBody: v("parent"), place: v("place"), documents: { next in
                    next.issuerAbbreviation = v("abbreviation").isEmpty ? nil : v("abbreviation")
                    next.printer = v("printer").isEmpty ? nil : v("printer")
                    next.copies = Int(v("copies"))
                    next.reportsFolder = v("folder").isEmpty ? nil : v("folder")
                    next.recipients = recipients.isEmpty ? nil : recipients
                    if !edited.name.isEmpty || !edited.title.isEmpty {
                        if let i = next.signers.firstIndex(where: { $0.id == edited.id }) { next.signers[i] = edited } else { next.signers.append(edited) }
                        next.defaultSigner = edited.id
                    }
                }, action: "settings.documents")
                let period = ReportingPeriodKind.allCases[periodLabels.firstIndex(of: v("reportingPeriod")) ?? 0]
                if period != ws.config.reportingPeriodKind { try ws.setReportingPeriod(period) }
                let separate = v("separateDuties") == onOff[1]
                if separate != (ws.config.separateDuties == true) { try ws.setSeparateDuties(separate) }
            } catch {
                return ErrorText.message(error, app.language)
            }
            app.setStatus(s.saved.text(app.language))
            return nil
        }
        return form
    }
}
