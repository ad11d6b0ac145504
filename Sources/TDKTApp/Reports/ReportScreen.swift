import Foundation
import TDKTCore
import TDKTFormats
import TerminalUI
import TDKTText

/// Reports → the report screen: choose a report, then its period, then preview, drill down, save, print.
public struct ReportScreen: ShellScreen {
    public let id = "reports"
    public let section = ShellSection.reports
    public var title: Localized { ReportStrings.screenTitle }

    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        let lang = ctx.language
        let kinds = Reports.available()
        let rows = kinds.map { k in
            ListView.Row(id: k.id, cells: [k.title.text(lang),
                                           (k.singleYear ? ReportStrings.oneYear : ReportStrings.yearRange).text(lang)])
        }
        let list = ListView(title: ReportStrings.listTitle.text(lang),
                            columns: [ListView.Column(ReportStrings.columnReport.text(lang)),
                                      ListView.Column(ReportStrings.columnPeriod.text(lang), width: 14)],
                            rows: rows) { row, app in
            guard let ws = ctx.workspace else {
                app.showError(ctx.noWorkspaceMessage)
                return
            }
            guard let kind = kinds.first(where: { $0.id == row.id }) else { return }
            app.push(ReportPeriodForm.make(kind: kind, workspace: ws, language: app.language))
        }
        return list
    }
}

/// The report being looked at: built once for the chosen period, then previewed, opened, saved, printed.
final class ReportSession {
    let kind: ReportKind
    let period: ReportPeriod
    let workspace: Workspace
    let data: ReportData
    let document: ReportDocument

    init(kind: ReportKind, period: ReportPeriod, workspace: Workspace, language: Language) throws {
        self.kind = kind
        self.period = period
        self.workspace = workspace
        // One gathering of the records serves the preview, the drill-down and the saved file alike.
        data = ReportData(workspace: workspace, period: period)
        if AwardDocuments.yearKinds.contains(where: { $0.id == kind.id }) {
            document = try AwardDocuments.document(kind.id, year: period.to, workspace: workspace)
        } else {
            document = try Reports.document(kind.id, period: period, data: data, language: language)
        }
    }

    /// What the preview of a report is called on its title line.
    static func title(_ kind: ReportKind, _ period: ReportPeriod, _ language: Language) -> String {
        kind.title.text(language) + " · " + period.description
    }

    /// A document built elsewhere (a person's award history), previewed, saved and printed the same way.
    init(kind: ReportKind, document: ReportDocument, workspace: Workspace, period: ReportPeriod) {
        self.kind = kind
        self.period = period
        self.workspace = workspace
        self.document = document
        data = ReportData(workspace: workspace, period: period)
    }

    /// The Decree 30 frame from the office's settings, the date left blank for the day of signing; a decision's own.
    private var frameOverride: DocumentFrame?
    var frame: DocumentFrame { frameOverride ?? Self.frame(workspace.config) }

    /// The frame of a report made now from the office's settings.
    static func frame(_ config: OfficeConfig) -> DocumentFrame {
        DocumentFrame.standard(config: config, date: nil, year: CivilDate.today().year)
    }

    /// A decision with its annex, under its own number, date and signer.
    convenience init(decision: Decision, workspace: Workspace) throws {
        let doc = try AwardDocuments.decision(decision, in: workspace)
        let kind = ReportKind(id: "decision-" + decision.id, title: Localized(vi: "Quyết định " + decision.number, en: "Decision " + decision.number),
                              formats: ReportFormat.allCases, singleYear: true)
        self.init(kind: kind, document: doc, workspace: workspace, period: try ReportPeriod(year: decision.date.year))
        frameOverride = AwardDocuments.decisionFrame(decision, config: workspace.config)
    }

    /// The pages as they will print, laid out as the preview asks for them; nil when no font is installed.
    private(set) lazy var pageFlow: PDFPageFlow? = {
        flowFrame = frame
        return try? PDFRenderer(frame: frame).pageFlow(document)
    }()
    /// The frame the pages were laid out in (the office's settings may change while the preview is open).
    private var flowFrame: DocumentFrame?

    /// Every page as it will print (the rest laid out now); nil when no font is installed.
    var pages: [PDFPage]? { pageFlow?.allPages() }

    /// The bytes of a file. A PDF is written from the pages the preview laid out (the rest laid out now):
    /// the same bytes as laying the report out afresh.
    func output(_ format: ReportFormat, pageLength: Int? = 64) throws -> Data {
        if format == .pdf, let pageFlow, flowFrame == frame { return PDFWriter(family: try PDFRenderer.fontFamily()).write(pageFlow) }
        return try Reports.output(document, format: format, config: workspace.config, frame: frame, period: period, pageLength: pageLength)
    }

    /// "summary-2014-2018": a file name without the en dash of the period's description.
    var fileStem: String { kind.id + "-" + (period.isSingleYear ? "\(period.from)" : "\(period.from)-\(period.to)") }
}

/// The period of a report: one year for a statistics form, from–to for the others.
enum ReportPeriodForm {
    static func make(kind: ReportKind, workspace: Workspace, language lang: Language) -> FormView {
        // The latest year with award records (the demo's 2025), else this year.
        let year = workspace.awardYears().max() ?? CivilDate.today().year
        let yearKind = FormView.Kind.number(min: 1900, max: 2200)
        var fields = [FormView.Field(id: "from", label: (kind.singleYear ? ReportStrings.year : ReportStrings.fromYear).text(lang),
                                     kind: yearKind, value: String(year), required: true)]
        if !kind.singleYear {
            fields.append(FormView.Field(id: "to", label: ReportStrings.toYear.text(lang), kind: yearKind, value: String(year), required: true))
        }
        let form = FormView(id: "report-period", title: kind.title.text(lang) + " — " + ReportStrings.periodTitle.text(lang),
                            fields: fields)
        form.announcesSave = false
        // Under the terminal loop the report of the period shown is made while the clerk looks at the form.
        var prepared: PreparedReport?
        form.onAppear = { _, app in
            guard app.runsWorkBetweenKeys, let period = try? ReportPeriod(from: year, to: year) else { return }
            prepared = PreparedReport(kind: kind, period: period, workspace: workspace, language: app.language,
                                      openingWidth: KeptReportPage.textWidth(app))
        }
        form.onDisappear = { _, _ in prepared?.finish() }
        form.onSave = { values, app in
            let from = Int(values["from"] ?? "") ?? 0
            let to = kind.singleYear ? from : Int(values["to"] ?? "") ?? 0
            do {
                let period = try ReportPeriod(from: from, to: to)
                let keep = app.runsWorkBetweenKeys ? KeptReportPage(kind: kind, period: period, workspace: workspace, language: app.language) : nil
                // The report still being made: its opening meanwhile, or the first page this clerk was shown of it.
                if let made = prepared, made.isFor(period, app.language), !made.isReady(), let keep,
                   let meanwhile = made.shownMeanwhile(title: ReportSession.title(kind, period, app.language), keep: keep,
                                                       width: KeptReportPage.textWidth(app)) {
                    prepared = nil
                    app.push(meanwhile)
                    return nil
                }
                let ready = prepared?.session(for: period, language: app.language)
                prepared = nil
                let session = try ready?.get() ?? ReportSession(kind: kind, period: period, workspace: workspace, language: app.language)
                let preview = ReportPreviewView(session: session, language: app.language)
                preview.keepsFirstPage = keep
                app.push(preview)
                return nil
            } catch {
                return ErrorText.message(error, app.language)
            }
        }
        return form
    }
}

/// A report made on another thread while its period form is shown, with its first page laid out: F2 on
/// the same period then shows it at once. Its opening (`Reports.opening`: the summary's campaigns) is made
/// first, in lines for the width given, and shown if F2 comes before the rest is made. Until it ends the
/// form touches nothing it reads; F2 on another period, or closing the form, waits for it first.
final class PreparedReport: @unchecked Sendable {
    let period: ReportPeriod
    let language: Language
    private let read: BackgroundRead<Made>
    private let opening: ReportOpening

    private struct Made: @unchecked Sendable { let session: Result<ReportSession, Error> }

    /// `gate`: the work after the opening waits for it (a test looks at the screen meanwhile).
    init(kind: ReportKind, period: ReportPeriod, workspace: Workspace, language: Language, openingWidth: Int? = nil,
         gate: DispatchSemaphore? = nil) {
        self.period = period
        self.language = language
        let opening = ReportOpening(width: openingWidth)
        self.opening = opening
        read = BackgroundRead {
            opening.make(kind: kind, period: period, workspace: workspace, language: language)
            gate?.wait()
            return Made(session: Result {
                let session = try ReportSession(kind: kind, period: period, workspace: workspace, language: language)
                _ = session.pageFlow?.page(0)
                return session
            })
        }
        read.start()
    }

    func isFor(_ period: ReportPeriod, _ language: Language) -> Bool { period == self.period && language == self.language }

    /// Whether it is made, waiting `milliseconds` at most (between keys: so the loop does not spin meanwhile).
    func isReady(waiting milliseconds: Int = 0) -> Bool { read.value(waiting: milliseconds) != nil }

    /// The session made, if it was made for this period and language (after waiting for it); nil otherwise.
    func session(for period: ReportPeriod, language: Language) -> Result<ReportSession, Error>? {
        let made = read.wait()
        return period == self.period && language == self.language ? made.session : nil
    }

    /// Waits for the work to end.
    func finish() { _ = read.wait() }

    /// What shows while the report is made: its opening (waited for: it is made first), else the first page
    /// this clerk was shown of it last time; nil when there is neither for this width.
    func shownMeanwhile(title: String, keep: KeptReportPage, width: Int) -> View? {
        if opening.width == width, let lines = opening.lines(waitingAtMost: 250), !lines.isEmpty {
            return ReportMeanwhileView(title: title, lines: lines, report: self, keep: keep, pending: ReportStrings.makingRest)
        }
        guard let page = keep.page(width: width) else { return nil }
        return ReportMeanwhileView(title: title, lines: page, report: self, keep: keep.shown(page))
    }
}

/// A report's opening in the preview's lines, made on the prepared report's thread before the rest.
final class ReportOpening: @unchecked Sendable {
    /// The width of text it is laid out for; nil: none is made.
    let width: Int?
    private let made = DispatchSemaphore(value: 0)
    /// Written once, before `made` is signalled.
    private var lines: [String]?

    init(width: Int?) { self.width = width }

    /// Makes the lines (none for a report without an opening) and says they are made.
    func make(kind: ReportKind, period: ReportPeriod, workspace: Workspace, language: Language) {
        defer { made.signal() }
        guard let width else { return }
        let data = Reports.openingData(workspace)
        guard let document = Reports.opening(kind.id, period: period, data: data) else { return }
        lines = ReportPreviewLines.opening(document, frame: ReportSession.frame(data.config), config: data.config,
                                           width: width, language: language)
    }

    /// The lines once made, waiting for them `milliseconds` at most; nil if there are none or they are late.
    func lines(waitingAtMost milliseconds: Int) -> [String]? {
        guard made.wait(timeout: .now() + .milliseconds(milliseconds)) == .success else { return nil }
        made.signal()  // made stays said for the next look
        return lines
    }
}
