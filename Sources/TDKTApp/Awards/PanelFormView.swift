import TerminalUI
import TDKTText

/// A form in the upper part of the screen and a panel of text under it that explains what the form holds
/// (an eligibility check, a vote's outcome, the recipients of a decision). F2 (or Enter on the last field)
/// calls `onSave`; Esc asks before dropping unsaved changes.
final class PanelFormView: View {
    let form: FormView
    var viewContext: TerminalUI.CommandContext
    /// Rows given to the form; the panel takes the rest.
    var formRows: Int
    /// The panel's lines for a width: text and whether it is a heading or a warning.
    var panel: (Int, Language) -> [(text: String, style: Style)] = { _, _ in [] }
    var onSave: ((Application) -> Void)?
    /// Sees keys before the form; return true when it used the key.
    var onKey: ((Key, CommandID?, Application) -> Bool)?
    /// Called after the form handled a key (to refresh what depends on the values).
    var afterKey: ((Application) -> Void)?
    var hidden: Set<CommandID> = []
    /// The object that drives the form (kept alive as long as the view is shown).
    var owner: AnyObject?

    init(form: FormView, context: TerminalUI.CommandContext = .form, formRows: Int = 12) {
        self.form = form
        self.viewContext = context
        self.formRows = formRows
    }

    var title: String { form.title }
    var context: TerminalUI.CommandContext { viewContext }
    var wantsTyping: Bool { form.wantsTyping }
    var hasUnsavedChanges: Bool { form.hasUnsavedChanges }
    var hiddenCommands: Set<CommandID> { hidden }

    func didAppear(app: Application) {
        afterKey?(app)
    }

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let rows = min(formRows, area.height - 3)
        form.draw(in: &frame, area: Rect(x: area.x, y: area.y, width: area.width, height: rows), app: app)
        let cursor = frame.cursor
        frame.hline(x: area.x, y: area.y + rows, width: area.width)
        let room = area.maxY - (area.y + rows + 1)
        let lines = panel(area.width - 2, app.language)
        for (i, line) in lines.prefix(room).enumerated() {
            frame.put(line.text, x: area.x + 1, y: area.y + rows + 1 + i, style: line.style, maxWidth: area.width - 2)
        }
        frame.cursor = cursor
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if let onKey, onKey(key, command, app) { return true }
        switch command {
        case .save?:
            onSave?(app)
            return true
        case .accept? where form.focus == form.fields.count - 1:
            onSave?(app)
            return true
        case .back?:
            if hasUnsavedChanges {
                app.confirm(UIText.discardChanges.text(app.language), destructive: true) { yes, app in
                    if yes { self.close(app) }
                }
            } else {
                close(app)
            }
            return true
        default:
            break
        }
        let handled = form.handle(key, command: command, app: app)
        afterKey?(app)
        return handled
    }

    /// Leaves the screen and lets go of its driver.
    func close(_ app: Application) {
        app.remove(self)
        owner = nil
    }

    /// Validates every field; says how many need attention. Returns true when all are valid.
    func validate(_ app: Application) -> Bool {
        let bad = form.validateAll(language: app.language)
        if bad > 0 { app.setStatus(UIText.fieldErrors(bad).text(app.language), error: true) }
        return bad == 0
    }

    /// Wraps text into panel lines.
    static func wrap(_ text: String, width: Int, style: Style = .normal, indent: String = "") -> [(text: String, style: Style)] {
        DisplayWidth.wrap(text, width: max(4, width - DisplayWidth.of(indent))).enumerated().map { i, l in
            ((i == 0 ? "" : indent) + l, style)
        }
    }
}
