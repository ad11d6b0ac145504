import Foundation
import XCTest
@testable import TDKTFormats

/// The layout a page at a time (PDFPageFlow) against the whole document laid out in one go: the same pages,
/// the same PDF bytes, and only the pages asked for laid out.
final class PDFPageFlowTests: XCTestCase {
    /// The layout as it was before pages came a few at a time: every block measured first, then placed whole.
    private func layOutInOneGo(_ doc: PDFDocument, _ layout: PDFLayout) -> [PDFPage] {
        var state = PDFLayout.PageState(setup: doc.page)
        let prepared = doc.blocks.map { layout.prepare($0, width: doc.page.contentWidth) }
        for (i, block) in prepared.enumerated() {
            if block.keepWithNext && !state.isPageEmpty {
                var needed = 0.0, j = i
                while j < prepared.count {
                    if prepared[j].keepWithNext { needed += prepared[j].height; j += 1 } else { needed += prepared[j].minimumStart; break }
                }
                if needed <= doc.page.contentHeight && state.y + needed > state.bottom { state.newPage() }
            }
            if case let .table(t) = block, i + 1 < prepared.count, case let .columns(c, _, _, _) = prepared[i + 1], c.keepWithPrevious {
                layout.place(t, rows: 0..<t.rowCount, reserveAfterLastRow: prepared[i + 1].height, in: &state)
            } else {
                layout.place(block, in: &state)
            }
        }
        var pages = state.pages
        for i in pages.indices { layout.number(&pages[i], index: i, style: doc.pageNumbers, setup: doc.page) }
        return pages
    }

    /// A long report: headings kept with what follows, justified text, tables short and long (one with a row
    /// taller than a page), a signature kept with the end of its table, page breaks and space.
    static func longReport(sections: Int = 12) -> PDFDocument {
        var blocks: [PDFBlock] = [.columns(PDFColumns([
            .init(weight: 0.42, paragraphs: [PDFParagraph("UBND TỈNH THÁI NGUYÊN", size: 12.5, alignment: .center),
                                             PDFParagraph("SỞ NỘI VỤ", style: .bold, size: 12.5, alignment: .center, rule: .textFraction(0.4))]),
            .init(weight: 0.58, paragraphs: [PDFParagraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: .bold, size: 12, alignment: .center),
                                             PDFParagraph("Độc lập - Tự do - Hạnh phúc", style: .bold, size: 13.5, alignment: .center, rule: .textWidth)]),
        ]))]
        blocks.append(.paragraph(PDFParagraph("BÁO CÁO", style: .bold, size: 14, alignment: .center, spaceBefore: 18, keepWithNext: true)))
        for s in 0..<sections {
            blocks.append(.paragraph(PDFParagraph("\(s + 1). Mục thứ \(s + 1)", style: .bold, size: 14, alignment: .justify,
                                                  spaceBefore: 10, spaceAfter: 4, keepWithNext: true)))
            for k in 0..<(s % 4 + 1) {
                blocks.append(.paragraph(PDFParagraph(String(repeating: PDFWriterTests.vietnamese + " ", count: k + 1), size: 14,
                                                      alignment: .justify, firstLineIndent: 28, spaceAfter: 6)))
            }
            blocks.append(.paragraph(PDFParagraph("Bảng \(s + 1). Khen thưởng", style: .italic, size: 13, alignment: .center,
                                                  spaceBefore: 4, spaceAfter: 2, keepWithNext: true)))
            let rows = [3, 40, 170, 9][s % 4]
            let tall = s == 5 ? [PDFTable.Row(["0", String(repeating: "Thành tích xuất sắc trong phong trào thi đua. ", count: 700), "", "1"])] : []
            blocks.append(.table(PDFTable(
                columns: [.init(alignment: .right), .init(), .init(), .init(alignment: .right)],
                header: ["TT", "Họ và tên", "Đơn vị", "Số tiền"],
                rows: tall + (1...rows).map { r in
                    PDFTable.Row(["\(r)", "Nguyễn Văn Ân \(s)-\(r)", r % 7 == 0 ? "Trường THPT Lương Ngọc Quyến, thành phố Thái Nguyên, tỉnh Thái Nguyên" : "Sở Nội vụ",
                                  "1.490.000"], bold: r == rows)
                }, size: s % 3 == 0 ? 9.5 : 11.5)))
            if s % 4 == 2 {
                blocks.append(.columns(PDFColumns([
                    .init(weight: 0.5, paragraphs: [PDFParagraph("Nơi nhận:", style: .boldItalic, size: 12), PDFParagraph("- Lưu: VT.", size: 11)]),
                    .init(weight: 0.5, paragraphs: [PDFParagraph("GIÁM ĐỐC", style: .bold, size: 13.5, alignment: .center),
                                                    PDFParagraph(" ", size: 13.5, spaceAfter: 56),
                                                    PDFParagraph("Nguyễn Văn A", style: .bold, size: 13.5, alignment: .center)]),
                ], spaceBefore: 12, keepWithPrevious: true)))
            }
            blocks.append(s % 5 == 4 ? .pageBreak : .space(8))
        }
        return PDFDocument(blocks: blocks, title: "Báo cáo thử")
    }

    func testPagesAskedForOneAtATimeAreThoseOfTheWholeLayout() throws {
        let layout = PDFLayout(family: try TestFonts.family())
        let doc = Self.longReport()
        let whole = layOutInOneGo(doc, layout)
        XCTAssertGreaterThan(whole.count, 30)
        XCTAssertEqual(layout.layout(doc), whole)
        // Long tables are also measured in slices of rows (the default slice is longer than these tables).
        for (rowsPerStep, measured) in [(1, 7), (16, 400), (1000, 50), (5, 1)] {
            let flow = PDFPageFlow(layout: layout, document: doc, rowsPerStep: rowsPerStep, rowsMeasuredPerStep: measured)
            var pages: [PDFPage] = []
            while let page = flow.page(pages.count) { pages.append(page) }
            XCTAssertEqual(pages.count, whole.count, "\(rowsPerStep) rows placed, \(measured) measured a step")
            XCTAssertEqual(pages, whole, "\(rowsPerStep) rows placed, \(measured) measured a step")
            XCTAssertEqual(flow.pageCount, whole.count)
        }
        for style in [PDFPageNumbers.none, .bottomCenter] {
            var numbered = doc
            numbered.pageNumbers = style
            XCTAssertEqual(PDFPageFlow(layout: layout, document: numbered, rowsPerStep: 3).allPages(), layOutInOneGo(numbered, layout))
        }
        XCTAssertEqual(layout.layout(PDFDocument(blocks: [])), layOutInOneGo(PDFDocument(blocks: []), layout))
    }

    func testThePDFWrittenFromPagesLaidOutInStepsIsByteForByteTheSame() throws {
        let family = try TestFonts.family()
        let layout = PDFLayout(family: family)
        let doc = Self.longReport()
        let writer = PDFWriter(family: family)
        let whole = writer.write(layOutInOneGo(doc, layout), setup: doc.page, title: doc.title)
        let flow = PDFPageFlow(layout: layout, document: doc, rowsPerStep: 5, rowsMeasuredPerStep: 30)
        _ = flow.page(3)
        flow.layOut(pages: 7)
        XCTAssertEqual(writer.write(flow.allPages(), setup: doc.page, title: doc.title), whole)
        XCTAssertEqual(writer.render(doc), whole)
    }

    func testTheFirstPageNeedsOnlyTheFirstPagesLaidOut() throws {
        let layout = PDFLayout(family: try TestFonts.family())
        let flow = PDFPageFlow(layout: layout, document: Self.longReport())
        let first = try XCTUnwrap(flow.page(0))
        XCTAssertTrue(first.texts.contains { $0.text == "BÁO CÁO" })
        XCTAssertFalse(flow.isComplete)
        XCTAssertNil(flow.pageCount)
        XCTAssertLessThanOrEqual(flow.pages.count, 2, "asking for page 1 laid out \(flow.pages.count) pages")
        flow.layOut(pages: 3)
        XCTAssertGreaterThanOrEqual(flow.pages.count, 4)
        XCTAssertLessThanOrEqual(flow.pages.count, 6)
        XCTAssertNil(flow.page(10_000))
        XCTAssertTrue(flow.isComplete)
        XCTAssertEqual(flow.pageCount, flow.pages.count)
        XCTAssertFalse(flow.step())
    }

    func testALongTableIsMeasuredASliceOfRowsAStepBeforeItsFirstRowIsPlaced() throws {
        let layout = PDFLayout(family: try TestFonts.family())
        let rows = (1...1000).map { PDFTable.Row(["\($0)", "Nguyễn Văn Ân \($0)", $0 == 999 ? "Trường THPT Lương Ngọc Quyến, thành phố Thái Nguyên" : "Sở Nội vụ"]) }
        let doc = PDFDocument(blocks: [.paragraph(PDFParagraph("Bảng 1", keepWithNext: true)),
                                       .table(PDFTable(columns: [.init(), .init(), .init()], header: ["TT", "Họ và tên", "Đơn vị"], rows: rows))])
        let flow = PDFPageFlow(layout: layout, document: doc, rowsMeasuredPerStep: 100)
        // Ten steps measure the table (its caption looks ahead to it), the eleventh places the caption.
        for _ in 0..<10 { flow.step() }
        XCTAssertEqual(flow.blocksPlaced, 0)
        flow.step()
        XCTAssertEqual(flow.blocksPlaced, 1)
        XCTAssertEqual(PDFPageFlow(layout: layout, document: doc, rowsMeasuredPerStep: 100).allPages(), layout.layout(doc))
        // The widest cell, in row 999, sized the column from the first page on.
        XCTAssertEqual(try XCTUnwrap(flow.page(0)), layOutInOneGo(doc, layout)[0])
    }
}
