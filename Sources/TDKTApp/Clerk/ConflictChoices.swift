import TerminalUI
import TDKTText

/// After a conflict: one row per field both clerks changed, the other clerk's value and the typed one
/// side by side, each a choice (←/→ or Space); F2 takes the choices into the form, Esc keeps the typed
/// values. Every value is shown whole above its choice, wrapped.
enum ConflictChoices {
    static func make(fields: [(field: String, label: String, theirs: String, mine: String)], otherClerk: String, lang: Language,
                     onDone: @escaping ([String: String], Application) -> Void) -> FormView {
        let S = ClerkStrings.self
        let theirsLabel = S.theirValue(otherClerk).text(lang), mineLabel = S.yourValue.text(lang)
        var formFields: [FormView.Field] = []
        for f in fields {
            formFields.append(FormView.Field(id: f.field, label: f.label, kind: .choice([mineLabel, theirsLabel]), value: mineLabel))
        }
        let form = FormView(id: "conflict", title: S.conflictChoicesTitle(otherClerk).text(lang), fields: formFields)
        // The two values, whole, under each field's choice.
        for f in fields {
            let theirs: String = f.theirs.isEmpty ? "—" : f.theirs
            let mine: String = f.mine.isEmpty ? "—" : f.mine
            form.setMessage(theirsLabel + ": " + theirs + " · " + mineLabel + ": " + mine, for: f.field)
        }
        form.focus(on: fields.first?.field ?? "")
        form.announcesSave = false
        form.onSaveResult = { [unowned form] values, app in
            var chosen: [String: String] = [:]
            for f in fields { chosen[f.field] = values[f.field] == theirsLabel ? f.theirs : f.mine }
            app.remove(form)
            onDone(chosen, app)
            return .saved
        }
        return form
    }
}
