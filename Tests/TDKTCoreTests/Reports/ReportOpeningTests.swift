import XCTest
@testable import TDKTCore
import TDKTTestKit
import TDKTFormats

/// A report's opening: the year-end summary's campaigns, made from the office's settings and the campaigns
/// alone, so that a preview shows its first page before the year's records are read.
final class ReportOpeningTests: XCTestCase {
    func testTheSummarysOpeningIsItsFirstBlocksEndingBeforeAHeading() throws {
        let root = TestDirectories.make("report-opening")
        try ProvinceGenerator.small(seed: 5, years: 6, people: 200, awardsPerYear: 60).writeIndexed(to: root, user: "tester")
        let ws = try Workspace(root: root, user: "tester")
        let last = try XCTUnwrap(ws.awardYears().max())
        for period in [try ReportPeriod(year: last), try ReportPeriod(from: last - 2, to: last)] {
            let whole = try Reports.document("summary", period: period, workspace: ws)
            let opening = try XCTUnwrap(Reports.opening("summary", period: period, data: Reports.openingData(ws)))
            XCTAssertEqual(opening.blocks.count, 6, "the introduction, part I, its section 1, the campaigns' paragraph and two tables")
            XCTAssertEqual(Array(whole.blocks.prefix(opening.blocks.count)), opening.blocks, "\(period)")
            XCTAssertEqual([opening.id, opening.typeName, opening.subject], [whole.id, whole.typeName, whole.subject])
            XCTAssertEqual(opening.isOfficial, whole.isOfficial)
            XCTAssertTrue(opening.tables[1].rows.count > 3, "the period's campaigns listed")
            // What follows is a heading, which nothing before it is kept with on a page.
            guard case .heading = whole.blocks[opening.blocks.count] else { return XCTFail("\(whole.blocks[opening.blocks.count])") }
        }
        XCTAssertNil(Reports.opening("awards-unit", period: try ReportPeriod(year: last), data: Reports.openingData(ws)),
                     "a report without an opening")
    }

    /// Laid out without the document's end, the opening's pages hold the same text in the same places as the
    /// whole document's first pages, the last of them cut where the opening ends.
    func testTheOpeningsPagesBeginTheWholeDocumentsPages() throws {
        let root = TestDirectories.make("report-opening-pages")
        try ProvinceGenerator.small(seed: 9, years: 4, people: 150, awardsPerYear: 40).writeIndexed(to: root, user: "tester")
        let ws = try Workspace(root: root, user: "tester")
        let period = try ReportPeriod(year: try XCTUnwrap(ws.awardYears().max()))
        let renderer = PDFRenderer(frame: DocumentFrame.standard(config: ws.config, date: nil, year: 2026))
        let whole = try renderer.pageFlow(try Reports.document("summary", period: period, workspace: ws)).allPages()
        let openingDocument = try XCTUnwrap(Reports.opening("summary", period: period, data: Reports.openingData(ws)))
        let opening = try renderer.pageFlow(openingDocument, whole: false).allPages()
        let cut = try renderer.pageFlow(openingDocument).allPages()
        XCTAssertGreaterThan(whole.count, opening.count)
        // Top to bottom, left to right (the page number, in the top margin, is drawn last).
        func texts(_ p: PDFPage) -> [String] {
            p.texts.sorted { ($0.baseline, $0.x) < ($1.baseline, $1.x) }.map { "\($0.x) \($0.baseline) \($0.text)" }
        }
        for (i, page) in opening.enumerated() {
            let shown = texts(page), printed = texts(whole[i])
            if i < opening.count - 1 {
                XCTAssertEqual(shown, printed, "page \(i + 1)")
            } else {
                XCTAssertEqual(Array(printed.prefix(shown.count)), shown, "the last page begins as the document's")
                XCTAssertLessThan(shown.count, printed.count)
            }
        }
        // Laid out as a whole document, the same blocks end with the signature: not the document's pages.
        XCTAssertNotEqual(cut.map(texts), Array(whole.prefix(cut.count)).map(texts))
    }
}
