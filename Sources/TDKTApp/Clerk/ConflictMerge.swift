import TDKTCore
import TerminalUI
import TDKTText

/// What a record form shows of one revision of its record: each field's text and each picked field's ids.
struct FormSnapshot {
    var values: [String: String]
    var picks: [String: [String]]

    init(_ form: FormView, picks: PickFields? = nil) {
        values = form.values
        self.picks = picks?.ids ?? [:]
    }
}

/// A record form's answer to a save conflict, the same on every form (campaigns, people, units, proposals):
/// say who saved first and offer to take their revision in. On yes, a field only they changed takes their
/// value, a field only this clerk changed keeps what was typed, and every field both changed, differently,
/// is shown side by side (ConflictChoices) for the clerk to choose; the next F2 is based on their revision.
enum ConflictMerge {
    /// - Parameters:
    ///   - read: the form as it was filled from the revision the clerk started from.
    ///   - reread: reads the record again and fills a form like this one from it (nil when it is gone).
    ///   - adopt: takes the new revision as the base of the next save (its snapshot is the new `read`).
    static func offer(_ error: StoreError, form: FormView, picks: PickFields? = nil, read: FormSnapshot, lang: Language,
                      app: Application, reread: @escaping () -> FormSnapshot?, adopt: @escaping (FormSnapshot) -> Void) {
        guard case let .conflict(_, by, _, _, _) = error else { return }
        app.confirm(error.message(lang) + "\n\n" + CampaignStrings.reloadKeep.text(lang), title: CampaignStrings.conflictTitle.text(lang)) {
            [weak form, weak picks] yes, app in
            guard yes, let form else { return }
            guard let theirs = reread() else {
                app.showError(ClerkStrings.recordGone.text(app.language))
                return
            }
            let both = merge(into: form, picks: picks, read: read, theirs: theirs)
            adopt(theirs)
            if both.isEmpty {
                app.setStatus(CampaignStrings.reloaded.text(app.language))
                return
            }
            let theirIds = Dictionary(uniqueKeysWithValues: both.compactMap { f in theirs.picks[f.field].map { (f.field, $0) } })
            let myIds = Dictionary(uniqueKeysWithValues: both.compactMap { f in picks?.ids[f.field].map { (f.field, $0) } })
            app.push(ConflictChoices.make(fields: both, otherClerk: by, lang: lang) { [weak form, weak picks] chosen, app in
                for (field, value) in chosen {
                    if let mine = myIds[field] {
                        let other = both.first { $0.field == field }?.theirs
                        picks?.set(field, value == other ? theirIds[field] ?? [] : mine)
                    } else {
                        form?.setValue(value, for: field)
                    }
                }
                app.setStatus(CampaignStrings.conflictResolved.text(app.language))
            })
        }
    }

    /// Takes what only the other clerk changed into the form; returns the fields both changed, differently.
    static func merge(into form: FormView, picks: PickFields?, read: FormSnapshot, theirs: FormSnapshot)
        -> [(field: String, label: String, theirs: String, mine: String)] {
        var both: [(field: String, label: String, theirs: String, mine: String)] = []
        for f in form.fields {
            if let picks, let mine = picks.ids[f.id] {
                let base = read.picks[f.id] ?? [], other = theirs.picks[f.id] ?? base
                if mine == base { if other != base { picks.set(f.id, other) } }
                else if other != base, other != mine { both.append((f.id, f.label, theirs.values[f.id] ?? "", f.value)) }
                continue
            }
            let base = read.values[f.id] ?? "", mine = f.value, other = theirs.values[f.id] ?? base
            if mine == base { if other != base { form.setValue(other, for: f.id) } }
            else if other != base, other != mine { both.append((f.id, f.label, other, mine)) }
        }
        return both
    }
}
