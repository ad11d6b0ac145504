import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// `tdkt report` run in-process on the demo data.
final class ReportCommandTests: XCTestCase {
    static let demoRoot: String = {
        let root = temporaryDirectory("reportdemo")
        try! DemoFixture.make(root: root, user: "tester")
        return root
    }()
    var root: String { Self.demoRoot }

    /// Rows of a CSV without quoted commas in the fields we read (ids and numbers come first and last).
    func csvRows(_ csv: String) -> [[String]] {
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}"))
        return csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    func testDemoAwardsByCampaignGiveTheCaoBangCounts() throws {
        let r = runTool(["--data", root, "report", "awards", "--from", "2014", "--to", "2018", "--by", "campaign", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.err)
        var counts: [String: [Int]] = [:]  // "campaign/award" → [collectives, individuals, households, total]
        for row in csvRows(r.out).dropFirst() {
            counts["\(row[0])/\(row[row.count - 6])"] = row.suffix(4).map { Int($0)! }
        }
        XCTAssertEqual(counts["bao-ve-bien-gioi/BK_TINH"], [47, 103, 0, 150])
        XCTAssertEqual(counts["toan-dan-bvantq/CO_TINH"], [4, 0, 0, 4])
        XCTAssertEqual(counts["toan-dan-bvantq/BK_TINH"], [39, 47, 0, 86])
        XCTAssertEqual(counts["nong-dan-sxkd-gioi/BK_TINH"], [12, 126, 0, 138])
        XCTAssertEqual(counts["/"], [102, 276, 0, 378], "total row")
        XCTAssertEqual(counts.count, 5)

        // The default text output shows the same rows, aligned.
        let text = runTool(["--data", root, "report", "awards", "--from", "2014", "--to", "2018", "--by", "campaign"])
        XCTAssertEqual(text.status, 0, text.err)
        let lines = text.out.split(separator: "\n").map(String.init)
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Phong trào thi đua") })
        let table = Array(lines[start...]).filter { !$0.isEmpty }
        // Five rows of four counts (a long campaign name wraps onto more lines, within 80 columns).
        func numbers(_ line: String) -> [Int] { line.split(separator: " ").suffix(4).compactMap { Int($0) } }
        XCTAssertEqual(table.filter { numbers($0).count == 4 }.count, 5, table.joined(separator: "\n"))
        XCTAssertLessThanOrEqual(DisplayWidth.of(table[0]), 80)
        XCTAssertEqual(Set(table.map(DisplayWidth.of)).count, 1, table.joined(separator: "\n"))
        XCTAssertEqual(numbers(try XCTUnwrap(table.first { $0.hasPrefix("Toàn dân tham gia") })), [47, 103, 0, 150])
        XCTAssertEqual(numbers(try XCTUnwrap(table.first { $0.hasPrefix("Nông dân thi đua") })), [12, 126, 0, 138])
        XCTAssertEqual(numbers(try XCTUnwrap(table.first { $0.hasPrefix("Toàn dân bảo vệ an ninh") && $0.contains("CO_TINH") })), [4, 0, 0, 4])
        XCTAssertEqual(numbers(try XCTUnwrap(table.first { $0.hasPrefix("Toàn dân bảo vệ an ninh") && $0.contains("BK_TINH") })), [39, 47, 0, 86])
    }

    func testRecordsBehindAFigureAreListed() throws {
        let r = runTool(["--data", root, "report", "records", "awards.by-campaign.bao-ve-bien-gioi.BK_TINH.unit",
                         "--from", "2014", "--to", "2018", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.err)
        let rows = csvRows(r.out).dropFirst()
        XCTAssertEqual(rows.count, 47)
        XCTAssertTrue(rows.allSatisfy { $0[0] == "award" })
        // The index of figures names that path with its value.
        let list = runTool(["--data", root, "report", "summary", "--from", "2014", "--to", "2018", "--list", "--format", "csv"])
        XCTAssertEqual(list.status, 0, list.err)
        XCTAssertTrue(list.out.contains("awards.by-campaign.toan-dan-bvantq.CO_TINH.unit,4,"), list.out)
        // A form's figure.
        let form = runTool(["--data", root, "report", "records", "form.0603.individuals.bk", "--year", "2014"])
        XCTAssertEqual(form.status, 0, form.err)
        XCTAssertTrue(form.out.hasPrefix("0603 · 3. Cá nhân · Bằng khen: "), form.out)
        XCTAssertEqual(runTool(["--data", root, "report", "records", "no.such.figure", "--year", "2014"]).status, 2)
    }

    func testFormsAndSummaryInEveryFormat() throws {
        for (args, needle) in [(["summary", "--year", "2018"], "I. KẾT QUẢ THỰC HIỆN"),
                               (["summary", "--from", "2014", "--to", "2018", "--format", "html"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                               (["summary", "--year", "2018", "--format", "csv"], "\u{FEFF}BÁO CÁO"),
                               (["form", "0601", "--year", "2016"], "Số phong trào thi đua năm 2016"),
                               (["form", "0602", "--year", "2016", "--format", "csv"], "Huân chương Lao động hạng Ba"),
                               (["form", "0603", "--year", "2016", "--format", "html"], "Biểu số 0603.N/BNV-TĐKT"),
                               (["list"], "form-0603")] {
            let r = runTool(["--data", root, "report"] + args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            XCTAssertTrue(r.out.contains(needle), "\(args)")
        }
        // 0603 over the five Cao Bằng years adds up to the provincial awards of the demo (all thematic).
        var total = 0, flags = 0
        for year in 2014...2018 {
            let r = runTool(["--data", root, "report", "records", "form.0603.total.total", "--year", String(year), "--format", "csv"])
            total += csvRows(r.out).count - 1
            let f = runTool(["--data", root, "report", "records", "form.0603.kind-thematic.co", "--year", String(year), "--format", "csv"])
            flags += csvRows(f.out).count - 1
        }
        XCTAssertEqual(total, 378)
        XCTAssertEqual(flags, 4)
    }

    func testWrongArgumentsAreUsageErrors() {
        for args in [["report"], ["report", "bogus"], ["report", "summary"], ["report", "summary", "--year", "2018", "--from", "2014"],
                     ["report", "summary", "--from", "2014"], ["report", "summary", "--from", "2018", "--to", "2014"],
                     ["report", "summary", "--year", "abc"], ["report", "awards", "--year", "2018", "--by", "colour"],
                     ["report", "summary", "--year", "2018", "--format", "pdf"], ["report", "form", "0604", "--year", "2018"],
                     ["report", "form", "0603", "--from", "2014", "--to", "2018"], ["report", "form", "--year", "2018"],
                     ["report", "summary", "--year", "2018", "--out", "/nonexistent-folder/x.txt"],
                     ["report", "summary", "--year", "2018", "--print", "--format", "csv"],
                     ["report", "summary", "--year", "2018", "--date", "31/02/2026", "--format", "html"],
                     ["report", "summary", "--year", "2018", "--bogus"]] {
            let r = runTool(["--data", root] + args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.out) \(r.err)")
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, "\(args): one line")
        }
        let help = runTool(["report", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.out.contains("tdkt report records FIGURE"))
        XCTAssertTrue(runTool(["--help"]).out.contains("  report       báo cáo tổng kết"))
    }

    func testOutWritesAtomicallyAndNeverOverwritesWithoutForce() throws {
        let dir = temporaryDirectory()
        let file = dir + "/bao-cao.html"
        let args = ["--data", root, "report", "summary", "--year", "2018", "--format", "html", "--date", "05/01/2019",
                    "--number", "3", "--out", file]
        let first = runTool(args)
        XCTAssertEqual(first.status, 0, first.err)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(html.contains("Thái Nguyên, ngày 05 tháng 01 năm 2019"))
        XCTAssertTrue(html.contains("Số: 03/BC-SNV"))
        try "do not touch".write(toFile: file, atomically: true, encoding: .utf8)
        let second = runTool(args)
        XCTAssertEqual(second.status, 2)
        XCTAssertTrue(second.err.contains("--force"), second.err)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "do not touch")
        XCTAssertEqual(runTool(args + ["--force"]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("BÁO CÁO"))
        // No temporary file is left beside it; a folder is refused as a target.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["bao-cao.html"])
        XCTAssertThrowsError(try ReportFile.checkDestination(dir, force: true))
        XCTAssertThrowsError(try ReportFile.checkDestination(dir + "/missing/x.csv", force: true))
        XCTAssertNoThrow(try ReportFile.checkDestination(dir + "/new.csv", force: false))
    }

    func testScreenFunctionsListPreviewAndSave() throws {
        let ids = Reports.available().map(\.id)
        XCTAssertEqual(ids.first, "summary")
        XCTAssertTrue(ids.contains("form-0602"))
        XCTAssertTrue(Reports.available().allSatisfy { !$0.title.vi.isEmpty && !$0.title.en.isEmpty })
        let ws = try Workspace(root: root, user: "tester")
        let lines = try Reports.previewLines("awards-campaign", period: try ReportPeriod(from: 2014, to: 2018), workspace: ws)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Tổng cộng") && $0.hasSuffix("378") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains("\u{0C}") })
        XCTAssertThrowsError(try Reports.previewLines("form-0603", period: try ReportPeriod(from: 2014, to: 2018), workspace: ws))
        let file = temporaryDirectory() + "/0603.csv"
        try Reports.save("form-0603", period: try ReportPeriod(year: 2015), workspace: ws, format: .csv, to: file)
        XCTAssertEqual(Array(try XCTUnwrap(FileManager.default.contents(atPath: file)).prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertThrowsError(try Reports.save("form-0603", period: try ReportPeriod(year: 2015), workspace: ws, format: .csv, to: file))
    }
}
