import Foundation
import XCTest
import TDKTTestKit
import TDKTFormats
@testable import TDKTCore

/// The documents from proposal to award as PDF and CSV, on a demo copy taken through the workflow:
/// two proposals to the council, the council's list, the vote, the tờ trình, the decision with its annex,
/// the per-decision export and a person's award history.
final class AwardDocumentsTests: XCTestCase {
    private var root: String!
    private var out: String!
    private let ids = ["2025-bk_tinh-pham-thi-hong-nhung", "2025-bk_tinh-tn-snv"]

    override func setUpWithError() throws {
        root = temporaryDirectory("awarddocs")
        out = temporaryDirectory("awarddocs-out")
        try DemoFixture.make(root: root, user: "tester")
        XCTAssertEqual(run(["proposals", "new", "--person", "pham-thi-hong-nhung", "--award", "BK_TINH", "--year", "2025",
                            "--achievement", "Hai năm hoàn thành xuất sắc, hai sáng kiến", "--dossier", "all", "--date", "01/02/2026"]).status, 0)
        XCTAssertEqual(run(["proposals", "new", "--unit", "tn-snv", "--award", "BK_TINH", "--year", "2025",
                            "--achievement", "Hoàn thành xuất sắc nhiệm vụ năm 2025", "--dossier", "all", "--date", "01/02/2026"]).status, 0)
        for id in ids {
            // The collective's criteria are not held by the program (unknown): it reaches the council with an override.
            for s in ["submitted", "under-appraisal", "toCouncil"] {
                XCTAssertEqual(run(["proposals", "move", id, "--to", s] + (s == "toCouncil" ? ["--override", "Hồ sơ giấy đã thẩm định"] : [])).status, 0)
            }
        }
    }

    override func tearDown() {
        for d in [root, out].compactMap({ $0 }) { try? FileManager.default.removeItem(atPath: d) }
    }

    @discardableResult
    private func run(_ args: [String]) -> (status: Int32, out: String, err: String) { runTool(["--data", root] + args) }

    private func pdf(_ args: [String], name: String) throws -> (text: String, pages: Int, file: String) {
        let file = out + "/" + name
        let r = run(["report"] + args + ["--format", "pdf", "--out", file])
        XCTAssertEqual(r.status, 0, r.err)
        let info = try PDFReportTests.poppler("pdfinfo", [file])
        XCTAssertTrue(info.contains("595 x 842 pts (A4)"), info)
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        return (try PDFReportTests.poppler("pdftotext", ["-enc", "UTF-8", file, "-"]), pages, file)
    }

    private func flat(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    func testCouncilListSubmissionDecisionAnnexExportAndHistory() throws {
        // The council's list: both nominees with each condition's result and no vote yet.
        let council = try pdf(["council", "--year", "2025", "--award", "BK_TINH"], name: "council.pdf")
        let c = flat(council.text)
        for needle in ["DANH SÁCH", "Đề nghị khen thưởng năm 2025 trình Hội đồng Thi đua - Khen thưởng", "Chưa bỏ phiếu", "Nơi nhận:"] {
            XCTAssertTrue(c.contains(needle), "«\(needle)» not in the council's list:\n\(c.prefix(1500))")
        }
        // Narrow cells wrap, and pdftotext reads a table's cells line by line: the words are all there.
        let words = Set(c.split(separator: " ").map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ":;,.")) })
        for word in "Phạm Thị Hồng Nhung Sở Giáo dục Đào tạo Không khen hai lần thành tích Đạt".split(separator: " ") {
            XCTAssertTrue(words.contains(String(word)), "«\(word)» not in the council's list")
        }
        let councilCSV = run(["report", "council", "--year", "2025", "--award", "BK_TINH", "--format", "csv"])
        let councilRows = councilCSV.out.split(separator: "\r\n")
        XCTAssertEqual(councilRows.count, 1 + 2, councilCSV.out)
        XCTAssertTrue(councilRows[2].contains("Phạm Thị Hồng Nhung") && councilRows[2].contains("Sở Giáo dục và Đào tạo"), councilCSV.out)
        XCTAssertTrue(councilRows[2].contains("Không khen hai lần cho một thành tích: Đạt"), councilCSV.out)

        for id in ids { XCTAssertEqual(run(["proposals", "move", id, "--to", "approved", "--for", "8", "--against", "1", "--members", "9"]).status, 0) }
        let voted = run(["report", "council", ids[0], "--format", "text"])
        XCTAssertTrue(voted.out.contains("8/9 (89%)"), voted.out)

        // The tờ trình for the approved proposals.
        let submission = try pdf(["submission", "--year", "2025", "--award", "BK_TINH"], name: "to-trinh.pdf")
        let s = flat(submission.text)
        for needle in ["TỜ TRÌNH", "/TTr-SNV", "Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025",
                       "kính trình Chủ tịch UBND tỉnh", "1 tập thể và 1 cá nhân", "Phạm Thị Hồng Nhung", "Sở Nội vụ"] {
            XCTAssertTrue(s.contains(needle), "«\(needle)» not in the tờ trình:\n\(s.prefix(1500))")
        }

        // The decision: its page, then the annex on a page of its own, the total the sum of the lines.
        XCTAssertEqual(run(["decide"] + ids + ["--number", "163/QĐ-UBND", "--date", "01/08/2025", "--signer", "Nguyễn Văn A",
                                                 "--signer-title", "Chủ tịch"]).status, 0)
        let decision = try pdf(["decision", "163/QĐ-UBND"], name: "qd.pdf")
        XCTAssertEqual(decision.pages, 2)
        let pages = decision.text.components(separatedBy: "\u{0C}").map(flat)
        for needle in ["UBND TỈNH THÁI NGUYÊN", "Số: 163/QĐ-UBND", "Thái Nguyên, ngày 01 tháng 8 năm 2025", "QUYẾT ĐỊNH",
                       "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh", "Điều 1. Tặng Bằng khen", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                       "Nguyễn Văn A", "Như Điều 3;"] {
            XCTAssertTrue(pages[0].contains(needle), "«\(needle)» not on the decision's page:\n\(pages[0])")
        }
        XCTAssertTrue(pages[1].contains("kèm theo Quyết định số 163/QĐ-UBND ngày 01 tháng 8 năm 2025"), pages[1])
        XCTAssertFalse(pages[0].contains("Số tiền (đồng)"), "the annex starts on its own page")

        let csv = run(["report", "decision", "2025-163-qd-ubnd", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.err)
        let rows = csv.out.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        XCTAssertEqual(rows.count, 1 + 2 + 1)
        let amounts = rows.dropFirst().map { Int($0[$0.count - 3]) ?? -1 }
        XCTAssertEqual(amounts.dropLast().reduce(0, +), amounts.last)
        let ws = try Workspace(root: root, user: "tester")
        let d = try AwardDocuments.findDecision("163/QĐ-UBND", in: ws)
        XCTAssertEqual(amounts.last, try Decisions.money(of: d, catalogue: try XCTUnwrap(ws.catalogue?.value)).total)
        XCTAssertTrue(pages[1].contains(ReportNumber.grouped(amounts.last ?? 0)), pages[1])
        XCTAssertTrue(pages[0].contains(ReportNumber.grouped(amounts.last ?? 0) + " đồng"), pages[0])

        // The person's history now lists the award with its decision and amount.
        let history = try pdf(["history", "--person", "pham-thi-hong-nhung"], name: "qtkt.pdf")
        let h = flat(history.text)
        for needle in ["QUÁ TRÌNH KHEN THƯỞNG", "Phạm Thị Hồng Nhung", "Bằng khen của Chủ tịch", "163/QĐ-UBND", ReportNumber.grouped(amounts[0])] {
            XCTAssertTrue(h.contains(needle), "«\(needle)» not in the history:\n\(h)")
        }
        XCTAssertEqual(run(["report", "history", "--person", "khong-co-ai"]).status, 2)
        XCTAssertEqual(run(["report", "decision", "999/QĐ-UBND"]).status, 2)
    }

    /// The per-decision export as a workbook: one row per recipient (name, kind, unit, award, amount, number,
    /// date) and the total, the amounts numbers shown with thousands separators, the date a date.
    func testDecisionExportAsWorkbook() throws {
        for id in ids { XCTAssertEqual(run(["proposals", "move", id, "--to", "approved", "--for", "8", "--against", "1", "--members", "9"]).status, 0) }
        XCTAssertEqual(run(["decide"] + ids + ["--number", "163/QĐ-UBND", "--date", "01/08/2025", "--signer", "Nguyễn Văn A",
                                                 "--signer-title", "Chủ tịch"]).status, 0)
        let file = out + "/qd-163.xlsx"
        let r = run(["report", "decision", "163/QĐ-UBND", "--format", "xlsx", "--out", file])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(run(["report", "decision", "163/QĐ-UBND", "--format", "xlsx"]).status, 2, "a workbook needs --out")

        let ws = try Workspace(root: root, user: "tester")
        let d = try AwardDocuments.findDecision("163/QĐ-UBND", in: ws)
        let money = try Decisions.money(of: d, catalogue: try XCTUnwrap(ws.catalogue?.value))
        let sheet = try XlsxReader(contentsOf: URL(fileURLWithPath: file)).sheet()
        XCTAssertEqual(sheet.rows.count, 1 + 2 + 1, "\(sheet.rows)")
        XCTAssertEqual(sheet.rows[0].cells.first ?? nil, .text("STT"))
        XCTAssertEqual(sheet.rows[0].cells[5], .text("Số tiền (đồng)"))
        let lines = sheet.rows.dropFirst(1).dropLast()
        XCTAssertEqual(Set(lines.compactMap { $0.cells[1] }), [.text("Phạm Thị Hồng Nhung"), .text("Sở Nội vụ")])
        for (row, line) in zip(lines, money.lines) {
            XCTAssertEqual(row.cells[4], .text("Bằng khen của Chủ tịch UBND tỉnh"))
            XCTAssertEqual(row.cells[5], .number(Double(line.amount)), "\(row)")
            XCTAssertEqual(row.cells[6], .text("163/QĐ-UBND"))
            XCTAssertEqual(row.cells[7], .date(XlsxDate(year: 2025, month: 8, day: 1)))
        }
        XCTAssertEqual(lines.first?.cells[3], .text("Sở Giáo dục và Đào tạo"))
        let total = try XCTUnwrap(sheet.rows.last)
        XCTAssertEqual(total.cells[1], .text("Tổng cộng"))
        XCTAssertEqual(total.cells[5], .number(Double(money.total)))
        XCTAssertEqual(money.total, money.lines.map(\.amount).reduce(0, +))

        // What a spreadsheet program sees: numbers in the thousands format, the date a date.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let script = """
        import sys
        try:
            import openpyxl
        except ImportError:
            sys.exit(77)
        ws = openpyxl.load_workbook(sys.argv[1]).active
        for row in ws.iter_rows(min_row=2):
            print("|".join(f"{c.data_type}:{c.value}:{c.number_format}" for c in row[5:8]))
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", script, file]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertNotEqual(p.terminationStatus, 77, "python3-openpyxl is not installed; the README lists what the tests need (apt-get install python3-openpyxl)")
        XCTAssertEqual(p.terminationStatus, 0)
        let seen = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(seen.count, 3, text)
        for (i, line) in seen.enumerated() {
            let amount = i < money.lines.count ? money.lines[i].amount : money.total
            XCTAssertEqual(line, "n:\(amount):#,##0|s:163/QĐ-UBND:General|d:2025-08-01 00:00:00:dd/mm/yyyy", text)
        }
    }

    func testNothingToListIsSaidPlainly() {
        // 2023 has no proposals at all (the demo's own are of 2024 and 2025).
        let r = run(["report", "submission", "--year", "2023"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("không có đề nghị nào phù hợp"), r.err)
    }
}
