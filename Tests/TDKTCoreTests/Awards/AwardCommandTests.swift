import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class AwardCommandTests: XCTestCase {
    var dir: DemoDirectory!
    override func setUpWithError() throws { dir = try DemoDirectory() }
    override func tearDown() { dir = nil }

    @discardableResult
    func run(_ args: [String], lang: String = "vi") -> (status: Int32, out: String, err: String) {
        let output = CommandOutput(echo: false)
        let tool = CommandLineTool(environment: ["LANG": lang == "en" ? "en_US.UTF-8" : "vi_VN.UTF-8"], output: output, user: "lan")
        guard case let .finished(status) = tool.run(["--data", dir.root] + args) else { XCTFail("no status"); return (-1, "", "") }
        return (status, output.out, output.err)
    }

    func testEligibility() {
        let ok = run(["eligibility", "--person", "nguyen-van-khoa", "--award", "CSTD_TINH", "--year", "2024", "--date", "01/02/2026"])
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertTrue(ok.out.contains("QĐ 45/QĐ-SNV"), ok.out)
        let no = run(["eligibility", "--person", "le-duc-anh", "--award", "LDTT", "--year", "2025", "--date", "01/10/2025"], lang: "en")
        XCTAssertEqual(no.status, 1)
        XCTAssertTrue(no.out.contains("under investigation"), no.out)
    }

    func testWrongArgumentsExit2WithOneLine() {
        for args in [["eligibility", "--award", "LDTT", "--year", "2025"],
                     ["eligibility", "--person", "x", "--unit", "y", "--award", "LDTT", "--year", "2025"],
                     ["eligibility", "--person", "x", "--award", "NOPE", "--year", "2025"],
                     ["eligibility", "--person", "x", "--award", "LDTT", "--year", "abc"],
                     ["import", "awards"], ["import", "prizes", "x.csv"], ["import", "awards", "/nonexistent.csv"],
                     ["import", "awards", "x.csv", "--encoding", "latin1"],
                     ["proposals"], ["proposals", "list", "--state", "done"], ["proposals", "move", "x"],
                     ["decide", "a", "--number", "1/QĐ-UBND"], ["history"], ["honour-roll"], ["honour-roll", "--year", "2024", "--bad"]] {
            let r = run(args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.err)")
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, "\(args): \(r.err)")
        }
    }

    func testProposalLifecycleAndDecisionFromTheCommandLine() throws {
        let new = run(["proposals", "new", "--person", "pham-thi-hong-nhung", "--award", "BK_TINH", "--year", "2025",
                       "--achievement", "Hai năm hoàn thành xuất sắc, hai sáng kiến", "--dossier", "all", "--date", "01/02/2026"])
        XCTAssertEqual(new.status, 0, new.err)
        let id = "2025-bk_tinh-pham-thi-hong-nhung"
        XCTAssertTrue(new.out.contains(id))
        for s in ["submitted", "under-appraisal", "toCouncil"] { XCTAssertEqual(run(["proposals", "move", id, "--to", s]).status, 0) }
        let refused = run(["proposals", "move", id, "--to", "approved"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("biểu quyết"), refused.err)
        XCTAssertEqual(run(["proposals", "move", id, "--to", "approved", "--for", "8", "--against", "1", "--members", "9"]).status, 0)
        let list = run(["proposals", "list", "--state", "approved", "--year", "2025"])
        XCTAssertTrue(list.out.contains("Phạm Thị Hồng Nhung"), list.out)
        let dry = run(["decide", id, "--number", "163/QĐ-UBND", "--date", "01/08/2025", "--signer", "Nguyễn Văn A", "--signer-title", "Chủ tịch", "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.err)
        XCTAssertTrue(dry.out.contains("3.510.000 đ"), dry.out)
        XCTAssertEqual(try dir.book().proposal(id).value.state, .approved)
        let done = run(["decide", id, "--number", "163/QĐ-UBND", "--date", "01/08/2025", "--signer", "Nguyễn Văn A"])
        XCTAssertEqual(done.status, 0, done.err)
        XCTAssertEqual(try dir.book().proposal(id).value.state, .decided)
        let history = run(["history", "--search", "pham thi hong nhung"])
        XCTAssertTrue(history.out.contains("163/QĐ-UBND") && history.out.contains("3.510.000 đ"), history.out)
        let roll = run(["honour-roll", "--year", "2025", "--award", "bk_tinh"])
        XCTAssertTrue(roll.out.contains("Phạm Thị Hồng Nhung"), roll.out)
        let check = run(["check"])
        XCTAssertEqual(check.status, 0, check.out)
        let show = run(["proposals", "show", id])
        XCTAssertTrue(show.out.contains("toCouncil → approved  lan"), show.out)
    }

    func testImportDryRunThenReal() throws {
        let path = dir.root + "/in.csv"
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array("Năm;Loại;Họ và tên;Đơn vị;Danh hiệu\n2024;Cá nhân;Đỗ Văn Hải;Sở Y tế;LDTT\n".utf8))
            .write(to: URL(fileURLWithPath: path))
        let dry = run(["import", "awards", path, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.err)
        XCTAssertTrue(dry.out.contains("tạo mới 0 đơn vị, 1 cá nhân"), dry.out)
        XCTAssertTrue(run(["history", "--search", "do van hai"]).out.split(separator: "\n").count <= 2)
        XCTAssertEqual(run(["import", "awards", path]).status, 0)
        XCTAssertTrue(run(["history", "--search", "do van hai"]).out.contains("Lao động tiên tiến"))
        XCTAssertEqual(run(["check"]).status, 0)
        try Data("Năm,Tên,Danh hiệu\nabc,X,LDTT\n".utf8).write(to: URL(fileURLWithPath: path))
        let bad = run(["import", "awards", path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.err.contains("in.csv dòng 2, cột Năm"), bad.err)
    }

    func testHistoryAndHonourRollOnDemoData() {
        let h = run(["history", "--search", "nguyen van khoa"])
        XCTAssertEqual(h.status, 0)
        XCTAssertTrue(h.out.contains("45/QĐ-SNV") && h.out.contains("51/QĐ-SNV") && h.out.contains("39/QĐ-SNV"), h.out)
        let roll = run(["honour-roll", "--year", "2014", "--award", "CO_TINH", "--format", "csv"])
        XCTAssertEqual(roll.out.split(separator: "\r\n").count, 2, roll.out)  // header + 1 flag of 2014
    }
}
