import XCTest
@testable import TDKTFormats

final class XlsxReaderTests: XCTestCase {
    /// The same workbook as openpyxl wrote it and as gnumeric rewrote it reads to the same values.
    func testOpenpyxlAndGnumericWorkbooks() throws {
        for name in ["types.xlsx", "types-gnumeric.xlsx"] {
            let book = try XlsxReader(contentsOf: FixtureFiles.url(name))
            XCTAssertEqual(book.sheetNames, ["Khen thưởng", "Đơn vị"], name)
            let sheet = try book.sheet()
            XCTAssertEqual(sheet.name, "Khen thưởng")
            XCTAssertEqual(sheet.rows.map(\.number), [1, 2, 3, 4, 6], name)
            XCTAssertEqual(sheet.rows[0].cells, ["Năm", "Họ và tên", "Số tiền", "Ngày quyết định", "Đã trả", "Ghi chú"].map { .text($0) }, name)
            XCTAssertEqual(sheet.rows[1].cells, [.number(2024), .text("Nguyễn Văn Bình"), .number(702_000),
                                                 .date(XlsxDate(year: 2025, month: 1, day: 20)), .boolean(true), .text("Lao động tiên tiến")], name)
            XCTAssertEqual(sheet.rows[2].cells, [.number(2024), .text("Trần Thị Hoà"), .number(1_350_000.5),
                                                 .date(XlsxDate(year: 2024, month: 12, day: 31)), .boolean(false)], name)
            // A gap at B, and a date with a time.
            XCTAssertEqual(sheet.rows[3].cells, [.number(2023), nil, .number(-15),
                                                 .date(XlsxDate(year: 2023, month: 6, day: 1, hour: 8, minute: 30)), nil, .text("ô trống ở B")], name)
            // A thousands format stays a number; a custom Vietnamese date format is a date.
            XCTAssertEqual(sheet.rows[4].cells, [.text("sau hai dòng trống"), nil, .number(45_000),
                                                 .date(XlsxDate(year: 2023, month: 3, day: 15)), nil, nil, nil, .number(0.25)], name)
            XCTAssertEqual(sheet.rows[3][3]?.text, "01/06/2023 08:30:00")
            XCTAssertEqual(sheet.rows[1][2]?.text, "702000")
            let units = try book.sheet(named: "đơn vị")
            XCTAssertEqual(units.rows.last?.cells, [.text("Sở Nội vụ"), .text("Sở, ban, ngành")], name)
        }
    }

    func testRichTextInlineStringsPrefixesAnd1904() throws {
        let book = try XlsxReader(contentsOf: FixtureFiles.url("rich.xlsx"))
        XCTAssertEqual(book.sheetNames, ["Trống", "Dữ liệu"])
        XCTAssertEqual(try book.sheet().rows, [])
        let sheet = try book.sheet(named: "Dữ liệu")
        XCTAssertEqual(sheet.rows.map(\.number), [2, 3])
        // Rich-text runs joined, the phonetic run left out; entities decoded.
        XCTAssertEqual(sheet.rows[0].cells, [.text("Chiến sĩ thi đua"), nil, .text("A & B <C>")])
        XCTAssertEqual(sheet.rows[1].cells, [
            .text("Hợp tác xã"),
            .date(XlsxDate(year: 1904, month: 1, day: 1)),  // serial 0 in the 1904 system, custom format with quoted text
            .date(XlsxDate(year: 2027, month: 3, day: 16)),  // built-in format 14, 1904 system
            .date(XlsxDate(year: 2025, month: 7, day: 1)),  // t="d"
            .boolean(true), .error("#N/A"), .text("kết quả"),
        ])
        XCTAssertThrowsError(try book.sheet(named: "Không có")) {
            XCTAssertEqual($0 as? XlsxError, .noSuchSheet("Không có", available: ["Trống", "Dữ liệu"]))
        }
    }

    func testNotAWorkbook() {
        XCTAssertThrowsError(try XlsxReader(data: Data("Năm,Tên\n2024,A\n".utf8))) {
            guard case .notAWorkbook = $0 as? XlsxError else { return XCTFail("\($0)") }
        }
        var zip = ZipWriter()
        zip.add("hello.txt", text: "hi")
        XCTAssertThrowsError(try XlsxReader(data: zip.finish())) {
            XCTAssertEqual($0 as? XlsxError, .notAWorkbook("no xl/workbook.xml"))
        }
    }

    func testDateSerials() {
        XCTAssertEqual(ExcelDate.date(fromSerial: 1), XlsxDate(year: 1900, month: 1, day: 1))
        XCTAssertEqual(ExcelDate.date(fromSerial: 59), XlsxDate(year: 1900, month: 2, day: 28))
        XCTAssertEqual(ExcelDate.date(fromSerial: 61), XlsxDate(year: 1900, month: 3, day: 1))
        XCTAssertEqual(ExcelDate.date(fromSerial: 45_658.75), XlsxDate(year: 2025, month: 1, day: 1, hour: 18))
        for d in [XlsxDate(year: 1900, month: 1, day: 5), XlsxDate(year: 2025, month: 7, day: 1), XlsxDate(year: 2000, month: 2, day: 29)] {
            XCTAssertEqual(ExcelDate.date(fromSerial: ExcelDate.serial(of: d)), d)
        }
        XCTAssertEqual(ExcelDate.serial(of: XlsxDate(year: 2025, month: 7, day: 1)), 45_839)
    }

    func testDateFormatsAndReferences() {
        XCTAssertTrue(NumberFormat.isDateFormat("dd/mm/yyyy"))
        XCTAssertTrue(NumberFormat.isDateFormat("[$-42A]d\" tháng \"m\" năm \"yyyy"))
        XCTAssertTrue(NumberFormat.isDateFormat("[h]:mm"))
        XCTAssertFalse(NumberFormat.isDateFormat("#,##0"))
        XCTAssertFalse(NumberFormat.isDateFormat("#,##0 \"đồng\""))
        XCTAssertFalse(NumberFormat.isDateFormat("[Red]0.00"))
        XCTAssertFalse(NumberFormat.isDateFormat("General"))
        XCTAssertTrue(NumberFormat.isBuiltInDate(14))
        XCTAssertFalse(NumberFormat.isBuiltInDate(3))
        XCTAssertEqual(CellReference("$AB$12"), CellReference(column: 27, row: 12))
        XCTAssertEqual(CellReference("A1"), CellReference(column: 0, row: 1))
        XCTAssertNil(CellReference("12A"))
        XCTAssertNil(CellReference("A0"))
        XCTAssertEqual(CellReference.letters(0), "A")
        XCTAssertEqual(CellReference.letters(25), "Z")
        XCTAssertEqual(CellReference.letters(26), "AA")
        XCTAssertEqual(CellReference.letters(16_383), "XFD")
    }
}

/// Damaged workbooks are refused with an error, never a crash.
final class XlsxDamageTests: XCTestCase {
    func testMutatedWorkbooksThrowOrRead() throws {
        var generator = SplitMix(seed: 16)
        var refused = 0, read = 0
        for name in ["types.xlsx", "types-gnumeric.xlsx", "rich.xlsx"] {
            let original = try FixtureFiles.data(name)
            for _ in 0..<300 {
                var bytes = [UInt8](original)
                for _ in 0..<(1 + Int(generator.next() % 4)) {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
                if generator.next() % 5 == 0 { bytes.removeLast(Int(generator.next() % UInt64(bytes.count / 2))) }
                do {
                    let book = try XlsxReader(data: Data(bytes))
                    for sheet in book.sheetNames { _ = try book.sheet(named: sheet) }
                    read += 1
                } catch {
                    refused += 1
                }
            }
        }
        XCTAssertEqual(read + refused, 900)
        XCTAssertGreaterThan(refused, 300, "most damage is caught by the CRC, the inflater or the XML parser")
    }

    func testCellsFarToTheRightAreRefused() throws {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", text: "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"A\" sheetId=\"1\"/></sheets></workbook>")
        zip.add("xl/worksheets/sheet1.xml", text: "<worksheet><sheetData><row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row></sheetData></worksheet>")
        XCTAssertThrowsError(try XlsxReader(data: zip.finish()).sheet()) {
            XCTAssertTrue("\($0)".contains("XFD1 is beyond column AMJ"), "\($0)")
        }
    }
}
