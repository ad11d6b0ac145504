import Foundation
import XCTest
@testable import TDKTCore

/// Reports as PDF through `tdkt report … --format pdf --out`, read back with poppler's pdftotext and pdfinfo
/// (Debian's poppler-utils, installed by .ci/run; a missing tool fails the test).
final class PDFReportTests: XCTestCase {
    var root: String { ReportCommandTests.demoRoot }

    static func poppler(_ tool: String, _ args: [String]) throws -> String {
        let path = "/usr/bin/" + tool
        guard FileManager.default.isExecutableFile(atPath: path) else {
            XCTFail("\(tool) is not installed (Debian package poppler-utils)")
            throw CocoaError(.fileNoSuchFile)
        }
        let out = temporaryDirectory("poppler") + "/out"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "\(tool) \(args)")
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    /// Writes a report as PDF with the command line and returns its text (reading order) and pdfinfo's fields.
    func pdf(_ args: [String]) throws -> (text: String, pages: Int, size: String, file: String) {
        let file = temporaryDirectory() + "/report.pdf"
        let r = runTool(["--data", root, "report"] + args + ["--format", "pdf", "--out", file])
        XCTAssertEqual(r.status, 0, r.err)
        let info = try Self.poppler("pdfinfo", [file])
        let field = { (name: String) in
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }.map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        return (try Self.poppler("pdftotext", ["-enc", "UTF-8", file, "-"]), Int(field("Pages")) ?? 0, field("Page size"), file)
    }

    /// Asserts the needles occur in this order.
    func assertInOrder(_ text: String, _ needles: [String], file: StaticString = #filePath, line: UInt = #line) {
        var from = text.startIndex
        for n in needles {
            guard let r = text.range(of: n, range: from..<text.endIndex) else {
                XCTFail("«\(n)» missing or out of order in:\n\(text.prefix(1500))", file: file, line: line)
                return
            }
            from = r.upperBound
        }
    }

    func testSummaryHasTheDecree30FrameInReadingOrder() throws {
        let sign = runTool(["--data", root, "settings", "signer", "pgd", "--authority", "kt", "--head", "Giám đốc",
                            "--title", "Phó Giám đốc", "--name", "Trần Thị Hạnh"])
        XCTAssertEqual(sign.status, 0, sign.err)
        defer { _ = runTool(["--data", root, "settings", "signer-remove", "pgd"]) }
        let r = try pdf(["summary", "--year", "2025", "--number", "12", "--date", "05/01/2026", "--signer", "pgd"])
        XCTAssertEqual(r.size, "595 x 842 pts (A4)")
        XCTAssertGreaterThanOrEqual(r.pages, 2)
        XCTAssertEqual(r.text.components(separatedBy: "\u{0C}").count - 1, r.pages)
        // The head in two columns, row by row as printed: the body over its parent at the left, the national
        // motto at the right; then the number beside the place and date.
        let head = try Self.poppler("pdftotext", ["-layout", "-enc", "UTF-8", "-l", "1", r.file, "-"])
            .split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        func row(_ left: String, _ right: String) {
            let line = head.first { $0.contains(left) } ?? ""
            XCTAssertTrue(line.contains(right), "«\(left)» and «\(right)» on one row:\n\(head.prefix(6).joined(separator: "\n"))")
            if let l = line.range(of: left), let r = line.range(of: right) { XCTAssertLessThan(l.lowerBound, r.lowerBound) }
        }
        row("UBND TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        row("SỞ NỘI VỤ TỈNH THÁI", "Độc lập - Tự do - Hạnh phúc")
        XCTAssertTrue(head.contains { $0.contains("Số: 12/BC-SNV") }, head.joined(separator: "\n"))
        XCTAssertTrue(head.contains { $0.contains("Thái Nguyên, ngày 05 tháng 01 năm 2026") }, head.joined(separator: "\n"))
        assertInOrder(r.text, ["BÁO CÁO", "Tổng kết công tác thi đua, khen thưởng năm 2025",
                               "I. KẾT QUẢ THỰC HIỆN", "Bảng 1. Số phong trào thi đua", "II. ĐÁNH GIÁ CHUNG",
                               "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "Nơi nhận:", "- Bộ Nội vụ;", "Lưu: VT, TĐKT.",
                               "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Hạnh"])
        // Every campaign name of the data is printed whole (no "…").
        let ws = try Workspace(root: root, user: "tester")
        XCTAssertFalse(r.text.contains("…"))
        // Table cells wrap, so check the words.
        let words = Set(r.text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init))
        let campaigns = ws.campaigns.values.map(\.value).filter { $0.period.start.year <= 2025 && ($0.period.end?.year ?? 2025) >= 2025 }
        XCTAssertFalse(campaigns.isEmpty)
        for c in campaigns {
            let missing = c.name.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init).filter { !words.contains($0) }
            XCTAssertEqual(missing, [], c.name)
        }
    }

    func testBlankNumberAndDateLeaveRoomToWriteByHand() throws {
        let r = try pdf(["summary", "--year", "2025"])
        let layout = try Self.poppler("pdftotext", ["-layout", "-enc", "UTF-8", "-l", "1", r.file, "-"])
        // pdftotext -layout keeps the gaps as spaces: at least three where the number and the day go.
        XCTAssertNotNil(layout.range(of: #"Số:\s{3,}/BC-SNV"#, options: .regularExpression), layout)
        XCTAssertNotNil(layout.range(of: #"ngày\s{3,}tháng\s{3,}năm \d{4}"#, options: .regularExpression), layout)
    }

    func testEveryStatisticsFormAndAwardTable() throws {
        for (form, title) in [("0601", "Biểu số 0601"), ("0602", "Biểu số 0602"), ("0603", "Biểu số 0603")] {
            let r = try pdf(["form", form, "--year", "2016"])
            XCTAssertEqual(r.size, "595 x 842 pts (A4)", form)
            XCTAssertGreaterThanOrEqual(r.pages, 1)
            assertInOrder(r.text, [title, "BIỂU THỐNG KÊ", "Chỉ tiêu", "Tổng số", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"])
            assertInOrder(r.text, ["Đơn vị báo cáo: Sở Nội vụ tỉnh Thái Nguyên", "BIỂU THỐNG KÊ"])
        }
        let awards = try pdf(["awards", "--from", "2014", "--to", "2018", "--by", "campaign"])
        assertInOrder(awards.text, ["Số lượng khen thưởng theo phong trào thi đua", "Toàn dân tham gia", "Tổng cộng"])
        XCTAssertFalse(awards.text.contains("bao-ve-bien-gioi"), "record ids are for CSV, not the printed page")
        let total = awards.text.components(separatedBy: "Tổng cộng").last ?? ""
        XCTAssertEqual(total.split(whereSeparator: \.isWhitespace).prefix(4), ["102", "276", "0", "378"], total)
    }

    func testPDFNeedsAFileOrThePrinter() throws {
        let r = runTool(["--data", root, "report", "summary", "--year", "2025", "--format", "pdf"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("--out"), r.err)
    }
}
