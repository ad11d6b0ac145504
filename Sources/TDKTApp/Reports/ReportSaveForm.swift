import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// F2 in the preview: the format and the path. The path is checked by the domain (ReportFile, as the
/// command line checks --out); an existing file is replaced only after the clerk says yes.
enum ReportSaveForm {
    static let formats = ReportFormat.allCases

    static func label(_ f: ReportFormat) -> String { "\(f.rawValue) (.\(f.fileExtension))" }

    /// The form starts in the folder and format the clerk last used (ReportSaveMemory), PDF the first time.
    static func make(session: ReportSession, language lang: Language, memoryPath: String? = nil) -> FormView {
        let memory = ReportSaveMemory.load(from: memoryPath)
        let folder = memory.startFolder(settings: session.workspace.config.documentSettings)
        let initial = memory.format.flatMap(ReportFormat.init(rawValue:)) ?? .pdf
        let stem = (folder.hasSuffix("/") ? folder : folder + "/") + session.fileStem
        let format = FormView.Field(id: "format", label: ReportStrings.format.text(lang), kind: .choice(formats.map(label)),
                                    value: label(initial))
        let path = FormView.Field(id: "path", label: ReportStrings.path.text(lang), kind: .text(maxLength: 400),
                                  value: stem + "." + initial.fileExtension, required: true)
        let form = FormView(id: "report-save", title: ReportStrings.saveTitle.text(lang), fields: [format, path])
        form.fieldWidth = 60
        form.announcesSave = false
        form.onSave = { [weak form] values, app in
            var chosen = formats.first { label($0) == values["format"] } ?? .pdf
            var target = ReportFile.resolve(values["path"]?.trimmingCharacters(in: .whitespaces) ?? "")
            if formats.contains(where: { target == stem + "." + $0.fileExtension }) {
                // The suggested name follows the format until the clerk types another one.
                target = stem + "." + chosen.fileExtension
            } else if let typed = formats.first(where: { target.lowercased().hasSuffix("." + $0.fileExtension) }) {
                // A name the clerk typed with a known extension says the format: never PDF bytes in a .txt file.
                chosen = typed
            }
            let dataDirectory = session.workspace.dataDirectory
            do {
                try ReportFile.checkDestination(target, force: true, dataDirectory: dataDirectory)
            } catch {
                return ErrorText.message(error, app.language)
            }
            let remember = {
                ReportSaveMemory(folder: (target as NSString).deletingLastPathComponent, format: chosen.rawValue).save(to: memoryPath)
            }
            var st = stat()
            if lstat(target, &st) == 0 {
                app.confirm(ReportStrings.overwrite(target).text(app.language), title: ReportStrings.overwriteTitle.text(app.language), destructive: true) { yes, app in
                    if yes, write(session, chosen, to: target, force: true, form: form, app: app) { remember() }
                }
            } else if write(session, chosen, to: target, force: false, form: form, app: app) {
                remember()
            }
            return nil
        }
        return form
    }

    /// Writes the previewed document; the file appears whole or not at all (ReportFile.write).
    @discardableResult
    static func write(_ session: ReportSession, _ format: ReportFormat, to path: String, force: Bool, form: FormView?, app: Application) -> Bool {
        do {
            try ReportFile.write(session.output(format), to: path, force: force, dataDirectory: session.workspace.dataDirectory)
            if let form { app.remove(form) }
            app.setStatus(ReportStrings.saved(path).text(app.language))
            return true
        } catch let e as ReportError {
            app.showError(e.message.text(app.language), title: ReportStrings.cannotSave.text(app.language))
        } catch {
            app.showError(ErrorText.message(error, app.language), title: ReportStrings.cannotSave.text(app.language))
        }
        return false
    }
}

/// p in the preview: after a yes, the PDF goes to the printer of the settings with `lp`, run without a
/// shell (ReportPrinter); when there is no printer or no `lp` the domain's message says so.
enum ReportPrinting {
    static func ask(session: ReportSession, app: Application, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let settings = session.workspace.config.documentSettings
        let question = ReportStrings.printQuestion(pages: session.pages?.count ?? 0, printer: settings.printer.map { TextNormalization.forTerminal($0) },
                                                   copies: settings.copies ?? 1)
        app.confirm(question.text(app.language), title: ReportStrings.printTitle.text(app.language)) { yes, app in
            if yes { send(session, app: app, environment: environment) }
        }
    }

    /// Printing runs off the key handler in two steps, with a progress line: the PDF is laid out, then
    /// handed to `lp`. Esc before the second step stops it and nothing reaches the printer.
    static func send(_ session: ReportSession, app: Application, environment: [String: String]) {
        let settings = session.workspace.config.documentSettings
        let lang = app.language
        var pdf: Data?
        var outcome: Result<ReportPrinter.Receipt, Error>?
        let layOut = Work.Step(ReportStrings.layingOut.text(lang)) {
            do { pdf = try session.output(.pdf) } catch { outcome = .failure(error) }
        }
        let hand = Work.Step(ReportStrings.toPrinter.text(lang)) {
            guard outcome == nil, let pdf else { return }
            let options = ReportPrinter.Options(printer: settings.printer, copies: settings.copies ?? 1,
                                                title: session.document.typeName + " " + session.document.subject)
            outcome = Result { try ReportPrinter.print(pdf, fileName: session.fileStem + ".pdf", options: options, environment: environment) }
        }
        app.start(Work(title: session.kind.title.text(lang), steps: [layOut, hand], verb: .printing) { app in
            switch outcome {
            case .success(let receipt)?:
                app.setStatus(ReportStrings.printed(TextNormalization.forTerminal(receipt.output)).text(app.language))
            case .failure(let e as ReportError)?:
                app.showError(e.message.text(app.language), title: ReportStrings.cannotPrint.text(app.language))
            case .failure(let error)?:
                app.showError(ErrorText.message(error, app.language), title: ReportStrings.cannotPrint.text(app.language))
            case nil:
                break
            }
        })
    }
}
