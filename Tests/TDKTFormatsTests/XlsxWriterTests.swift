import XCTest
@testable import TDKTFormats

final class XlsxWriterTests: XCTestCase {
    let sheet = XlsxWorksheet(name: "Tổng hợp: 2024/2025", rows: [
        [.text("Năm"), .text("Họ và tên"), .text("Số tiền (đ)"), .text("Ngày quyết định"), .text("Điểm"), .text("Ghi chú")],
        [.number(2024), .text("Nguyễn Văn Bình"), .number(135_300_000, .thousands), .date(XlsxDate(year: 2025, month: 1, day: 20)),
         .number(95.5, .decimal), .text(" có dấu cách & <ký tự> \"lạ\" \u{1}")],
        [.number(2025), .text("Trần Thị Hoà"), .number(702_000, .thousands), .empty, .number(88, .decimal), .boolean(true)],
    ])

    func testReadsBackWithOwnReader() throws {
        let book = try XlsxReader(data: XlsxWriter.write([sheet, XlsxWorksheet(name: "Tổng hợp- 2024-2025", rows: [])]))
        XCTAssertEqual(book.sheetNames, ["Tổng hợp- 2024-2025", "Tổng hợp- 2024-2025 (2)"])
        let rows = try book.sheet().rows
        XCTAssertEqual(rows[1].cells, [.number(2024), .text("Nguyễn Văn Bình"), .number(135_300_000),
                                       .date(XlsxDate(year: 2025, month: 1, day: 20)), .number(95.5), .text(" có dấu cách & <ký tự> \"lạ\" ")])
        XCTAssertEqual(rows[2].cells, [.number(2025), .text("Trần Thị Hoà"), .number(702_000), nil, .number(88), .boolean(true)])
    }

    func testWorksheetXMLHasFrozenHeaderAndSizedColumns() {
        var strings = SharedStrings()
        let xml = XlsxWriter.worksheet(sheet.rows, strings: &strings)
        XCTAssertTrue(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        // "Nguyễn Văn Bình" is 15 characters; "135,300,000" 11 but the header "Số tiền (đ)" is 11 too.
        XCTAssertTrue(xml.contains("<col min=\"2\" max=\"2\" width=\"17\" customWidth=\"1\"/>"), xml)
        XCTAssertTrue(xml.contains("<col min=\"3\" max=\"3\" width=\"13\" customWidth=\"1\"/>"), xml)
        XCTAssertTrue(xml.contains("<c r=\"C2\" s=\"2\"><v>135300000</v></c>"), xml)
    }

    func testOpenpyxlSeesNumbersDatesAndFormats() throws {
        let python = try XCTUnwrap(pythonWithOpenpyxl(), "python3-openpyxl is not installed; the README lists what the tests need (apt-get install python3-openpyxl)")
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.xlsx")
        try XlsxWriter.write([sheet]).write(to: file)
        let script = """
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb.active
        print(ws.title, ws.freeze_panes)
        for row in ws.iter_rows(min_row=2):
            print("|".join(f"{c.coordinate}:{c.data_type}:{type(c.value).__name__}:{c.value}:{c.number_format}" for c in row if c.value is not None))
        print(ws.column_dimensions["B"].width, ws["A1"].font.b)
        """
        let r = try runProgram(python, ["-c", script, file.path])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Tổng hợp- 2024-2025 A2")
        XCTAssertEqual(lines[1].split(separator: "|").prefix(5), [
            "A2:n:int:2024:General", "B2:s:str:Nguyễn Văn Bình:General", "C2:n:int:135300000:#,##0",
            "D2:d:datetime:2025-01-20 00:00:00:dd/mm/yyyy", "E2:n:float:95.5:0.00",
        ])
        XCTAssertTrue(lines[2].hasPrefix("A3:n:int:2025:General|B3:s:str:Trần Thị Hoà:General|C3:n:int:702000:#,##0|E3:n:int:88:0.00|F3:b:bool:True"), lines[2])
        XCTAssertEqual(lines[3], "17.0 True")
    }

    func testGnumericReadsNumbersAsNumbers() throws {
        let ssconvert = try XCTUnwrap(externalTool(["/usr/bin/ssconvert", "/usr/local/bin/ssconvert"]), "gnumeric is not installed; the README lists what the tests need (apt-get install gnumeric)")
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.xlsx"), csv = dir.appendingPathComponent("out.csv")
        let gnumeric = dir.appendingPathComponent("out.gnumeric")
        try XlsxWriter.write([sheet]).write(to: file)
        var r = try runProgram(ssconvert, [file.path, csv.path])
        XCTAssertEqual(r.status, 0, r.err)
        let text = try String(contentsOf: csv, encoding: .utf8)
        // Numbers come out unquoted (text would be quoted), the date as a date.
        XCTAssertTrue(text.contains("\n2024,\"Nguyễn Văn Bình\",135300000,2025/01/20,95.5,"), text)
        // The gnumeric file records each cell's value type: 40 is a float (a number), 60 a string.
        r = try runProgram(ssconvert, ["--export-type=Gnumeric_XmlIO:sax:0", file.path, gnumeric.path])
        XCTAssertEqual(r.status, 0, r.err)
        let xml = try String(contentsOf: gnumeric, encoding: .utf8)
        XCTAssertTrue(xml.contains("<gnm:Cell Row=\"1\" Col=\"2\" ValueType=\"40\">135300000</gnm:Cell>"), xml)
        XCTAssertTrue(xml.contains("<gnm:Cell Row=\"1\" Col=\"0\" ValueType=\"40\">2024</gnm:Cell>"), xml)
        XCTAssertTrue(xml.contains("<gnm:Cell Row=\"1\" Col=\"1\" ValueType=\"60\">Nguyễn Văn Bình</gnm:Cell>"), xml)
    }
}
