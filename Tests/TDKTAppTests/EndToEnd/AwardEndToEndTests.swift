import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// The award workflow through the built binary in tmux at 80x24: a clerk opens a proposal for
/// "Nguyễn Văn Khoa" found by typing "nguyen van khoa", sees its eligibility, fills the dossier, takes it to
/// approved (submit → appraisal → council with a passing vote → approved), makes decision 163/QĐ-UBND and
/// finds the award in the person's history.
final class AwardEndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var dataDir: String!
    private var binary: String!

    override func setUpWithError() throws {
        tmux = try Tmux()
        binary = try requireBinary()
        dataDir = TestDirectories.path("tdkt-e2e-awards")
        let env = ProcessInfo.processInfo.environment
        for args in [["init", "--demo"], ["roles", "set", "truongphong", "administrator"]] {
            let r = spawnAndWait(binary, ["--data", dataDir] + args, environment: env)
            XCTAssertEqual(r.status, 0, "tdkt \(args): \(r.output)")
        }
        // The login running the test becomes a clerk (another administrator exists now).
        let me = String(cString: getpwuid(getuid())!.pointee.pw_name)
        let r = spawnAndWait(binary, ["--data", dataDir, "roles", "set", me, "clerk"], environment: env)
        XCTAssertEqual(r.status, 0, r.output)
    }

    override func tearDown() {
        tmux?.killServer()
        tmux = nil
        if let d = dataDir { try? FileManager.default.removeItem(atPath: d) }
    }

    /// Waits for the text, failing the test (and stopping it) if it never shows.
    @discardableResult
    private func see(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = tmux.waitFor(timeout: 15) { $0.contains(text) }
        if !r.ok {
            XCTFail("timed out waiting for «\(text)»; screen:\n\(r.screen)", file: file, line: line)
            throw StopTest()
        }
        return r.screen
    }

    func testClerkProposesDecidesAndFindsTheAward() throws {
        tmux.start("env TERM=xterm-256color LANG=C.UTF-8 LC_ALL= NO_COLOR= \(shellQuote(binary)) --data \(shellQuote(dataDir))")
        try see("Cài đặt")
        tmux.send("3")                     // the section: its first screen is the proposals by state
        let section = tmux.waitFor(timeout: 10) { $0.contains("Trạng thái:") || $0.contains("Đề nghị khen thưởng theo trạng thái") }
        if !section.screen.contains("Trạng thái:") { tmux.send("1") }
        try see("Trạng thái:")
        // New proposal; the nominee found without diacritics.
        tmux.send("F7")
        try see("Lập đề nghị khen thưởng")
        tmux.type("nguyen van khoa")
        tmux.send("Enter")
        try see("Chọn người hoặc tập thể")
        try see("Nguyễn Văn Khoa")
        tmux.send("Enter")
        try see("Đề nghị cho (Enter: tìm)  Nguyễn Văn Khoa")
        tmux.type("c")
        try see("CSTDCS")
        tmux.type("c")
        try see("CSTD_TINH —")
        tmux.send("Tab")
        tmux.send("C-u")
        tmux.type("2024")
        tmux.send("Tab")
        // The eligibility explained, with the decisions used.
        var screen = try see("QĐ 45/QĐ-SNV")
        XCTAssertTrue(screen.contains("Điều kiện khen thưởng (CSTD_TINH 2024): đạt"), screen)
        XCTAssertTrue(screen.contains("✓ Chiến sĩ thi đua cơ sở 2022, 2023, 2024: đạt"), screen)
        tmux.send("Tab")
        tmux.send("Tab")
        tmux.send("Tab")
        try see("▶          Tóm tắt thành tích")
        tmux.type("Sáng kiến Số hóa hồ sơ khen thưởng cấp tỉnh")
        for label in ["Tờ trình", "Báo cáo thành tích", "Biên bản họp xét", "Giấy chứng nhận sáng kiến", "Kết quả bỏ phiếu kín"] {
            tmux.send("Tab")
            // The focus marker on the document's row.
            let r = tmux.waitFor(timeout: 15) { $0.split(separator: "\n").contains { $0.hasPrefix(" ▶") && $0.contains(label) } }
            XCTAssertTrue(r.ok, "focus never reached «\(label)»:\n\(r.screen)")
            tmux.type("c")
        }
        screen = try see("[x] Có")
        XCTAssertTrue(screen.contains("Giấy chứng nhận sáng kiến *"), "required documents are starred:\n\(screen)")
        tmux.send("F2")
        try see("Đã tạo đề nghị 2024-cstd_tinh-nguyen-van-khoa")
        tmux.send("Escape")
        // The list opens on the current year; y steps back to the proposal's year (2024).
        var shown = tmux.waitFor(timeout: 3) { $0.contains("Nguyễn Văn Khoa") }
        for _ in 0..<4 where !shown.ok {
            tmux.send("y")
            shown = tmux.waitFor(timeout: 3) { $0.contains("Nguyễn Văn Khoa") }
        }
        XCTAssertTrue(shown.ok, shown.screen)
        // The demo's own drafts (those its final economic block round made) are listed with it.
        let demo = DemoData.finalRoundProposals(DemoData.finalScoringRound())
        XCTAssertFalse(demo.isEmpty)
        XCTAssertEqual(shown.screen.split(separator: "\n").filter { $0.contains("2024 ") && $0.hasSuffix("Nháp") }.count, demo.count + 1,
                       shown.screen)
        for p in demo { XCTAssertTrue(shown.screen.contains(p.awardCode), shown.screen) }
        // The new proposal found by typing, then moved.
        tmux.type("/")
        tmux.type("nguyen van khoa")
        tmux.send("Enter")
        let selected = tmux.waitFor(timeout: 15) { $0.split(separator: "\n").contains { $0.hasPrefix("▶") && $0.contains("Nguyễn Văn Khoa") } }
        XCTAssertTrue(selected.ok, selected.screen)
        // Submit → appraisal → council, each the first move offered.
        for state in ["Đã gửi", "Đang thẩm định", "Trình hội đồng"] {
            tmux.send("c")                 // Chuyển, also in the F9 menu
            try see("1. \(state)")
            tmux.send("Enter")
            try see("Đã chuyển 1 đề nghị sang \(state)")
        }
        // The council's vote, passing.
        tmux.send("b")                     // Biểu quyết
        try see("Số phiếu đồng ý")
        tmux.type("7")
        tmux.send("Tab")
        tmux.send("Tab")
        tmux.type("9")
        try see("→ ĐẠT")
        tmux.send("F2")
        try see("Đã ghi phiếu cho 1 đề nghị")
        tmux.send("c")
        try see("1. Đã duyệt")
        tmux.send("Enter")
        try see("Đã chuyển 1 đề nghị sang Đã duyệt")
        // The decision: preview with the money, then made.
        tmux.send("q")                     // Ra quyết định
        try see("Số quyết định")
        tmux.type("163/QĐ-UBND")
        tmux.send("Tab")
        tmux.send("Tab")
        tmux.send("Tab")
        tmux.type("Trịnh Việt Hùng")
        tmux.send("F2")
        screen = try see("Tổng cộng")
        XCTAssertTrue(screen.contains("7.590.000 đ"), screen)  // 3.0 × 2.530.000 đ, today's base salary
        tmux.send("F2")
        try see("Ra quyết định 163/QĐ-UBND khen thưởng 1")
        tmux.type("c")
        try see("Đã ra quyết định 163/QĐ-UBND")
        // The decision opens as it prints; Esc goes back to the list, where the proposal is decided.
        try see("QUYẾT ĐỊNH")
        tmux.send("Escape")
        try see("Đã có quyết định")
        // The person's history. Back to the main menu (through the section's menu when it has several
        // screens). A digit typed within a second of Esc would be an F-key: wait for the menu first.
        var menu = tmux.waitFor(timeout: 3) { $0.contains("Cài đặt") }
        for _ in 0..<3 where !menu.ok {
            tmux.send("Escape")
            menu = tmux.waitFor(timeout: 3) { $0.contains("Cài đặt") }
        }
        try see("Cài đặt")
        tmux.send("4")
        try see("Tra cứu quá trình khen thưởng")
        tmux.send("Enter")
        try see("Tìm người, tập thể:")
        tmux.type("nguyen van khoa")
        tmux.send("Enter")
        screen = try see("163/QĐ-UBND")
        XCTAssertTrue(screen.contains("Chiến sĩ thi đua cấp tỉnh"), screen)
        XCTAssertTrue(screen.contains("45/QĐ-SNV"), screen)
        XCTAssertTrue(screen.contains("Tìm thấy 4 lần khen thưởng"), screen)
        tmux.send("F10")
    }
}
