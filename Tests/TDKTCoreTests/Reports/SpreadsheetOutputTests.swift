import XCTest
import TDKTFormats
@testable import TDKTCore

/// Reports and lists as Excel workbooks, and CSV whose numbers a spreadsheet can sum.
final class SpreadsheetOutputTests: XCTestCase {
    var root: String { ReportCommandTests.demoRoot }

    func testReportWorkbookHasNumbersWhereNumbersBelong() throws {
        let file = temporaryDirectory() + "/tong-ket.xlsx"
        let r = runTool(["--data", root, "report", "summary", "--from", "2014", "--to", "2018", "--format", "xlsx", "--out", file])
        XCTAssertEqual(r.status, 0, r.err)
        let book = try XlsxReader(contentsOf: URL(fileURLWithPath: file))
        XCTAssertEqual(book.sheetNames.first, "Bảng 1")
        XCTAssertTrue(book.sheetNames.contains("Bảng 9"), "\(book.sheetNames)")
        let campaigns = try book.sheet(named: "Bảng 1")
        XCTAssertEqual(campaigns.rows[0][0], .text("Chỉ tiêu"))
        XCTAssertEqual(campaigns.rows[1][0], .text("Phong trào được phát động"))
        guard case .number = campaigns.rows[1][1] else { return XCTFail("\(String(describing: campaigns.rows[1][1]))") }
        let money = try book.sheet(named: "Bảng 9")
        guard case let .number(amount)? = money.rows[1][1] else { return XCTFail("money is not a number: \(money.rows[1])") }
        let summary = try Reports.document("summary", period: try ReportPeriod(from: 2014, to: 2018), workspace: try Workspace(root: root, user: "t"))
        let table = try XCTUnwrap(summary.tables.first { $0.caption?.hasPrefix("Bảng 9") == true })
        XCTAssertEqual(ReportNumber.grouped(Int(amount)), table.rows[0][1])
        // The awards table: the total row's counts are numbers too.
        let byCampaign = try XlsxReader(data: Reports.xlsx(try Reports.document("awards-campaign", period: try ReportPeriod(from: 2014, to: 2018),
                                                                                 workspace: try Workspace(root: root, user: "t")))).sheet()
        XCTAssertEqual(byCampaign.rows.last?.cells.last ?? nil, .number(378))
    }

    func testCSVMoneyIsAPlainNumber() throws {
        let r = runTool(["--data", root, "report", "summary", "--from", "2014", "--to", "2018", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.err)
        let line = try XCTUnwrap(r.out.components(separatedBy: "\r\n").first { $0.hasPrefix("Tiền thưởng tỉnh đã chi (đồng)") })
        let fields = line.components(separatedBy: ",")
        XCTAssertEqual(fields.count, 4, line)
        for f in fields.dropFirst() {
            XCTAssertNotNil(Int(f), "'\(f)' in \(line)")
        }
        XCTAssertFalse(r.out.contains("'+"), "no apostrophe before signed numbers")
        XCTAssertEqual(SpreadsheetCells.csvText("135.300.000", numeric: true), "135300000")
        XCTAssertEqual(SpreadsheetCells.csvText("+135.300.000", numeric: true), "135300000")
        XCTAssertEqual(SpreadsheetCells.csvText("-2", numeric: true), "-2")
        XCTAssertEqual(SpreadsheetCells.csvText("1.49", numeric: true), "1.49", "not a grouped number")
        XCTAssertEqual(SpreadsheetCells.csvText("135.300.000", numeric: false), "135.300.000")
    }

    func testListsAsWorkbooks() throws {
        let dir = temporaryDirectory()
        let file = dir + "/khen-thuong.xlsx"
        let r = runTool(["--data", root, "list", "awards", "--year", "2016", "--format", "xlsx", "--out", file])
        XCTAssertEqual(r.status, 0, r.err)
        let sheet = try XlsxReader(contentsOf: URL(fileURLWithPath: file)).sheet()
        XCTAssertEqual(sheet.name, "awards")
        XCTAssertEqual(sheet.rows[0][0], .text("năm"))
        XCTAssertGreaterThan(sheet.rows.count, 10)
        XCTAssertTrue(sheet.rows.dropFirst().allSatisfy { $0[0] == .number(2016) })
        // Binary output needs a file; an existing file is not replaced without --force.
        XCTAssertEqual(runTool(["--data", root, "list", "units", "--format", "xlsx"]).status, 2)
        XCTAssertEqual(runTool(["--data", root, "list", "awards", "--format", "xlsx", "--out", file]).status, 2)
        XCTAssertEqual(runTool(["--data", root, "list", "units", "--format", "xlsx", "--out", file, "--force"]).status, 0)
        XCTAssertEqual(try XlsxReader(contentsOf: URL(fileURLWithPath: file)).sheetNames, ["units"])
        XCTAssertEqual(runTool(["--data", root, "report", "summary", "--year", "2018", "--format", "xlsx"]).status, 2)
    }

    func testHistoryWorkbookHasDatesAndAmounts() throws {
        let file = temporaryDirectory() + "/lich-su.xlsx"
        let r = runTool(["--data", root, "history", "--search", "Nguyễn Văn Khoa", "--format", "xlsx", "--out", file])
        XCTAssertEqual(r.status, 0, r.err)
        let sheet = try XlsxReader(contentsOf: URL(fileURLWithPath: file)).sheet()
        XCTAssertEqual(sheet.rows[0][6], .text("ngày QĐ"))
        let dated = sheet.rows.dropFirst().filter { $0[6] != nil }
        XCTAssertFalse(dated.isEmpty)
        for row in dated {
            guard case .date = row[6] else { return XCTFail("decision date is not a date: \(row)") }
            guard case .number = row[2] else { return XCTFail("year is not a number: \(row)") }
        }
        XCTAssertEqual(SpreadsheetCells.date("20/01/2024"), XlsxDate(year: 2024, month: 1, day: 20))
        XCTAssertNil(SpreadsheetCells.date("31/02/2024"))
        XCTAssertNil(SpreadsheetCells.date("15/QĐ-SNV"))
    }

    /// openpyxl and gnumeric read the report's counts and money as numbers.
    func testExternalReadersSeeNumericCells() throws {
        let python = try XCTUnwrap(["/usr/bin/python3", "/usr/local/bin/python3"].first { path in
            FileManager.default.isExecutableFile(atPath: path) && ((try? runProcess(path, ["-c", "import openpyxl"]))?.status == 0)
        }, "python3-openpyxl is not installed; the README lists what the tests need (apt-get install python3-openpyxl)")
        let ssconvert = try XCTUnwrap(["/usr/bin/ssconvert", "/usr/local/bin/ssconvert"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                      "gnumeric is not installed; the README lists what the tests need (apt-get install gnumeric)")
        let dir = temporaryDirectory()
        let file = dir + "/bao-cao.xlsx"
        XCTAssertEqual(runTool(["--data", root, "report", "summary", "--from", "2014", "--to", "2018", "--format", "xlsx", "--out", file]).status, 0)
        let script = """
        import sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])["Bảng 9"]
        print(ws["B2"].data_type, ws["B2"].number_format, ws.freeze_panes, ws["A2"].data_type)
        """
        let read = try runProcess(python, ["-c", script, file])
        XCTAssertEqual(read.status, 0, read.err)
        XCTAssertEqual(read.out, "n #,##0 A2 s\n")
        let gnumeric = dir + "/bao-cao.gnumeric"
        let converted = try runProcess(ssconvert, ["--export-type=Gnumeric_XmlIO:sax:0", file, gnumeric])
        XCTAssertEqual(converted.status, 0, converted.err)
        let xml = try String(contentsOfFile: gnumeric, encoding: .utf8)
        // ValueType 40 is a number in gnumeric's file format, 60 a string.
        let moneyCell = try XCTUnwrap(xml.range(of: "<gnm:Cell Row=\"1\" Col=\"1\" ValueType=\"40\">", options: [], range: xml.range(of: "Bảng 9")!.lowerBound..<xml.endIndex))
        XCTAssertFalse(moneyCell.isEmpty)
    }
}
