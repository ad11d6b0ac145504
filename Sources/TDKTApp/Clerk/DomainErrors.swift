import TDKTCore
import TerminalUI
import TDKTText

/// Turns a refusal from TDKTCore into what a screen shows: the domain's own message, and the
/// field it names (ValidationError.field) when there is one.
enum DomainErrors {
    static func describe(_ error: Error, _ lang: Language) -> (field: String?, message: String) {
        (ErrorText.field(error), ErrorText.message(error, lang))
    }

    /// Shows a refusal at the form field the domain named (through `fields`: domain field → form field,
    /// "period.end" falling back to "period"), or in an error dialog when no field matches.
    static func refuse(_ error: Error, form: FormView, fields: [String: String], app: Application) -> FormView.SaveResult {
        let (field, message) = describe(error, app.language)
        var key = field
        while let k = key {
            if let formField = fields[k], form.field(formField) != nil {
                form.setMessage(message, for: formField)
                app.setStatus(message, error: true)
                return .handled
            }
            key = k.contains(".") ? String(k[..<k.lastIndex(of: ".")!]) : nil
        }
        return .error(message)
    }

    /// Shows every problem at its field at once; the focus goes to the first. Problems with no field
    /// on the form are shown in one dialog.
    static func refuseAll(_ problems: [ValidationError], form: FormView, fields: [String: String], app: Application) -> FormView.SaveResult {
        var elsewhere: [String] = []
        var firstField: String?
        for p in problems {
            var key: String? = p.field
            var shown = false
            while let k = key {
                if let formField = fields[k], form.field(formField) != nil {
                    form.setMessage(p.message(app.language), for: formField)
                    if firstField == nil { firstField = formField }
                    shown = true
                    break
                }
                key = k.contains(".") ? String(k[..<k.lastIndex(of: ".")!]) : nil
            }
            if !shown { elsewhere.append(p.message(app.language)) }
        }
        if let f = firstField { form.focus(on: f) }
        if !elsewhere.isEmpty { return .error(elsewhere.joined(separator: "\n")) }
        app.setStatus(UIText.fieldErrors(problems.count).text(app.language), error: true)
        return .handled
    }
}
