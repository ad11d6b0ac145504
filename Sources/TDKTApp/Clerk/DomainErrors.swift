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
}
