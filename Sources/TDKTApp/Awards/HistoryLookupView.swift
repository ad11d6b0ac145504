import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Award history lookup: a search line at the top (no diacritics needed: "nguyen van khoa"), Enter runs
/// AwardQueries.history, and every award the matching people and units received is listed under it.
final class HistoryLookupView: View {
    let ws: Workspace
    let lang: Language
    let list: ListView
    private(set) var query = LineEditor("", maxLength: 120)
    private var lastQuery: String?
    /// The recipient of each listed record, for the printed history (F9 menu).
    private var nominees: [String: NomineeRef] = [:]

    init(ws: Workspace, lang: Language) {
        self.ws = ws
        self.lang = lang
        list = ListView(title: AwardStrings.historyLookup.text(lang),
                        columns: [ListView.Column(AwardStrings.colRecipient.text(lang)),
                                  ListView.Column(AwardStrings.colYear.text(lang), width: 4),
                                  ListView.Column(AwardStrings.colAward.text(lang), width: 26),
                                  ListView.Column(AwardStrings.colDecision.text(lang), width: 12),
                                  ListView.Column(AwardStrings.colAmount.text(lang), width: 11, alignRight: true)],
                        rows: [])
    }

    var title: String { list.title }

    // MARK: Reading while the clerk types

    /// Under the terminal loop, from the first frame of the screen, every year's recipients and the people's
    /// names are read on other threads twice: first as the indexes tell them (`indexed`, `Workspace.asIndexed`:
    /// no record file checked), then checked against every file (`preparing`, this workspace). A search typed
    /// before the first ends waits for it between keys; one typed before the second is answered from the
    /// indexes at once, the bottom line saying the files are being checked, then again from the files.
    /// While they run the screen touches nothing they read: typing goes to the search line, and a key that
    /// acts on a result waits for the files' answer.
    private var indexed: BackgroundRead<IndexedLookup>?
    private var preparing: BackgroundRead<Bool>?
    private struct IndexedLookup: @unchecked Sendable { let ws: Workspace }
    /// Enter was pressed while the reads ran: search as soon as each ends.
    private var searchesWhenIndexed = false
    private var searchesWhenPrepared = false
    /// Set before the screen is shown, the files' read waits for it (a test looks at the screen meanwhile).
    var filesReadGate: DispatchSemaphore?

    func didAppear(app: Application) {
        guard app.runsWorkBetweenKeys else { return }
        let years = ws.awardYearsToPrepare
        guard !years.isEmpty else { return }
        let ws = ws
        let view = ws.asIndexed()
        // The indexes' read at once: it has a workspace of its own. The files' read by an idle step once the
        // indexes' is done (each then has both cores), after the frame that shows the screen: whoever opened
        // the screen may still look at this workspace until then (the shell names unreadable files).
        indexed = BackgroundRead {
            view.prepareAwardLookup(years: view.awardYearsToPrepare, names: true)
            _ = view.foldedNames
            return IndexedLookup(ws: view)
        }
        indexed?.start()
        let gate = filesReadGate
        preparing = BackgroundRead {
            gate?.wait()
            ws.prepareAwardLookup(years: years, names: true)
            _ = ws.foldedNames  // the names folded too: Enter then only compares bytes
            return true
        }
    }

    /// A read still going on is waited for, so that it is not still using the records when the next screen
    /// does; one not started yet is not started.
    func didDisappear(app: Application) {
        indexed?.cancelOrWait(); preparing?.cancelOrWait()
        indexed = nil; preparing = nil
    }

    var hasIdleWork: Bool { preparing != nil || list.hasIdleWork }
    func runIdleStep(app: Application) {
        guard let p = preparing else { list.runIdleStep(app: app); return }
        if let first = indexed {
            guard let view = first.value(waiting: 4) else { return }
            if searchesWhenIndexed { searchesWhenIndexed = false; runSearch(app, in: view.ws) }
        }
        guard p.value(waiting: 4) != nil else { return }
        readsEnded(app)
    }

    /// Before a key that needs the records (acting on a result): waits for the files' read, and shows the
    /// files' answer in place of the indexes'.
    private func finishPreparing(_ app: Application) {
        guard preparing != nil else { return }
        _ = indexed?.wait(); _ = preparing?.wait()
        readsEnded(app)
    }

    /// Both reads are done: the indexes' view is let go, and a search asked meanwhile is answered from the files.
    private func readsEnded(_ app: Application) {
        indexed = nil; preparing = nil
        searchesWhenIndexed = false
        if searchesWhenPrepared { searchesWhenPrepared = false; search(app) }
    }

    var context: TerminalUI.CommandContext { AwardCommands.history }
    /// The search line always takes printable keys; ↑↓ PgUp PgDn move in the results.
    var wantsTyping: Bool { true }
    var hiddenCommands: Set<CommandID> { ws.may(.correctAwards) ? [.search, .filter, .mark, .markAll] : [.search, .filter, .mark, .markAll, AwardCommands.removeRecord] }
    /// The year of each record listed (records are kept by year).


    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let label = AwardStrings.searchLabel.text(lang)
        let x = area.x + 1
        frame.put(label, x: x, y: area.y, style: .header, maxWidth: area.width - 2)
        let fx = x + min(DisplayWidth.of(label), area.width / 2) + 1
        let fw = max(10, area.maxX - fx - 1)
        frame.fill(Rect(x: fx, y: area.y, width: fw, height: 1), style: .focusedField)
        let slice = query.visibleSlice(width: fw)
        frame.put(slice.text, x: fx, y: area.y, style: .focusedField, maxWidth: fw)
        if query.text.isEmpty { frame.put(AwardStrings.searchHint.text(lang), x: fx + 1, y: area.y, style: .placeholder, maxWidth: fw - 1) }
        list.draw(in: &frame, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), app: app)
        frame.cursor = Point(x: fx + slice.cursorColumn, y: area.y)
    }

    /// The history covers every year. The people's names and each year's recipients are read first, two
    /// years a step with a progress line (Esc stops); then only the matching awards are read whole.
    func search(_ app: Application) {
        if preparing != nil {
            searchesWhenPrepared = true
            if let view = indexed?.value(waiting: 0) {
                runSearch(app, in: view.ws)
            } else {
                searchesWhenIndexed = true
                app.setStatus(AwardStrings.readingHistory.text(lang))
            }
            return
        }
        // The names are read beside the first years (the two cores share the work).
        var steps: [Work.Step] = []
        let missing = ws.awardYearsToPrepare
        for start in stride(from: 0, to: max(missing.count, 1), by: 2) {
            let years = Array(missing[start..<min(start + 2, missing.count)])
            let label = years.isEmpty ? AwardStrings.colRecipient.text(lang)
                : AwardStrings.colYear.text(lang) + " " + years.map(String.init).joined(separator: "–")
            steps.append(Work.Step(label) { [weak self] in self?.ws.prepareAwardLookup(years: years, names: start == 0) })
        }
        if steps.count > 1 {
            app.start(Work(title: AwardStrings.historyLookup.text(lang), steps: steps, onFinish: { [weak self] app in self?.runSearch(app) }))
            return
        }
        steps.forEach { $0.run() }
        runSearch(app)
    }

    /// Searches `source`: this workspace, or the indexes' view of it while the files are checked.
    private func runSearch(_ app: Application, in source: Workspace? = nil) {
        let source = source ?? ws
        // Results from the indexes' view say on the list's bottom line that the files are being checked.
        list.ownerIsChecking = source !== ws
        do {
            let names = AwardNames(ws: source, lang: lang)
            // The query of the last Enter: the search line may have changed while the files were read.
            let records = try AwardQueries.history(search: lastQuery ?? query.text, in: source)
            let catalogue = source.catalogue?.value
            found = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            nominees = Dictionary(records.map { ($0.id, $0.nominee) }, uniquingKeysWith: { a, _ in a })
            list.setRows(records.map { r in
                ListView.Row(id: r.id, cells: [names.nominee(r.nominee), String(r.year), names.award(r.awardCode),
                                                r.decisionNumber ?? "", Money.amount(of: r, catalogue: catalogue).map(Money.format) ?? ""])
            })
            app.setStatus(AwardStrings.found(records.count).text(lang))
        } catch {
            app.setStatus(ErrorText.message(error, lang), error: true)
        }
    }

    /// The records of the last search, by id, so Enter on a row opens its record.
    private var found: [String: AwardRecord] = [:]

    /// One award received, every particular of it, read-only.
    private func open(_ r: AwardRecord, _ app: Application) {
        let names = AwardNames(ws: ws, lang: lang)
        let A = AwardStrings.self
        var lines = [
            A.colRecipient.text(lang) + ": " + names.nominee(r.nominee) + " (" + names.unitOf(r.nominee) + ")",
            A.colAward.text(lang) + ": " + names.award(r.awardCode) + " (" + r.awardCode + ")",
            A.colYear.text(lang) + ": " + String(r.year),
            A.colDecision.text(lang) + ": " + (r.decisionNumber ?? "—") + (r.decisionDate.map { " · " + $0.display } ?? ""),
            A.colAmount.text(lang) + ": " + (Money.amount(of: r, catalogue: ws.catalogue?.value).map(Money.format) ?? "—")
                + (r.amount == nil && r.decisionDate != nil ? " (" + A.amountByRule.text(lang) + ")" : ""),
        ]
        if let c = r.campaignId { lines.append(A.campaign.text(lang) + ": " + (ws.campaigns[c]?.value.name ?? c)) }
        app.push(TextPanel(title: names.nominee(r.nominee) + " · " + String(r.year), lines: lines))
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch key {
        case .enter:
            // The search line was just run: Enter searches; on a result row once the query is unchanged: open it
            // (as the files tell it: results shown from the indexes are first replaced by the files').
            if query.text == lastQuery, list.selectedRow != nil {
                let chosen = list.selectedRow?.id
                finishPreparing(app)
                if let id = chosen, list.selectedRow?.id == id, let r = found[id] { open(r, app) }
                return true
            }
            lastQuery = query.text
            search(app)
            return true
        case .char(let c): if app.telexEnabled { query.typeTelex(c) } else { query.insert(String(c)) }; return true
        case .paste(let t): query.insert(TextNormalization.clean(t)); return true
        case .backspace: query.backspace(); return true
        case .delete: query.deleteForward(); return true
        case .left: query.left(); return true
        case .right: query.right(); return true
        case .ctrl("u"): query.clear(); return true
        default: break
        }
        // Moving through the results is all that does not need the read under way.
        switch command {
        case .up?, .down?, .pageUp?, .pageDown?, .first?, .last?: return list.handle(key, command: command, app: app)
        case AwardCommands.removeRecord? where ws.may(.correctAwards): finishPreparing(app); removeChosen(app); return true
        case AwardCommands.correctRecord?: finishPreparing(app); correctChosen(app); return true
        case AwardCommands.historyDocument?: finishPreparing(app); openDocument(app); return true
        default: return false
        }
    }

    /// Deletes the chosen record after asking why (TDKTCore refuses a decision's own record and a role not allowed).
    private func removeChosen(_ app: Application) {
        guard let id = list.selectedRow?.id, let year = found[id]?.year else { return }
        app.push(PromptDialog(title: AwardStrings.removeRecordTitle.text(lang), label: AwardStrings.removeRecordLabel(id).text(lang)) { [self] reason, app in
            guard let reason else { return }
            do {
                try AwardRecords.remove(id, year: year, reason: reason, in: ws)
                search(app)
                app.setStatus(AwardStrings.recordRemoved(id).text(lang))
            } catch { app.showError(ErrorText.message(error, lang)) }
        })
    }

    /// Opens the correction form for the chosen record; a role that may not correct records is refused with
    /// the domain's message before the form opens.
    private func correctChosen(_ app: Application) {
        guard let id = list.selectedRow?.id, let year = found[id]?.year else { return }
        do {
            try ws.authorize(.correctAwards)
            let record = try AwardRecords.find(id, year: year, in: ws).value
            app.push(AwardRecordForm.view(record, ws: ws, lang: lang) { [weak self] saved, app in
                self?.search(app)
                _ = self?.list.select(id: saved.id)
                app.setStatus(AwardStrings.recordCorrected(saved.id).text(app.language))
            })
        } catch { app.showError(ErrorText.message(error, lang)) }
    }

    /// The selected recipient's award history as it prints (F2 saves it, p prints it).
    func openDocument(_ app: Application) {
        guard let id = list.selectedRow?.id, let nominee = nominees[id] else {
            app.setStatus(AwardStrings.found(0).text(lang), error: true)
            return
        }
        do {
            let doc = try AwardDocuments.history(of: nominee, in: ws)
            let year = CivilDate.today().year
            let kind = ReportKind(id: "history-\(nominee.id)", title: Localized(vi: doc.typeName + " · " + doc.subject, en: "Award history · " + doc.subject),
                                  formats: ReportFormat.allCases, singleYear: true)
            let session = ReportSession(kind: kind, document: doc, workspace: ws, period: try ReportPeriod(year: year))
            app.push(ReportPreviewView(session: session, language: app.language))
        } catch {
            app.setStatus(ErrorText.message(error, lang), error: true)
        }
    }
}

/// The honour roll: who received what in a year (←/→ change the year), every award or one (h).
final class HonourRollView: View {
    let ws: Workspace
    let lang: Language
    let list: ListView
    let years: [Int]
    private(set) var year: Int?
    private(set) var award: String?

    /// `quick`: under the terminal loop, show the rows kept from last time while the year is read (`QuickRows`).
    init(ws: Workspace, lang: Language, quick: Bool = false) {
        self.ws = ws
        self.lang = lang
        years = ws.awardYears().sorted()
        year = years.last
        list = ListView(title: AwardStrings.honourRoll.text(lang),
                        columns: [ListView.Column(AwardStrings.colAward.text(lang), width: 24),
                                  ListView.Column(AwardStrings.colRecipient.text(lang)),
                                  ListView.Column(AwardStrings.colUnit.text(lang), width: 18),
                                  ListView.Column(AwardStrings.colDecision.text(lang), width: 12)],
                        rows: [])
        guard let y = year else { return }
        QuickRows.show(in: list, ws: ws, name: "honour-roll", key: [lang.rawValue, String(y)], quick: quick) { w in
            Self.rows(year: y, award: nil, ws: w, lang: lang)
        }
    }

    var title: String { list.title }
    /// The list's rows folded for search between keys (ListView).
    var hasIdleWork: Bool { list.hasIdleWork }
    func runIdleStep(app: Application) { list.runIdleStep(app: app) }
    var context: TerminalUI.CommandContext { AwardCommands.roll }
    var wantsTyping: Bool { list.wantsTyping }
    var hiddenCommands: Set<CommandID> { [.mark, .markAll, AwardCommands.year] }


    func reload() {
        guard let y = year else { list.setRows([]); return }
        list.setRows(Self.rows(year: y, award: award, ws: ws, lang: lang))
    }

    static func rows(year: Int, award: String?, ws: Workspace, lang: Language) -> [ListView.Row] {
        let names = AwardNames(ws: ws, lang: lang)
        return AwardQueries.honourRoll(year: year, award: award, in: ws).map { r in
            ListView.Row(id: r.id, cells: [names.award(r.awardCode), names.nominee(r.nominee), names.unitOf(r.nominee), r.decisionNumber ?? ""])
        }
    }

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let awardName = award.map { AwardNames(ws: ws, lang: lang).award($0) } ?? AwardStrings.all.text(lang)
        let head = AwardStrings.yearLabel.text(lang) + "◀ " + (year.map(String.init) ?? "—") + " ▶   "
            + AwardStrings.awardFilter.text(lang) + awardName + " (h)"
        frame.put(head, x: area.x + 1, y: area.y, style: .header, maxWidth: area.width - 2)
        list.draw(in: &frame, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), app: app)
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if list.wantsTyping { return list.handle(key, command: command, app: app) }
        list.settle(before: key, command: command, app: app)
        switch command {
        case AwardCommands.nextTab?, AwardCommands.previousTab?:
            guard !years.isEmpty else { return true }
            let i = year.flatMap { years.firstIndex(of: $0) } ?? years.count - 1
            year = years[max(0, min(years.count - 1, i + (command == AwardCommands.nextTab ? 1 : -1)))]
            reload()
        case AwardCommands.rollAward?:
            let codes = (ws.catalogue?.value.awards ?? []).map(\.code)
            if let a = award, let i = codes.firstIndex(of: a) { award = i + 1 < codes.count ? codes[i + 1] : nil } else { award = codes.first }
            reload()
        default:
            return list.handle(key, command: command, app: app)
        }
        return true
    }
}
