import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// F2 in the preview: the format and the path. The path is checked by the domain (ReportFile, as the
/// command line checks --out); an existing file is replaced only after the clerk says yes.
enum ReportSaveForm {
    static let formats = ReportFormat.allCases

    static func label(_ f: ReportFormat) -> String { "\(f.rawValue) (.\(f.fileExtension))" }

    static func make(session: ReportSession, language lang: Language, folder: String = FileManager.default.currentDirectoryPath) -> FormView {
        let stem = (folder.hasSuffix("/") ? folder : folder + "/") + session.fileStem
        let format = FormView.Field(id: "format", label: ReportStrings.format.text(lang), kind: .choice(formats.map(label)))
        let path = FormView.Field(id: "path", label: ReportStrings.path.text(lang), kind: .text(maxLength: 400),
                                  value: stem + "." + ReportFormat.text.fileExtension, required: true)
        let form = FormView(id: "report-save", title: ReportStrings.saveTitle.text(lang), fields: [format, path])
        form.fieldWidth = 60
        form.announcesSave = false
        form.onSave = { [weak form] values, app in
            let chosen = formats.first { label($0) == values["format"] } ?? .text
            var target = expandHome(values["path"]?.trimmingCharacters(in: .whitespaces) ?? "")
            // The suggested name follows the format until the clerk types another one.
            if formats.contains(where: { target == stem + "." + $0.fileExtension }) { target = stem + "." + chosen.fileExtension }
            do {
                try ReportFile.checkDestination(target, force: true)
            } catch {
                return ErrorText.message(error, app.language)
            }
            if FileManager.default.fileExists(atPath: target) {
                app.confirm(ReportStrings.overwrite(target).text(app.language), title: ReportStrings.overwriteTitle.text(app.language)) { yes, app in
                    if yes { write(session, chosen, to: target, force: true, form: form, app: app) }
                }
            } else {
                write(session, chosen, to: target, force: false, form: form, app: app)
            }
            return nil
        }
        return form
    }

    static func expandHome(_ path: String) -> String {
        path == "~" || path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst() : path
    }

    /// Writes the previewed document; the file appears whole or not at all (ReportFile.write).
    static func write(_ session: ReportSession, _ format: ReportFormat, to path: String, force: Bool, form: FormView?, app: Application) {
        do {
            try ReportFile.write(session.rendered(format), to: path, force: force)
            if let form { app.remove(form) }
            app.setStatus(ReportStrings.saved(path).text(app.language))
        } catch let e as ReportError {
            app.showError(e.message.text(app.language), title: ReportStrings.cannotSave.text(app.language))
        } catch {
            app.showError(ErrorText.message(error, app.language), title: ReportStrings.cannotSave.text(app.language))
        }
    }
}

/// F7 in the preview: after a yes, the text (in pages) goes to the configured print command, run without
/// a shell (ReportPrinter); when no printer answers the domain's message says so.
enum ReportPrinting {
    static func ask(session: ReportSession, app: Application) {
        let command = session.workspace.config.printCommand.joined(separator: " ")
        app.confirm(ReportStrings.printQuestion(command).text(app.language), title: ReportStrings.printTitle.text(app.language)) { yes, app in
            if yes { send(session, app: app) }
        }
    }

    static func send(_ session: ReportSession, app: Application) {
        do {
            let receipt = try ReportPrinter.print(session.rendered(.text), command: session.workspace.config.printCommand)
            app.setStatus(ReportStrings.printed(receipt.output).text(app.language))
        } catch let e as ReportError {
            app.showError(e.message.text(app.language), title: ReportStrings.cannotPrint.text(app.language))
        } catch {
            app.showError(ErrorText.message(error, app.language), title: ReportStrings.cannotPrint.text(app.language))
        }
    }
}
