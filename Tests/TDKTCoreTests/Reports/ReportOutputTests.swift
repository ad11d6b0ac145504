import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// The three outputs: aligned plain text with page breaks, CSV for Excel, HTML in the Decree 30 layout.
final class ReportOutputTests: XCTestCase {
    /// Names with stacked marks, in NFC and NFD, and one with control characters and markup.
    func vietnameseData() -> ReportData {
        let units = [Unit(id: "xa-e", name: "UBND xã Ệ Ỷ Ữ", kind: .commune),
                     Unit(id: "so-gd", name: ReportFixtures.nfd("Sở Giáo dục và Đào tạo"), kind: .department),
                     Unit(id: "dn", name: "Công ty TNHH Ánh Dương", kind: .enterprise)]
        var evil = Unit(id: "evil", name: "x", kind: .other)
        // Set after init, as a file edited by hand would be decoded: the model's cleaning is bypassed.
        evil.name = "<script>alert('x')</script>\u{1B}[31mĐỏ\u{1B}[0m & \u{202E}Ngược"
        var nfdPerson = Person(id: "p2", name: "x", unitId: "so-gd")
        nfdPerson.name = ReportFixtures.nfd("Trần Thị Ưng Ngọc Ỹ")
        let people = [Person(id: "p1", name: "Nguyễn Thị Ệ", unitId: "xa-e", category: .directWorker), nfdPerson,
                      Person(id: "p3", name: "Lê Văn A", unitId: "dn", category: .entrepreneur)]
        var awards: [AwardRecord] = []
        for (i, (who, code, year)) in [(NomineeRef(.person, "p1"), "BK_TINH", 2025), (NomineeRef(.person, "p2"), "LDTT", 2025),
                                       (NomineeRef(.unit, "xa-e"), "CO_TINH", 2025), (NomineeRef(.unit, "evil"), "BK_TINH", 2025),
                                       (NomineeRef(.person, "p3"), "CSTD_TINH", 2024), (NomineeRef(.unit, "dn"), "BK_TINH", 2025)].enumerated() {
            awards.append(AwardRecord(id: "r\(i)", year: year, nominee: who, awardCode: code, amount: 1_490_000, source: .imported))
        }
        return ReportData(config: ReportFixtures.config, units: units + [evil], people: people, awards: awards)
    }

    func testTableLinesHaveTheSameDisplayWidthWithVietnameseAndNFDNames() throws {
        let data = vietnameseData()
        let period = try ReportPeriod(year: 2025)
        for d in AwardDimension.allCases {
            let doc = ReportDocuments.awards(AwardTable.build(d, data: data, period: period), period: period)
            let (header, rows) = PlainTextRenderer.tableLines(doc.tables[0])
            let widths = Set((header + rows.joined()).map(DisplayWidth.of))
            XCTAssertEqual(widths.count, 1, "\(d): \(header + rows.joined())")
            XCTAssertLessThanOrEqual(widths.first ?? 0, 80, "fits 80 columns")
            // The NFD name is printed composed, and no line holds a control character.
            let text = PlainTextRenderer(pageLength: nil).render(doc, config: data.config)
            XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "\(d)")
            if d == .unit { XCTAssertTrue(text.contains("Sở Giáo dục và Đào tạo"), text) }
        }
        // Every table of the summary lines up too within 80 columns (comparison columns; long names wrap, never cut).
        let doc = ReportDocuments.summary(Summary.build(data: data, period: period), data: data)
        XCTAssertGreaterThan(doc.tables.count, 4)
        for t in doc.tables {
            let (header, rows) = PlainTextRenderer.tableLines(t)
            let lines = header + rows.joined()
            XCTAssertEqual(Set(lines.map(DisplayWidth.of)).count, 1, "\(t.caption ?? ""): \(lines)")
            XCTAssertLessThanOrEqual(DisplayWidth.of(lines[0]), 80, "\(t.caption ?? "")")
            XCTAssertFalse(lines.contains { $0.contains("…") }, "\(t.caption ?? ""): \(lines)")
        }
        // Column widths count display columns, not code points: an NFD name is as wide as its NFC form.
        let nfd = ReportDocument.Table(headers: ["Tên", "Số"], rows: [[ReportFixtures.nfd("Nguyễn Thị Ệ"), "1"], ["Nguyễn Thị Ê", "22"]], numeric: [1])
        let (h, r) = PlainTextRenderer.tableLines(nfd)
        XCTAssertEqual(Set((h + r.joined()).map(DisplayWidth.of)).count, 1, "\(h + r.joined())")
        XCTAssertTrue(r[0][0].hasPrefix("Nguyễn Thị Ệ   1"), r[0][0])
    }

    func testPlainTextBreaksPagesWithFormFeedsAndRepeatsHeaders() throws {
        let data = ReportFixtures.generated(seed: 7)
        let period = try ReportPeriod(from: 2016, to: 2025)
        let doc = ReportDocuments.awards(AwardTable.build(.unit, data: data, period: period), period: period)
        XCTAssertGreaterThan(doc.tables[0].rows.count, 40)
        let text = PlainTextRenderer(pageLength: 20).render(doc, config: data.config)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        XCTAssertGreaterThan(pages.count, 2)
        let (tableHeader, _) = PlainTextRenderer.tableLines(doc.tables[0])
        for (i, page) in pages.enumerated() {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            XCTAssertLessThanOrEqual(lines.count, 20, "page \(i + 1)")
            if i > 0 {
                XCTAssertTrue(lines[0].hasSuffix("Trang \(i + 1)"), String(lines[0]))
                XCTAssertTrue(lines.contains { $0 == tableHeader[0] }, "page \(i + 1) repeats the table header")
            }
        }
        // Without a page length: one page, no form feed (the preview).
        XCTAssertFalse(PlainTextRenderer(pageLength: nil).render(doc, config: data.config).contains("\u{0C}"))
    }

    func testCSVStartsWithBOMAndDecodesAsUTF8() throws {
        let data = vietnameseData()
        let period = try ReportPeriod(year: 2025)
        for id in ["summary", "awards-unit", "form-0603"] {
            let doc = try Reports.document(id, period: period, data: data)
            let bytes = Data(Reports.render(doc, format: .csv, config: data.config, period: period).utf8)
            XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], id)
            let decoded = try XCTUnwrap(String(data: bytes, encoding: .utf8), id)
            XCTAssertFalse(decoded.unicodeScalars.contains { $0.value == 0x1B }, id)
            if id != "form-0603" { XCTAssertTrue(decoded.contains("UBND xã Ệ Ỷ Ữ"), id) }
        }
        let awards = Reports.csv(ReportDocuments.awards(AwardTable.build(.unit, data: data, period: period), period: period))
        let lines = awards.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.first, "Mã,Đơn vị,Mã KT,\"Hình thức, danh hiệu\",Tập thể,Cá nhân,Hộ gia đình,Cộng")
        XCTAssertTrue(lines.last!.hasPrefix(",Tổng cộng,,,"), lines.last!)
        XCTAssertTrue(lines.last!.hasSuffix(",5"), lines.last!)
    }

    func testHTMLHasTheDecree30BlocksAndEscapesNames() throws {
        let data = vietnameseData()
        let period = try ReportPeriod(year: 2025)
        let doc = try Reports.document("summary", period: period, data: data)
        var frame = DocumentFrame.standard(config: data.config, date: CivilDate(2026, 1, 5), year: 2026)
        frame.number = 7
        frame.signerName = "Nguyễn Văn <b>Khoa</b>"
        let html = HTMLRenderer(frame: frame).render(doc)
        for needle in ["<meta charset=\"utf-8\">", "size: A4", "Times New Roman", "margin: 20mm 15mm 20mm 30mm",
                       "<div class=\"parent\">UBND TỈNH THÁI NGUYÊN</div>", "<div class=\"issuing\">SỞ NỘI VỤ TỈNH THÁI NGUYÊN</div>",
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 07/BC-SNV",
                       "Thái Nguyên, ngày 05 tháng 01 năm 2026", "<h1 class=\"type\">BÁO CÁO</h1>",
                       "Tổng kết công tác thi đua, khen thưởng năm 2025", "<h2>I. KẾT QUẢ THỰC HIỆN</h2>",
                       "<h2>II. ĐÁNH GIÁ CHUNG</h2>", "<h2>III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026</h2>", "class=\"placeholder\"",
                       "Nơi nhận:", "<li>Lưu: VT, TĐKT.</li>", "<td class=\"signature\"><div class=\"authority\">GIÁM ĐỐC</div>",
                       "Nguyễn Văn &lt;b&gt;Khoa&lt;/b&gt;", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"] {
            XCTAssertTrue(html.contains(needle), needle)
        }
        // Sections in order, recipients before the signature, on the left.
        let order = ["UBND TỈNH THÁI NGUYÊN", "Số: 07", "CỘNG HÒA", "ngày 05 tháng 01", "I. KẾT QUẢ", "II. ĐÁNH GIÁ", "III. PHƯƠNG HƯỚNG", "Nơi nhận:", "GIÁM ĐỐC"]
        let positions = order.map { html.range(of: $0)!.lowerBound }
        XCTAssertEqual(positions, positions.sorted())
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<b>Khoa"))
        XCTAssertFalse(html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        XCTAssertTrue(html.contains("[31mĐỏ"), "ESC removed, the rest kept")

        // A People's Committee signs on behalf of the collective body.
        var ubnd = data.config
        ubnd.officeName = "UBND tỉnh Thái Nguyên"
        let f2 = DocumentFrame.standard(config: ubnd, date: nil, year: 2026)
        XCTAssertEqual(f2.signature, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        XCTAssertEqual(f2.numberLine(typeAbbreviation: "BC"), "Số:       /BC-UBND")
        // Forms have the form code and the two signatures.
        let form = HTMLRenderer(frame: frame).render(try Reports.document("form-0603", period: period, data: data))
        XCTAssertTrue(form.contains("Biểu số 0603.N/BNV-TĐKT"))
        XCTAssertTrue(form.contains("NGƯỜI LẬP BIỂU") && form.contains("THỦ TRƯỞNG ĐƠN VỊ"))
    }

    func testDecree30DatesNumbersAndAbbreviations() {
        XCTAssertEqual(DocumentFrame.placeAndDate(place: "Thái Nguyên", date: CivilDate(2026, 1, 5)), "Thái Nguyên, ngày 05 tháng 01 năm 2026")
        XCTAssertEqual(DocumentFrame.placeAndDate(place: "Cao Bằng", date: CivilDate(2026, 2, 28)), "Cao Bằng, ngày 28 tháng 02 năm 2026")
        XCTAssertEqual(DocumentFrame.placeAndDate(place: "Cao Bằng", date: CivilDate(2025, 3, 9)), "Cao Bằng, ngày 09 tháng 3 năm 2025")
        XCTAssertEqual(DocumentFrame.placeAndDate(place: "Cao Bằng", date: CivilDate(2025, 12, 15)), "Cao Bằng, ngày 15 tháng 12 năm 2025")
        XCTAssertEqual(DocumentFrame.abbreviation(of: "Sở Nội vụ tỉnh Thái Nguyên"), "SNV")
        XCTAssertEqual(DocumentFrame.abbreviation(of: "Sở Giáo dục và Đào tạo"), "SGDĐT")
        XCTAssertEqual(DocumentFrame.abbreviation(of: "Ủy ban nhân dân tỉnh Cao Bằng"), "UBND")
        XCTAssertEqual(DocumentFrame.abbreviation(of: "UBND tỉnh Cao Bằng"), "UBND")
        var f = DocumentFrame.standard(config: ReportFixtures.config, date: nil, year: 2026)
        f.number = 12
        XCTAssertEqual(f.numberLine(typeAbbreviation: "BC"), "Số: 12/BC-SNV")
        XCTAssertEqual(f.placeAndDateLine, "Thái Nguyên, ngày      tháng      năm 2026")
        XCTAssertEqual(ReportNumber.grouped(1_490_000), "1.490.000")
        XCTAssertEqual(ReportNumber.delta(3, 5), "-2")
    }

    func testSummaryShowsClusterRankingFromAProvider() throws {
        struct Fixed: ClusterRankingProvider {
            func ranking(clusterId: String, year: Int) -> [ClusterRankingEntry]? {
                year == 2025 ? [ClusterRankingEntry(unitId: "u1", rank: 2), ClusterRankingEntry(unitId: "u0", rank: 1, score: 98)] : nil
            }
        }
        let data = ReportFixtures.generated(seed: 3)
        let period = try ReportPeriod(year: 2025)
        let with = ReportDocuments.summary(Summary.build(data: data, period: period, ranking: Fixed()), data: data)
        let cells = with.tables.flatMap { $0.rows.flatMap { $0 } }
        XCTAssertTrue(cells.contains("1. \(data.units["u0"]!.name); 2. \(data.units["u1"]!.name)"), "\(cells)")
        let without = ReportDocuments.summary(Summary.build(data: data, period: period), data: data)
        // (Wide enough that the cell is not wrapped.)
        XCTAssertTrue(PlainTextRenderer(pageLength: nil, width: 240).lines(without, config: data.config).contains { $0.contains("Chưa chấm điểm") })
    }
}
