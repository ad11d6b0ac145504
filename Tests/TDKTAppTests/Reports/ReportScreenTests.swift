import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

/// The report screen on the memory backend with the demo data.
final class ReportScreenTests: XCTestCase {
    private var dataDir: String!
    private var outDir: String!

    override func setUpWithError() throws {
        let base = TestDirectories.path("tdkt-report-screen")
        dataDir = base + "/data"
        outDir = base + "/out"
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        try DemoFixture.make(root: dataDir, user: "khoa")
        // The save form remembers the clerk's last folder and format under $XDG_STATE_HOME: keep it in the test's folder.
        savedState = ProcessInfo.processInfo.environment["XDG_STATE_HOME"]
        setenv("XDG_STATE_HOME", base + "/state", 1)
    }

    private var savedState: String?

    override func tearDown() {
        if let s = savedState { setenv("XDG_STATE_HOME", s, 1) } else { unsetenv("XDG_STATE_HOME") }
        if let d = dataDir { try? FileManager.default.removeItem(atPath: (d as NSString).deletingLastPathComponent) }
    }

    private func makeApp(_ lang: String = "vi") -> Application {
        makeShellApplication(ShellOptions(dataDirectory: dataDir, userLogin: "khoa", role: "administrator", language: lang))
    }

    private func screen(_ app: Application) -> Frame { app.render(size: .standard) }

    private func type(_ app: Application, _ s: String) { for c in s { app.handle(.char(c)) } }

    /// The screen's text with box sides and line ends removed and spaces collapsed (a dialog wraps its text).
    private func flat(_ f: Frame) -> String {
        f.text.replacingOccurrences(of: "│", with: " ").split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// Main menu → Báo cáo → the report screen → a report (by its row) → the period → the preview.
    private func openPreview(_ app: Application, report index: Int = 0, from: Int, to: Int?) throws -> ReportPreviewView {
        app.handle([.char("6")])  // Báo cáo: its one screen opens at once
        XCTAssertNotNil(screen(app).find("Báo cáo tổng kết công tác thi đua, khen thưởng"))
        for _ in 0..<index { app.handle(.down) }
        app.handle(.enter)
        let form = try XCTUnwrap(app.top as? FormView)
        XCTAssertEqual(form.field("from")?.value, "2025", "the latest year with awards is offered")
        app.handle(.ctrl("u")); type(app, String(from))
        if let to {
            app.handle(.tab); app.handle(.ctrl("u")); type(app, String(to))
        }
        app.handle(.enter)
        return try XCTUnwrap(app.top as? ReportPreviewView, screen(app).text)
    }

    func testPreviewShowsTheSummaryAndTheCaoBangFigures() throws {
        let app = makeApp()
        let preview = try openPreview(app, from: 2014, to: 2018)
        var s = screen(app)
        XCTAssertNotNil(s.find("BÁO CÁO"), s.text)
        XCTAssertTrue(s.row(0).contains("Báo cáo tổng kết công tác thi đua, khen thưởng · 2014–2018"), s.row(0))
        XCTAssertTrue(s.row(23).contains("F2 Ghi tệp") && s.row(23).contains("F9 Thao tác"), s.row(23))
        // The printed pages: the first starts with its rule and the national motto; the counts are not known
        // until every page is laid out, then the page count is the PDF's.
        XCTAssertTrue(s.rows[1].contains("Trang 1/…"), s.rows[1])
        XCTAssertNotNil(s.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), s.text)
        XCTAssertNotNil(s.find("Trang 1/… · Dòng 1–19/…"), s.text)
        let pageCount = try XCTUnwrap(preview.session.pages?.count)
        XCTAssertGreaterThan(pageCount, 3)
        s = screen(app)
        XCTAssertTrue(s.rows[1].contains("Trang 1/\(pageCount)"), s.rows[1])
        XCTAssertNotNil(s.find("Trang 1/\(pageCount) · Dòng 1–19/"), s.text)
        XCTAssertEqual(preview.pageStarts.count, pageCount)
        // Scrolling: a page down, End, Home.
        app.handle(.pageDown)
        XCTAssertEqual(preview.top, 19)
        XCTAssertNotNil(screen(app).find("Dòng 20–38/"))
        app.handle(.end)
        XCTAssertGreaterThan(preview.top, 150)
        app.handle(.home)
        XCTAssertEqual(preview.top, 0)
        // Search inside the preview, without diacritics: the total row of the Cao Bằng awards.
        app.handle(.char("/"))
        type(app, "tong cong")
        app.handle(.enter)
        s = screen(app)
        let line = try XCTUnwrap(preview.matchLine)
        let row = s.rows.first { $0.contains("Tổng cộng") } ?? ""
        // Collectives, individuals, households, total, the previous period and the change: every column prints.
        XCTAssertEqual(row.split(separator: " ").suffix(6), ["102", "276", "0", "378", "0", "+378"], s.text)
        XCTAssertGreaterThan(line, 10)
        // The border-protection campaign's provincial certificates: 47 collectives, 103 individuals, 150 in all.
        app.handle(.char("/"))
        type(app, "toan dan tham gia bao")
        app.handle(.enter)
        XCTAssertNotNil(preview.matchLine)
        s = screen(app)
        // The campaign is listed first in the table of campaigns; n goes on to its row of awards.
        for _ in 0..<6 where !s.rows.contains(where: { $0.contains(" 47 ") && $0.contains(" 103 ") }) {
            app.handle(.char("n"))
            s = screen(app)
        }
        let campaignRow = try XCTUnwrap(s.rows.first { $0.contains(" 47 ") && $0.contains(" 103 ") }, s.text)
        XCTAssertTrue(campaignRow.contains(" 150"), campaignRow)
        // n finds the next match; Esc in the prompt goes back to where the search started.
        app.handle(.char("/")); type(app, "zzzz-không-có")
        XCTAssertTrue(screen(app).row(22).contains("Không tìm thấy") || screen(app).text.contains("Không tìm thấy"), screen(app).text)
        app.handle(.escape)
        XCTAssertTrue(app.top === preview)
    }

    func testThePreviewShowsItsFirstPageAfterLayingOutOnlyTheFirstPages() throws {
        let app = makeApp()
        let preview = try openPreview(app, from: 2014, to: 2018)
        let s = screen(app)
        let flow = try XCTUnwrap(preview.session.pageFlow)
        XCTAssertNotNil(s.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), s.text)
        XCTAssertLessThanOrEqual(flow.pages.count, 2, "pages laid out for the first screen")
        XCTAssertFalse(flow.isComplete)
        XCTAssertNotNil(s.find("Trang 1/… · Dòng 1–19/…"), s.text)
        // Scrolling down draws the next pages only.
        for _ in 0..<3 { app.handle(.pageDown) }
        XCTAssertEqual(preview.top, 57)
        XCTAssertLessThanOrEqual(flow.pages.count, 4)
        XCTAssertFalse(flow.isComplete)
    }

    /// Under the terminal loop the report of the year the form offers is made while the form is shown.
    func testTheReportOfTheOfferedYearIsMadeWhileTheFormIsShown() throws {
        let app = makeApp()
        app.runsWorkBetweenKeys = true
        app.handle([.char("6")])
        app.handle(.enter)
        XCTAssertEqual((app.top as? FormView)?.field("from")?.value, "2025")
        app.handle(.function(2))
        // Its opening shows until the rest is made.
        while app.top is ReportMeanwhileView { app.runIdleStep() }
        let preview = try XCTUnwrap(app.top as? ReportPreviewView, screen(app).text)
        XCTAssertEqual(preview.session.period, try ReportPeriod(year: 2025))
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(preview.session.pageFlow).pages.count, 1, "made beforehand, its first page laid out")
        // The same lines as a report made when asked for.
        let plain = makeApp()
        let asked = try openPreview(plain, from: 2025, to: 2025)
        XCTAssertEqual(try XCTUnwrap(asked.session.pageFlow).pages.count, 0, "made when asked, nothing laid out before it is drawn")
        XCTAssertEqual(preview.lines(width: 78), asked.lines(width: 78))
    }

    /// The first page shown is kept for this clerk; asked for again while the report is made, the kept page
    /// shows at once, saying the files are being read, and the report made takes its place at the same line.
    /// A key other than a move waits for the report and is the report's.
    func testAKeptFirstPageShowsWhileTheReportIsMadeThenTheReportTakesItsPlace() throws {
        let app = makeApp()
        app.runsWorkBetweenKeys = true
        app.handle([.char("6")])
        app.handle(.enter)
        app.handle(.function(2))
        while app.top is ReportMeanwhileView { app.runIdleStep() }
        let first = try XCTUnwrap(app.top as? ReportPreviewView, screen(app).text)
        _ = screen(app)
        app.runIdleStep()
        while app.hasIdleWork { app.runIdleStep() }
        let shown = first.lines(width: 78)
        let (kind, period) = (first.session.kind, first.session.period)
        let other = try Workspace(root: dataDir, user: "khoa")
        let keep = KeptReportPage(kind: kind, period: period, workspace: other, language: .vi)
        let kept = try XCTUnwrap(keep.page(width: 78), "kept as first shown")
        // As first shown: the page rules did not know the page count yet.
        XCTAssertEqual(kept.count, min(KeptReportPage.lineCount, shown.count))
        XCTAssertTrue(kept[0].contains("Trang 1/…"), kept[0])
        for (k, s) in zip(kept, shown) where k != s { XCTAssertTrue(k.contains("/…") && s.contains("Trang "), "\(k) | \(s)") }
        XCTAssertNil(keep.page(width: 100), "laid out for another width: not shown")
        XCTAssertNil(KeptReportPage(kind: kind, period: period, workspace: other, language: .en).page(width: 78))
        XCTAssertNil(KeptReportPage(kind: kind, period: period, workspace: try Workspace(root: dataDir, user: "lan"), language: .vi).page(width: 78),
                     "another clerk's")

        for key in [Key.char("/"), .escape] {
            let gate = DispatchSemaphore(value: 0)
            let made = PreparedReport(kind: kind, period: period, workspace: other, language: .vi, gate: gate)
            let view = ReportMeanwhileView(title: ReportSession.title(kind, period, .vi), lines: kept, report: made, keep: keep.shown(kept))
            app.push(view)
            let s = screen(app)
            XCTAssertNotNil(s.find("BÁO CÁO"), s.text)
            XCTAssertNotNil(s.find("đang đối chiếu với tệp"), s.text)
            app.handle(.down)
            app.handle(.down)
            app.runIdleStep()
            XCTAssertTrue(app.top === view, "moving does not wait")
            if key == .escape {
                // The key waits for the report: released from elsewhere meanwhile.
                DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { gate.signal() }
                app.handle(.char("/"))
                let preview = try XCTUnwrap(app.top as? ReportPreviewView)
                XCTAssertTrue(preview.wantsTyping, "the search prompt of the report made")
                XCTAssertEqual(preview.top, 2)
                app.handle(.escape); app.handle(.escape)
            } else {
                gate.signal()
                while app.top === view { app.runIdleStep() }
                let preview = try XCTUnwrap(app.top as? ReportPreviewView)
                XCTAssertEqual(preview.top, 2, "at the same line")
                XCTAssertNil(screen(app).find("đang đối chiếu với tệp"))
                // The same first page is not written again.
                let file = dataDir + "/index/snapshots/khoa/report-summary-2025-2025-vi.tsv"
                let before = try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int
                while app.hasIdleWork { app.runIdleStep() }
                XCTAssertNotNil(before)
                XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int, before)
                XCTAssertEqual(preview.lines(width: 78), first.lines(width: 78))
                app.handle(.escape)
            }
        }
    }

    /// The summary's opening (its campaigns) shows while the rest is made, saying so: the first lines of the
    /// report made, for a year and a range, at two widths. Moving does not wait; the report made then takes
    /// its place at the same line and its first page is kept for the next time.
    func testTheOpeningShowsWhileTheRestIsMadeThenTheReportTakesItsPlace() throws {
        let kind = try XCTUnwrap(Reports.available().first { $0.id == "summary" })
        let ws = try Workspace(root: dataDir, user: "khoa")
        for period in [try ReportPeriod(year: 2025), try ReportPeriod(from: 2021, to: 2025)] {
            for width in [78, 118] {
                let gate = DispatchSemaphore(value: 0)
                let made = PreparedReport(kind: kind, period: period, workspace: ws, language: .vi, openingWidth: width, gate: gate)
                let keep = KeptReportPage(kind: kind, period: period, workspace: ws, language: .vi)
                let view = try XCTUnwrap(made.shownMeanwhile(title: "t", keep: keep, width: width) as? ReportMeanwhileView)
                XCTAssertFalse(made.isReady(), "the rest is not made yet")
                XCTAssertNil(made.shownMeanwhile(title: "t", keep: keep, width: width + 1), "none for another width, nothing kept")
                let session = try ReportSession(kind: kind, period: period, workspace: try Workspace(root: dataDir, user: "khoa"), language: .vi)
                let whole = ReportPreviewView(session: session, language: .vi).lines(width: width)
                XCTAssertGreaterThan(view.lines.count, 24, "more than a screen")
                XCTAssertLessThan(view.lines.count, whole.count)
                XCTAssertTrue(view.lines.contains { $0.contains("Bảng 2. Các phong trào thi đua trong kỳ") })
                XCTAssertFalse(view.lines.contains { $0.contains("2. Hoạt động của các cụm") }, "nothing of what follows")
                XCTAssertFalse(view.lines.last?.allSatisfy { $0 == " " } ?? true, "ends with its last line")
                // The same lines, but the page rules, which do not say the page count yet.
                for (o, w) in zip(view.lines, whole) where o != w {
                    XCTAssertTrue(o.contains("/…") && w.contains("Trang "), "\(period) at \(width): \(o) | \(w)")
                }
                gate.signal()
                made.finish()
            }
        }

        // On screen at 80x24: the opening, then the report made at the same line, its first page kept.
        let app = makeApp()
        app.runsWorkBetweenKeys = true
        app.handle([.char("6")])
        app.handle(.enter)
        let period = try ReportPeriod(year: 2025)
        let gate = DispatchSemaphore(value: 0)
        let made = PreparedReport(kind: kind, period: period, workspace: ws, language: .vi, openingWidth: 78, gate: gate)
        let keep = KeptReportPage(kind: kind, period: period, workspace: ws, language: .vi)
        let view = try XCTUnwrap(made.shownMeanwhile(title: ReportSession.title(kind, period, .vi), keep: keep, width: 78))
        app.push(view)
        var s = screen(app)
        XCTAssertNotNil(s.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), s.text)
        XCTAssertNotNil(s.find("Dòng 1–19/…  đang lập các phần sau…"), s.text)
        for _ in 0..<3 { app.handle(.down) }
        app.runIdleStep()
        XCTAssertTrue(app.top === view, "moving does not wait")
        gate.signal()
        while app.top === view { app.runIdleStep() }
        let preview = try XCTUnwrap(app.top as? ReportPreviewView)
        XCTAssertEqual(preview.top, 3, "at the same line")
        s = screen(app)
        XCTAssertNil(s.find("đang lập các phần sau"), s.text)
        while app.hasIdleWork { app.runIdleStep() }
        XCTAssertEqual(keep.page(width: 78), Array(preview.lines(width: 78).prefix(KeptReportPage.lineCount))
                        .map { $0.replacingOccurrences(of: "/\(preview.pageStarts.count)", with: "/…") }, "its first page kept")
    }

    func testAnotherYearThanTheOneMadeBeforehandIsMadeWhenAsked() throws {
        let app = makeApp()
        app.runsWorkBetweenKeys = true
        let preview = try openPreview(app, from: 2024, to: 2024)
        XCTAssertEqual(preview.session.period, try ReportPeriod(year: 2024))
        XCTAssertEqual(preview.lines(width: 78), try openPreview(makeApp(), from: 2024, to: 2024).lines(width: 78))
    }

    func testThePageCountAppearsOnceTheRestIsLaidOutBetweenKeys() throws {
        let app = makeApp()
        let preview = try openPreview(app, from: 2014, to: 2018)
        _ = screen(app)
        var steps = 0
        while app.hasIdleWork {
            XCTAssertTrue(screen(app).rows[1].contains("Trang 1/…"))
            app.runIdleStep()
            steps += 1
        }
        let flow = try XCTUnwrap(preview.session.pageFlow)
        let pageCount = try XCTUnwrap(flow.pageCount)
        XCTAssertGreaterThan(steps, 2, "a few blocks or rows a step, \(pageCount) pages")
        let s = screen(app)
        XCTAssertTrue(s.rows[1].contains("Trang 1/\(pageCount)"), s.rows[1])
        let lines = preview.lines(width: 78)
        XCTAssertNotNil(s.find("Trang 1/\(pageCount) · Dòng 1–19/\(lines.count)"), s.text)
        XCTAssertEqual(preview.pageStarts.count, pageCount)
        // Every page's rule has the count, and the lines are those of the whole layout drawn at once.
        XCTAssertEqual(preview.pageStarts.map { lines[$0].contains("Trang \(preview.pageStarts.firstIndex(of: $0)! + 1)/\(pageCount) ") },
                       Array(repeating: true, count: pageCount))
        let fresh = ReportPreviewView(session: try ReportSession(kind: preview.session.kind, period: preview.session.period,
                                                                 workspace: preview.session.workspace, language: .vi), language: .vi)
        XCTAssertEqual(fresh.lines(width: 78), lines)
    }

    func testSearchFindsTextOnPagesNotYetLaidOut() throws {
        let app = makeApp()
        let preview = try openPreview(app, from: 2014, to: 2018)
        _ = screen(app)
        let flow = try XCTUnwrap(preview.session.pageFlow)
        XCTAssertFalse(flow.isComplete)
        // "Nơi nhận" is at the foot of the report, on its last pages: the search lays out pages as it goes.
        app.handle(.char("/"))
        type(app, "noi nhan")
        app.handle(.enter)
        let line = try XCTUnwrap(preview.matchLine, screen(app).text)
        XCTAssertGreaterThan(line, preview.pageStarts[2])
        XCTAssertNotNil(screen(app).find("Nơi nhận"), screen(app).text)
        XCTAssertTrue(screen(app).text.contains("Trang \(preview.pageStarts.count)/"), screen(app).text)
    }

    func testSearchingBackPastTheTopWrapsToTheEnd() throws {
        let app = makeApp()
        let preview = try openPreview(app, from: 2014, to: 2018)
        _ = screen(app)
        let flow = try XCTUnwrap(preview.session.pageFlow)
        app.handle(.char("/")); type(app, "doc lap"); app.handle(.enter)
        let first = try XCTUnwrap(preview.matchLine)
        XCTAssertLessThan(first, 5)
        XCTAssertFalse(flow.isComplete)
        // N goes back past the first line to the end of the report and on round: the motto only heads page 1.
        app.handle(.char("N"))
        XCTAssertTrue(flow.isComplete)
        XCTAssertEqual(preview.matchLine, first)
    }

    func testThePDFSavedFromAPartlyLaidOutPreviewIsTheFreshlyLaidOutOne() throws {
        let app = makeApp()
        let preview = try openPreview(app, from: 2014, to: 2018)
        _ = screen(app)
        XCTAssertFalse(try XCTUnwrap(preview.session.pageFlow).isComplete)
        let session = preview.session
        let saved = try session.output(.pdf)
        XCTAssertTrue(try XCTUnwrap(session.pageFlow).isComplete)
        let fresh = try Reports.output(session.document, format: .pdf, config: session.workspace.config, frame: session.frame,
                                       period: session.period)
        XCTAssertEqual(saved, fresh)
        XCTAssertEqual(try session.output(.pdf), fresh, "again, from the pages already laid out")
    }

    func testEndGoesToTheLastPage() throws {
        let app = makeApp()
        let preview = try openPreview(app, from: 2014, to: 2018)
        _ = screen(app)
        app.handle(.end)
        let pageCount = try XCTUnwrap(preview.session.pageFlow?.pageCount)
        let s = screen(app)
        XCTAssertNotNil(s.find("Trang \(pageCount)/\(pageCount) · Dòng"), s.text)
        XCTAssertEqual(preview.top, preview.lines(width: 78).count - 19)
        XCTAssertFalse(app.hasIdleWork)
    }

    func testDrillDownListsTheFortySevenCollectiveRecords() throws {
        let app = makeApp()
        _ = try openPreview(app, from: 2014, to: 2018)
        app.handle(.char("s"))
        let figures = try XCTUnwrap(app.top as? ReportFiguresView)
        // Filter to the figure by its label (diacritic-insensitive), as a clerk would.
        let target = try XCTUnwrap(figures.figures.firstIndex { $0.path == "awards.by-campaign.bao-ve-bien-gioi.BK_TINH.unit" })
        app.handle(.char("/"))
        type(app, "toan dan tham gia bao ve chu quyen")
        app.handle(.enter)
        while figures.selectedFigure?.path != figures.figures[target].path {
            let before = figures.list.selected
            app.handle(.down)
            if figures.list.selected == before { break }
        }
        var s = screen(app)
        XCTAssertEqual(figures.selectedFigure?.cell.value, 47)
        XCTAssertNotNil(s.find("awards.by-campaign.bao-ve-bien-gioi.BK_TINH.unit"), s.text)
        XCTAssertNotNil(s.find("Tập thể: 47"), s.text)
        app.handle(.enter)
        let records = try XCTUnwrap(app.top as? ListView)
        XCTAssertEqual(records.rows.count, 47)
        s = screen(app)
        XCTAssertTrue(s.row(0).contains("Hồ sơ sau số liệu (47)"), s.row(0))
        XCTAssertNotNil(s.find("1/47"), s.text)
        // Every record is a collective's provincial certificate of the campaign, in the Cao Bằng years.
        let ws = try Workspace(root: dataDir, user: "khoa")
        let byId = Dictionary(uniqueKeysWithValues: (2014...2018).flatMap { ws.awards(year: $0) }.map { ($0.value.id, $0.value) })
        for row in records.rows {
            let award = try XCTUnwrap(byId[row.cells[1]], row.cells[1])
            XCTAssertEqual(award.nominee.kind, .unit)
            XCTAssertEqual(award.awardCode, "BK_TINH")
            XCTAssertEqual(award.campaignId, "bao-ve-bien-gioi")
            XCTAssertEqual(row.cells[0], String(award.year))
        }
        XCTAssertTrue(s.rows[3].contains("cb-") && s.rows[3].contains("BK_TINH"), s.rows[3])
        app.handle(.escape)
        XCTAssertTrue(app.top === figures)
    }

    func testSaveRefusesAMissingFolderWithTheDomainMessage() throws {
        let app = makeApp()
        _ = try openPreview(app, from: 2025, to: 2025)
        app.handle(.function(2))
        let form = try XCTUnwrap(app.top as? FormView)
        app.handle(.tab)
        app.handle(.ctrl("u"))
        let target = outDir + "/khong-co/bao-cao.txt"
        type(app, target)
        app.handle(.function(2))
        let s = screen(app)
        // The path is long and the dialog wraps it: compare without spaces.
        XCTAssertTrue(flat(s).replacingOccurrences(of: " ", with: "").contains("thưmục'\(outDir!)/khong-co'khôngtồntại"), s.text)
        XCTAssertTrue(app.top is MessageDialog)
        app.handle(.enter)
        XCTAssertTrue(app.top === form)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }

    func testSavingAsCSVAndConfirmingBeforeOverwriting() throws {
        let app = makeApp()
        _ = try openPreview(app, from: 2014, to: 2018)
        let target = outDir + "/tong-ket.csv"
        func saveAs() throws {
            app.handle(.function(2))
            let form = try XCTUnwrap(app.top as? FormView)
            for _ in 0..<4 where form.field("format")?.value != "csv (.csv)" { app.handle(.right) }
            XCTAssertEqual(form.field("format")?.value, "csv (.csv)")
            app.handle(.tab); app.handle(.ctrl("u")); type(app, target)
            app.handle(.enter)
        }
        try saveAs()
        XCTAssertTrue(app.top is ReportPreviewView, screen(app).text)
        XCTAssertTrue(screen(app).row(22).contains("Đã ghi báo cáo vào"), screen(app).row(22))
        let first = try XCTUnwrap(FileManager.default.contents(atPath: target))
        XCTAssertEqual(Array(first.prefix(3)), [0xEF, 0xBB, 0xBF], "CSV for Excel")
        XCTAssertTrue(String(decoding: first, as: UTF8.self).contains("BÁO CÁO"))
        // Again: the file exists, so the screen asks; No keeps it, Yes replaces it.
        try Data("cũ".utf8).write(to: URL(fileURLWithPath: target))
        try saveAs()
        XCTAssertTrue(app.top is ConfirmDialog)
        XCTAssertNotNil(screen(app).find("Ghi đè tệp?"))
        app.handle(.char("k"))
        XCTAssertTrue(app.top is FormView)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "cũ")
        app.handle(.enter)
        XCTAssertTrue(app.top is ConfirmDialog)
        app.handle(.char("c"))
        XCTAssertTrue(app.top is ReportPreviewView, screen(app).text)
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).contains("BÁO CÁO"))
    }

    func testPrintingWithoutAPrinterOrWithoutLpShowsWhy() throws {
        // An `lp` on PATH that fails as CUPS does without a default printer, then a PATH without lp or lpr.
        let bin = outDir + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\necho 'lp: Error - No default destination.' >&2\nexit 1\n".write(toFile: bin + "/lp", atomically: true, encoding: .utf8)
        chmod(bin + "/lp", 0o755)
        let savedPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        defer { setenv("PATH", savedPath, 1) }
        for (path, needles) in [(bin, ["thất bại", "No default destination", "chưa chọn máy in"]),
                                (outDir!, ["không tìm thấy lệnh in lp"])] {
            setenv("PATH", path, 1)
            let app = makeApp()
            _ = try openPreview(app, from: 2025, to: 2025)
            app.handle(.char("p"))
            XCTAssertNotNil(screen(app).find("PDF"), screen(app).text)
            XCTAssertTrue(flat(screen(app)).contains("máy in mặc định"), screen(app).text)
            app.handle(.enter)
            let s = screen(app)
            XCTAssertTrue(app.top is MessageDialog, s.text)
            XCTAssertNotNil(s.find("Không in được"), s.text)
            for needle in needles + ["không có máy in nào trả lời"] {
                XCTAssertTrue(flat(s).replacingOccurrences(of: " ", with: "").contains(needle.replacingOccurrences(of: " ", with: "")),
                              "\(needle): \(s.text)")
            }
        }
    }

    func testSaveFormStartsAtHomeThenRemembersFolderAndFormat() throws {
        let app = makeApp()
        _ = try openPreview(app, from: 2025, to: 2025)
        app.handle(.function(2))
        var form = try XCTUnwrap(app.top as? FormView)
        XCTAssertEqual(form.field("format")?.value, "pdf (.pdf)")
        XCTAssertEqual(form.field("path")?.value, NSHomeDirectory() + "/summary-2025.pdf")
        app.handle(.tab); app.handle(.ctrl("u")); type(app, outDir + "/tong-ket-2025.pdf")
        app.handle(.enter)
        XCTAssertTrue(app.top is ReportPreviewView, screen(app).text)
        let pdf = try XCTUnwrap(FileManager.default.contents(atPath: outDir + "/tong-ket-2025.pdf"))
        XCTAssertEqual(String(decoding: pdf.prefix(8), as: UTF8.self), "%PDF-1.7")
        app.handle(.function(2))
        form = try XCTUnwrap(app.top as? FormView)
        XCTAssertEqual(form.field("path")?.value, outDir + "/summary-2025.pdf")
        XCTAssertEqual(form.field("format")?.value, "pdf (.pdf)")
        // Saving into the data directory is refused with the domain's reason.
        app.handle(.tab); app.handle(.ctrl("u")); type(app, dataDir + "/bao-cao.pdf")
        app.handle(.enter)
        XCTAssertTrue(flat(screen(app)).contains("thư mục dữ liệu"), screen(app).text)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataDir + "/bao-cao.pdf"))
    }

    func testEnglishAndAStatisticsFormTakesOneYear() throws {
        let app = makeApp("en")
        app.handle([.char("6")])  // Báo cáo: its one screen opens at once
        let list = try XCTUnwrap(app.top as? ListView)
        XCTAssertNotNil(screen(app).find("Year-end summary report"))
        let formIndex = try XCTUnwrap(list.rows.firstIndex { $0.id == "form-0603" })
        for _ in 0..<formIndex { app.handle(.down) }
        app.handle(.enter)
        let form = try XCTUnwrap(app.top as? FormView)
        XCTAssertEqual(form.fields.map(\.id), ["from"])
        XCTAssertNotNil(screen(app).find("Year"))
        app.handle(.ctrl("u")); type(app, "2016")
        app.handle(.enter)
        XCTAssertTrue(app.top is ReportPreviewView, screen(app).text)
        XCTAssertNotNil(screen(app).find("0603"), screen(app).text)
        XCTAssertTrue(screen(app).row(23).contains("F9 Actions"), screen(app).row(23))
        app.handle(.escape)
        XCTAssertTrue(app.top === form)
    }

    func testRangeEndingBeforeItStartsIsRefusedByTheDomain() throws {
        let app = makeApp()
        app.handle([.char("6"), .enter])  // Báo cáo (its one screen), then the first report
        app.handle(.ctrl("u")); type(app, "2018")
        app.handle(.tab); app.handle(.ctrl("u")); type(app, "2014")
        app.handle(.enter)
        XCTAssertTrue(app.top is MessageDialog)
        XCTAssertTrue(flat(screen(app)).contains("năm cuối 2014 trước năm đầu 2018"), screen(app).text)
        app.handle(.enter)
        XCTAssertTrue(app.top is FormView)
    }
}
