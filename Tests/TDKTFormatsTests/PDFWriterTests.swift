import Foundation
import XCTest
@testable import TDKTFormats

final class PDFWriterTests: XCTestCase {
    static let vietnamese = "Căn cứ Luật Thi đua, khen thưởng năm 2022, Sở Nội vụ tỉnh Thái Nguyên đề nghị tặng Bằng khen "
        + "cho ông Nguyễn Văn Ưng, bà Trịnh Thị Hường và tập thể Trường THPT Lương Ngọc Quyến đã có thành tích xuất sắc."

    private func render(_ blocks: [PDFBlock], compress: Bool = true, subset: Bool = true) throws -> Data {
        try PDFWriter(family: TestFonts.family(), compress: compress, subset: subset)
            .render(PDFDocument(blocks: blocks, title: "Thử nghiệm"))
    }

    private func words(_ s: String) -> [String] { s.split(whereSeparator: \.isWhitespace).map(String.init) }

    func testVietnameseTextIsExtractedIntactInReadingOrder() throws {
        for (compress, subset) in [(true, true), (false, false)] {
            let pdf = try render([
                .paragraph(PDFParagraph("BÁO CÁO", style: .bold, size: 14, alignment: .center)),
                .paragraph(PDFParagraph(Self.vietnamese, size: 14, alignment: .justify, firstLineIndent: 28)),
                .paragraph(PDFParagraph("Nơi nhận: Lưu VT, TĐKT.", style: .italic, size: 12)),
            ], compress: compress, subset: subset)
            let text = try Poppler.text(pdf)
            XCTAssertEqual(words(text), words("BÁO CÁO " + Self.vietnamese + " Nơi nhận: Lưu VT, TĐKT."),
                           "compress \(compress), subset \(subset)")
            let info = try Poppler.info(pdf)
            XCTAssertEqual(info["Page size"], "595 x 842 pts (A4)")
            XCTAssertEqual(info["Pages"], "1")
            XCTAssertEqual(info["Title"], "Thử nghiệm")
        }
    }

    func testDecomposedInputIsWrittenAsNFC() throws {
        let decomposed = "Nguyễn Thị Hường".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.unicodeScalars), Array("Nguyễn Thị Hường".unicodeScalars))
        let text = try Poppler.text(render([.paragraph(PDFParagraph(decomposed))]))
        XCTAssertEqual(text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            .unicodeScalars.count, "Nguyễn Thị Hường".unicodeScalars.count)
        XCTAssertTrue(text.contains("Nguyễn Thị Hường"))
    }

    func testCharactersNoFontHasDoNotBreakTheFile() throws {
        let pdf = try render([.paragraph(PDFParagraph("Mã 漢字 \u{10FFFD} ✓ kết thúc"))])
        let text = try Poppler.text(pdf)
        XCTAssertTrue(text.contains("Mã"))
        XCTAssertTrue(text.contains("kết thúc"))
        XCTAssertEqual(try Poppler.info(pdf)["Pages"], "1")
    }

    func testBlanksToWriteInByHandKeepTheirWidth() throws {
        let family = try TestFonts.family()
        let layout = PDFLayout(family: family)
        let page = layout.layout(PDFDocument(blocks: [.paragraph(PDFParagraph("Số:      /BC-SNV"))]))[0]
        XCTAssertEqual(page.texts.count, 1)
        let expected = layout.width("Số:", size: 13) + 6 * layout.width(" ", size: 13) + layout.width("/BC-SNV", size: 13)
        XCTAssertEqual(page.texts[0].width, expected, accuracy: 0.01)
        XCTAssertEqual(page.texts[0].text, "Số:      /BC-SNV")
    }

    func testLinesNeverExceedTheMeasureAndJustifiedLinesFillIt() throws {
        let family = try TestFonts.family()
        let layout = PDFLayout(family: family)
        let setup = PDFPageSetup.a4Decree30
        let doc = PDFDocument(blocks: [.paragraph(PDFParagraph(String(repeating: Self.vietnamese + " ", count: 4), size: 14,
                                                               alignment: .justify))])
        let page = layout.layout(doc)[0]
        let byLine = Dictionary(grouping: page.texts, by: { Int($0.baseline * 100) }).sorted { $0.key < $1.key }.map(\.value)
        XCTAssertGreaterThan(byLine.count, 10)
        let right = setup.left + setup.contentWidth
        for (i, line) in byLine.enumerated() {
            let end = line.map { $0.x + $0.width + $0.gapExtra * Double($0.text.filter { $0 == " " }.count) }.max()!
            XCTAssertLessThanOrEqual(end, right + 0.5)
            XCTAssertGreaterThanOrEqual(line.map(\.x).min()!, setup.left - 0.01)
            if i < byLine.count - 1 { XCTAssertEqual(end, right, accuracy: 1.0, "line \(i) is not justified") }
        }
    }

    func testAWordLongerThanTheLineIsCutNotOverflowed() throws {
        let layout = PDFLayout(family: try TestFonts.family())
        let long = String(repeating: "Nghiêng", count: 40)
        let page = layout.layout(PDFDocument(blocks: [.paragraph(PDFParagraph(long))]))[0]
        XCTAssertGreaterThan(page.texts.count, 1)
        for t in page.texts { XCTAssertLessThanOrEqual(t.x + t.width, PDFPageSetup.a4Decree30.width - PDFPageSetup.a4Decree30.right + 0.5) }
        XCTAssertEqual(page.texts.map(\.text).joined(), long)
    }

    private func longTable(rows: Int) -> PDFTable {
        PDFTable(columns: [.init(alignment: .right), .init(), .init(), .init(alignment: .right)],
                 header: ["STT", "Họ và tên", "Đơn vị", "Số tiền (đồng)"],
                 rows: (1...rows).map { PDFTable.Row(["\($0)", "Nguyễn Văn Ân \($0)",
                                                       $0 % 7 == 0 ? "Trường THPT Lương Ngọc Quyến, thành phố Thái Nguyên, tỉnh Thái Nguyên, khối giáo dục và đào tạo, ngành giáo dục" : "Sở Nội vụ",
                                                       "1.490.000"]) }
                     + [PDFTable.Row(["", "Tổng cộng", "", "149.000.000"], bold: true)])
    }

    func testTableHeaderRepeatsOnEveryPageAndRowsStayWhole() throws {
        let table = longTable(rows: 100)
        let blocks: [PDFBlock] = [.paragraph(PDFParagraph("Danh sách kèm theo", style: .bold, alignment: .center)), .table(table)]
        let layout = PDFLayout(family: try TestFonts.family())
        let pages = layout.layout(PDFDocument(blocks: blocks))
        XCTAssertGreaterThanOrEqual(pages.count, 3)
        var seen: [Int] = []
        for (p, page) in pages.enumerated() {
            XCTAssertTrue(page.texts.contains { $0.text == "Họ và tên" && $0.style == .bold }, "no header on page \(p + 1)")
            // Each row's name and amount are on the same page as its number: the row was not split.
            for t in page.texts where t.x < 120 {
                guard let n = Int(t.text) else { continue }
                seen.append(n)
                XCTAssertTrue(page.texts.contains { $0.text == "Nguyễn Văn Ân \(n)" }, "row \(n) split on page \(p + 1)")
            }
            // The rows with a long unit name wrap to two lines; both lines are on the row's page.
            let wrapped = page.texts.filter { $0.x < 120 && Int($0.text).map { $0 % 7 == 0 } == true }.count
            XCTAssertEqual(page.texts.filter { $0.text.contains("khối giáo dục") }.count, wrapped, "page \(p + 1)")
            for t in page.texts { XCTAssertLessThanOrEqual(t.baseline, 842 - PDFPageSetup.a4Decree30.bottom + 0.5) }
        }
        XCTAssertEqual(seen, Array(1...100))

        let pdf = PDFWriter(family: layout.family).write(pages, setup: .a4Decree30, title: "")
        XCTAssertEqual(try Poppler.info(pdf)["Pages"], String(pages.count))
        for p in 1...pages.count {
            let text = try Poppler.text(pdf, page: p)
            XCTAssertTrue(text.contains("Họ và tên"), "pdftotext finds no header on page \(p)")
            if p > 1 { XCTAssertTrue(text.hasPrefix(String(p)) || text.contains("\n\(p)\n"), "no page number \(p)") }
        }
        XCTAssertTrue(try Poppler.text(pdf).contains("149.000.000"))
    }

    func testCaptionKeptWithItsTable() throws {
        let layout = PDFLayout(family: try TestFonts.family())
        // Fill the page with text so the caption would fall on the last line.
        for filler in 30...42 {
            var blocks: [PDFBlock] = (0..<filler).map { .paragraph(PDFParagraph("Dòng \($0)")) }
            blocks.append(.paragraph(PDFParagraph("Bảng 1. Khen thưởng", style: .italic, alignment: .center, keepWithNext: true)))
            blocks.append(.table(longTable(rows: 3)))
            let pages = layout.layout(PDFDocument(blocks: blocks))
            let captionPage = pages.firstIndex { $0.texts.contains { $0.text == "Bảng 1. Khen thưởng" } }
            let headerPage = pages.firstIndex { $0.texts.contains { $0.text == "Họ và tên" } }
            let firstRowPage = pages.firstIndex { $0.texts.contains { $0.text == "Nguyễn Văn Ân 1" } }
            XCTAssertEqual(captionPage, headerPage, "\(filler) lines before")
            XCTAssertEqual(headerPage, firstRowPage, "\(filler) lines before")
        }
    }

    func testASignatureIsNeverAloneOnItsPage() throws {
        let layout = PDFLayout(family: try TestFonts.family())
        let closing = PDFBlock.columns(PDFColumns([
            .init(weight: 1, paragraphs: [PDFParagraph("Nơi nhận:", style: .boldItalic), PDFParagraph("- Lưu: VT.")]),
            .init(weight: 1, paragraphs: [PDFParagraph("GIÁM ĐỐC", style: .bold, alignment: .center), PDFParagraph(" ", spaceAfter: 50),
                                          PDFParagraph("Nguyễn Văn A", style: .bold, alignment: .center)]),
        ], spaceBefore: 12, keepWithPrevious: true))
        var moved = 0
        for filler in stride(from: 0, through: 40, by: 2) {
            let blocks: [PDFBlock] = (0..<filler).map { .paragraph(PDFParagraph("Dòng \($0)")) } + [.table(longTable(rows: 20)), closing]
            let pages = layout.layout(PDFDocument(blocks: blocks))
            let signed = try XCTUnwrap(pages.firstIndex { $0.texts.contains { $0.text == "GIÁM ĐỐC" } })
            XCTAssertTrue(pages[signed].texts.contains { $0.text == "Nguyễn Văn Ân 20" || $0.text == "149.000.000" },
                          "\(filler) lines before: the signature's page has no row of the table")
            XCTAssertTrue(pages[signed].texts.contains { $0.text == "Nguyễn Văn A" }, "signature split from its name")
            if pages[signed].texts.contains(where: { $0.text == "Họ và tên" }) && signed > 0 { moved += 1 }
        }
        XCTAssertGreaterThan(moved, 0, "some layouts carried the table's end over to the signature's page")
    }

    func testSideBySideBlocksStayTogether() throws {
        let layout = PDFLayout(family: try TestFonts.family())
        var blocks: [PDFBlock] = (0..<44).map { .paragraph(PDFParagraph("Dòng \($0)")) }
        blocks.append(.columns(PDFColumns([
            .init(weight: 1, paragraphs: [PDFParagraph("Nơi nhận:", style: .boldItalic), PDFParagraph("- Lưu: VT.")]),
            .init(weight: 1, paragraphs: [PDFParagraph("GIÁM ĐỐC", style: .bold, alignment: .center), PDFParagraph(" "),
                                          PDFParagraph(" "), PDFParagraph("Nguyễn Văn A", style: .bold, alignment: .center)]),
        ])))
        let pages = layout.layout(PDFDocument(blocks: blocks))
        let last = try XCTUnwrap(pages.last)
        XCTAssertTrue(last.texts.contains { $0.text == "Nơi nhận:" })
        XCTAssertTrue(last.texts.contains { $0.text == "Nguyễn Văn A" })
        XCTAssertTrue(last.texts.contains { $0.text == "GIÁM ĐỐC" })
    }

    /// Decree 30/2020: margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. The writer's A4 page
    /// uses the smallest of each; nothing but the page number (centred in the top margin) may be drawn there.
    func testMarginsAreBlankOnTheRenderedPage() throws {
        var blocks: [PDFBlock] = []
        for _ in 0..<6 { blocks.append(.paragraph(PDFParagraph(Self.vietnamese, size: 14, alignment: .justify, spaceAfter: 6))) }
        blocks.append(.table(longTable(rows: 60)))
        let pdf = try render(blocks)
        let dpi = 72
        for pageNumber in 1...2 {
            let (w, h, pixels) = try Poppler.gray(pdf, page: pageNumber, dpi: dpi)
            XCTAssertEqual(w, 595); XCTAssertEqual(h, 842)
            let mm = { (v: Double) in Int((v * Double(dpi) / 25.4).rounded(.down)) }
            let top = mm(20) - 1, bottom = h - mm(20) + 1, left = mm(30) - 1, right = w - mm(15) + 1
            var inked = 0, inkedInside = 0
            for y in 0..<h {
                for x in 0..<w where pixels[y * w + x] < 200 {
                    let inMargin = y < top || y >= bottom || x < left || x >= right
                    // The page number: centred over the text block, in the top margin.
                    let pageNumberBox = pageNumber > 1 && y < top && y > mm(5) && abs(x - (left + right) / 2) < 15
                    if inMargin && !pageNumberBox { inked += 1 }
                    if !inMargin { inkedInside += 1 }
                }
            }
            XCTAssertEqual(inked, 0, "ink in the margins of page \(pageNumber)")
            XCTAssertGreaterThan(inkedInside, 5000, "page \(pageNumber) is empty")
        }
    }
}
