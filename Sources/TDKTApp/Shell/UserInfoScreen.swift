import Foundation
import TerminalUI
import TDKTText

/// Settings → User information: a small form (name, date of birth, position, yes/no).
/// It stores nothing yet; it is here so the whole path (typing Vietnamese, Telex, validation,
/// drafts on hang-up) can be exercised end to end.
public struct UserInfoScreen: ShellScreen {
    public let id = "user-info"
    public let section = ShellSection.settings
    public var title: Localized { ShellStrings.userInfoTitle }

    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        let lang = ctx.language
        let name = FormView.Field(id: "fullName", label: ShellStrings.fullName.text(lang), kind: .text(maxLength: 80), required: true) { v in
            v.split(separator: " ").count >= 2 ? nil : ShellStrings.nameTooShort.text(lang)
        }
        let birth = FormView.Field(id: "birthDate", label: ShellStrings.birthDate.text(lang), kind: .date) { v in
            guard let d = FormView.parseDate(v) else { return nil }
            let comps = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            let today = (comps.year ?? 0) * 10000 + (comps.month ?? 0) * 100 + (comps.day ?? 0)
            return d.year * 10000 + d.month * 100 + d.day > today ? ShellStrings.dateInFuture.text(lang) : nil
        }
        let position = FormView.Field(id: "position", label: ShellStrings.position.text(lang),
                                      kind: .choice(lang == .vi ? ["Chuyên viên", "Trưởng phòng", "Phó trưởng phòng", "Lãnh đạo ban"]
                                                                : ["Officer", "Head of division", "Deputy head", "Board leader"]))
        let officer = FormView.Field(id: "fullTime", label: ShellStrings.isOfficer.text(lang), kind: .yesNo, value: "yes")
        let form = FormView(id: id, title: title.text(lang), fields: [name, birth, position, officer]) { _, app in
            ctx.drafts.delete(formID: "user-info")
            app.setStatus(ShellStrings.userInfoSaved.text(app.language))
            return nil
        }
        return form
    }
}

/// Offers a saved draft back when a form opens (any form: the shell calls this for every view pushed).
public enum DraftOffer {
    public static func offer(form: DraftSource, drafts: DraftStore, app: Application) {
        guard let draft = drafts.load(formID: form.draftID) else { return }
        let lang = app.language
        app.confirm(ShellStrings.draftFound(draft.savedAt).text(lang), title: ShellStrings.restoreDraft.text(lang)) { yes, app in
            if yes {
                form.restoreDraft(draft.values)
                app.setStatus(ShellStrings.draftRestored.text(app.language))
            }
            drafts.delete(formID: form.draftID)
        }
    }
}
