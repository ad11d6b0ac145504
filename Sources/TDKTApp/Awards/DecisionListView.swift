import Foundation
import TDKTCore
import TerminalUI
import TDKTText

extension AwardCommands {
    static let decisions: TerminalUI.CommandContext = "award-decisions"
    static let decisionNextYear: CommandID = "award.decision-next-year"
    static let decisionPreviousYear: CommandID = "award.decision-previous-year"
    static let decisionPrint: CommandID = "award.decision-print"
    static let decisionSave: CommandID = "award.decision-save"

    /// The decision list's rows of the command table: years on ←/→, and letters for its own actions.
    static let decisionCommands: [Command] = [
        Command(decisionPreviousYear, keys: [.left, .char("-")], label: Localized(vi: "Năm trước", en: "Earlier year"),
                help: Localized(vi: "Xem quyết định của năm trước (← hoặc -)", en: "Show the decisions of the year before (← or -)"),
                contexts: [decisions], inBar: false),
        Command(decisionNextYear, keys: [.right, .char("+")], label: Localized(vi: "Năm sau", en: "Later year"),
                help: Localized(vi: "Xem quyết định của năm sau (→ hoặc +)", en: "Show the decisions of the year after (→ or +)"),
                contexts: [decisions], inBar: false),
        Command(decisionPrint, keys: [.char("p")], label: Localized(vi: "In", en: "Print"),
                help: Localized(vi: "In quyết định đang chọn kèm danh sách (lp, máy in trong thiết lập)",
                                en: "Print the selected decision with its annex (lp, the printer of the settings)"),
                contexts: [decisions], inBar: true),
        Command(decisionSave, keys: [.char("s")], label: Localized(vi: "Ghi tệp", en: "Save as"),
                help: Localized(vi: "Ghi quyết định đang chọn ra tệp PDF, CSV, xlsx…", en: "Save the selected decision as PDF, CSV, xlsx…"),
                contexts: [decisions], inBar: true),
    ]
}

/// The decisions of a year: number, date, award, how many recipients, the total money. ←/→ change the
/// year; Enter opens the decision as it prints, with its annex; `p` prints it, `s` saves it (PDF, CSV, xlsx)
/// through the report save form.
final class DecisionListView: View {
    let ws: Workspace
    let lang: Language
    let list: ListView
    private(set) var year: Int
    private(set) var summaries: [AwardDocuments.DecisionSummary] = []
    /// Where the save form remembers the folder and format (the clerk's state folder; a test's own).
    var saveMemoryPath: String?
    var printEnvironment = ProcessInfo.processInfo.environment

    init(ws: Workspace, lang: Language) {
        self.ws = ws
        self.lang = lang
        year = AwardDocuments.decisionYears(in: ws).first ?? CivilDate.today().year
        list = ListView(title: AwardStrings.decisionList.text(lang),
                        columns: [ListView.Column(AwardStrings.colNumber.text(lang), width: 16),
                                  ListView.Column(AwardStrings.colDateSigned.text(lang), width: 10),
                                  ListView.Column(AwardStrings.colAward.text(lang)),
                                  ListView.Column(AwardStrings.colCount.text(lang), width: 6, alignRight: true),
                                  ListView.Column(AwardStrings.colMoney.text(lang), width: 15, alignRight: true)],
                        rows: [])
        list.onActivate = { [unowned self] row, app in self.open(row.id, app) }
        reload()
    }

    var title: String { list.title }
    var context: TerminalUI.CommandContext { AwardCommands.decisions }
    var wantsTyping: Bool { list.wantsTyping }

    func reload() {
        summaries = AwardDocuments.decisions(year: year, in: ws)
        list.setRows(summaries.map { s in
            ListView.Row(id: s.decision.id, cells: [TextNormalization.forTerminal(s.decision.number), s.decision.date.display,
                                                    TextNormalization.forTerminal(awardName(s)), String(s.count),
                                                    s.total.map(Money.format) ?? "—"])
        })
    }

    /// The award's name in the interface's language (the summary holds the Vietnamese one, for documents).
    private func awardName(_ s: AwardDocuments.DecisionSummary) -> String {
        guard lang == .en, let a = ws.catalogue?.value.award(s.decision.awardCode) else { return s.awardName }
        return a.nameEn
    }

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let total = summaries.compactMap(\.total).reduce(0, +)
        let head = AwardStrings.yearLabel.text(lang) + "◀ \(year) ▶   " + AwardStrings.decisionCount(summaries.count, Money.format(total)).text(lang)
        frame.put(head, x: area.x + 1, y: area.y, style: .header, maxWidth: area.width - 2)
        list.draw(in: &frame, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), app: app)
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if list.wantsTyping { return list.handle(key, command: command, app: app) }
        switch command {
        case AwardCommands.decisionPreviousYear?: step(-1)
        case AwardCommands.decisionNextYear?: step(1)
        case AwardCommands.decisionPrint?:
            if let session = selectedSession(app) { ReportPrinting.ask(session: session, app: app, environment: printEnvironment) }
        case AwardCommands.decisionSave?:
            if let session = selectedSession(app) { app.push(ReportSaveForm.make(session: session, language: app.language, memoryPath: saveMemoryPath)) }
        default:
            return list.handle(key, command: command, app: app)
        }
        return true
    }

    /// One year earlier or later, within 1900–2200 (a year with no decisions shows an empty list).
    private func step(_ by: Int) {
        year = min(2200, max(1900, year + by))
        reload()
    }

    private func session(for id: String, _ app: Application) -> ReportSession? {
        guard let d = summaries.first(where: { $0.decision.id == id })?.decision else { return nil }
        do {
            return try ReportSession(decision: d, workspace: ws)
        } catch {
            app.showError(ErrorText.message(error, app.language))
            return nil
        }
    }

    private func selectedSession(_ app: Application) -> ReportSession? {
        guard let row = list.selectedRow else {
            app.setStatus(AwardStrings.noDecision.text(app.language), error: true)
            return nil
        }
        return session(for: row.id, app)
    }

    private func open(_ id: String, _ app: Application) {
        if let s = session(for: id, app) { app.push(ReportPreviewView(session: s, language: app.language)) }
    }
}
