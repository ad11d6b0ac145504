import Foundation
@testable import TDKTCore
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// A unit submits its own work, through the built binary in tmux at 80x24: the Department of Education's TĐKT
/// officer prepares and submits a Bằng khen proposal; the province returns it with a reason; the officer sees the
/// reason, fixes it and sends it again; the province takes it to the council and approves it. The department's own
/// collective proposal, whose criteria are unknown, is stopped at the council until the head of the office records
/// a reason to override, and that reason is in the council's list.
final class UnitSubmissionEndToEndTests: TmuxCommandTestCase {
    override var dataDirectoryName: String { "tdkt-e2e-units" }
    private let login = DataDirectory.currentLogin()
    private let collective = "2025-bk_tinh-tn-sgddt"

    /// The process user (root) changes hats between the unit and the province: its role is rewritten in
    /// config.json, as `tdkt roles set` needs an administrator login to run.
    private func becomes(_ role: [String: Any]) throws {
        let path = dataDir + "/config.json"
        var config = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var roles = try XCTUnwrap(config["roles"] as? [String: Any])
        roles[login] = role.merging(["clusterIds": [String]()]) { a, _ in a }
        config["roles"] = roles
        try JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    @discardableResult
    private func see(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = tmux.waitFor(timeout: 15) { $0.contains(text) }
        if !r.ok {
            XCTFail("timed out waiting for «\(text)»; screen:\n\(r.screen)", file: file, line: line)
            throw StopTest()
        }
        return r.screen
    }

    /// Waits for the form's focus marker on the field's row.
    private func focused(_ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = tmux.waitFor(timeout: 15) { $0.split(separator: "\n").contains { $0.hasPrefix(" ▶") && $0.contains(label) } }
        if !r.ok {
            XCTFail("focus never reached «\(label)»:\n\(r.screen)", file: file, line: line)
            throw StopTest()
        }
    }

    private func openProposals() throws {
        startShell("NO_COLOR=")
        try see("Cài đặt")
        tmux.send("3")
        // The section opens its screen at once when it has one; with several, the first item is the proposals.
        let shown = tmux.waitFor(timeout: 10) { $0.contains("Trạng thái:") || $0.contains("Đề nghị khen thưởng theo trạng thái") }
        if !shown.screen.contains("Trạng thái:") { tmux.send("1") }
        try see("Trạng thái:")
    }

    private func quit() {
        let pid = tmux.panePID
        tmux.send("F10")
        if let pid { XCTAssertTrue(waitForExit(pid, timeout: 5), "F10 did not end the process") }
        tmux.killServer()
    }

    /// Puts the list's cursor on the row naming `name`.
    private func select(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        func onIt(_ screen: String) -> Bool { screen.split(separator: "\n").contains { $0.hasPrefix("▶") && $0.contains(name) } }
        for key in ["PPage", "Down", "Down", "Down"] {
            if tmux.waitFor(timeout: 1, onIt).ok { return }
            tmux.send(key)
        }
        if !tmux.waitFor(timeout: 5, onIt).ok {
            XCTFail("cursor never on «\(name)»:\n\(tmux.capture())", file: file, line: line)
            throw StopTest()
        }
    }

    /// The move key (c) and the n-th move offered.
    private func move(_ choice: Int, _ state: String) throws {
        tmux.send("c")
        try see("Chuyển 1 đề nghị sang")
        for _ in 1..<choice { tmux.send("Down") }
        tmux.send("Enter")
    }

    func testUnitSubmitsProvinceReturnsUnitFixesProvinceApproves() throws {
        tdkt("init", "--demo")
        tdkt("roles", "set", "boss", "administrator")
        try becomes(["role": "unitOfficer", "unitId": "tn-sgddt"])
        // The department's collective proposal, prepared on the command line.
        tdkt("proposals", "new", "--unit", "tn-sgddt", "--award", "BK_TINH", "--year", "2025", "--achievement", "Hoàn thành xuất sắc nhiệm vụ 2025",
             "--dossier", "all")
        tdkt("proposals", "move", collective, "--to", "submitted")

        // 1. The unit's officer: a Bằng khen for one of its teachers, found without diacritics.
        try openProposals()
        var screen = try see("Sở Giáo dục và Đào tạo")
        XCTAssertTrue(screen.contains("\(login) (unitOfficer)") || screen.contains("Cán bộ TĐKT đơn vị"), screen)
        tmux.send("F7")
        try see("Lập đề nghị khen thưởng")
        tmux.type("pham thi")
        tmux.send("Enter")
        try see("Phạm Thị Hồng Nhung")
        // Only the department's people and collectives are offered.
        screen = try see("1/1")
        XCTAssertFalse(screen.contains("Nguyễn Văn Khoa"), screen)
        tmux.send("Enter")
        try see("Đề nghị cho (Enter: tìm)  Phạm Thị Hồng Nhung")
        tmux.type("b")
        try see("BK_TINH —")
        for _ in 1...5 { tmux.send("Tab") }
        try focused("Tóm tắt thành tích")
        tmux.type("Hai năm hoàn thành xuất sắc, hai sáng kiến")
        for label in ["Tờ trình", "Báo cáo thành tích", "Biên bản họp xét"] {
            tmux.send("Tab")
            try focused(label)
            tmux.type("c")
        }
        tmux.send("F2")
        try see("Đã tạo đề nghị 2025-bk_tinh-pham-thi-hong-nhung")
        tmux.send("Escape")
        try see("Nháp")
        try select("Phạm Thị Hồng Nhung")
        try move(1, "Đã gửi")
        try see("Đã chuyển 1 đề nghị sang Đã gửi")
        // Appraisal is the province's: not offered to the unit.
        tmux.send("c")
        try see("Không có bước nào bạn được làm cho các đề nghị đang ở: Đã")
        tmux.send("Enter")
        quit()

        // 2. The province returns it with a reason.
        try becomes(["role": "clerk", "mayOverrideEligibility": true])
        try openProposals()
        try select("Phạm Thị Hồng Nhung")
        try move(2, "Trả lại")
        try see("Lý do (Trả lại)")
        tmux.type("Bổ sung chữ ký trên biên bản họp xét")
        tmux.send("Enter")
        try see("Đã chuyển 1 đề nghị sang Trả lại")
        quit()

        // 3. The unit sees the state and the reason, fixes it and sends it again.
        try becomes(["role": "unitOfficer", "unitId": "tn-sgddt"])
        try openProposals()
        try see("Trả lại")
        try select("Phạm Thị Hồng Nhung")
        tmux.send("Enter")
        screen = try see("Bị trả lại: Bổ sung chữ ký trên biên bản họp xét")
        for _ in 1...6 { tmux.send("Tab") }
        try focused("Tóm tắt thành tích")
        tmux.type("; biên bản đã ký")
        tmux.send("F2")
        try see("Đã lưu")
        tmux.send("Escape")
        try see("Trả lại")
        try select("Phạm Thị Hồng Nhung")
        try move(1, "Đã gửi")
        try see("Đã chuyển 1 đề nghị sang Đã gửi")
        quit()

        // 4. The province takes it on and approves it; the collective proposal is stopped at the council until overridden.
        try becomes(["role": "clerk", "mayOverrideEligibility": true])
        try openProposals()
        try select("Phạm Thị Hồng Nhung")
        for (choice, state) in [(1, "Đang thẩm định"), (1, "Trình hội đồng")] {
            try move(choice, state)
            try see("Đã chuyển 1 đề nghị sang \(state)")
        }
        tmux.send("b")                     // the council's vote
        try see("Số phiếu đồng ý")
        tmux.type("7")
        tmux.send("Tab")
        tmux.send("Tab")
        tmux.type("9")
        screen = try see("ĐẠT")
        XCTAssertFalse(screen.contains("KHÔNG ĐẠT"), screen)
        tmux.send("F2")
        try see("Đã ghi phiếu cho 1 đề nghị")
        try move(1, "Đã duyệt")
        try see("Đã chuyển 1 đề nghị sang Đã duyệt")
        // The collective: appraisal, then the council — stopped, the conditions named, a reason asked for.
        try select("Sở Giáo dục và Đào tạo")
        try move(1, "Đang thẩm định")
        try see("Đã chuyển 1 đề nghị sang Đang thẩm định")
        try move(1, "Trình hội đồng")
        screen = try see("Vượt điều kiện khen thưởng")
        XCTAssertTrue(tmux.capture(joined: true).contains("Điều kiện khen thưởng chưa đạt"), screen)
        tmux.send("Escape")
        screen = try see("Đang thẩm định")
        XCTAssertFalse(screen.contains("Đã chuyển 1 đề nghị sang Trình hội đồng"), screen)
        try move(1, "Trình hội đồng")
        try see("Vượt điều kiện khen thưởng")
        tmux.type("Sở hoàn thành xuất sắc hai năm, hồ sơ giấy đã thẩm định")
        tmux.send("Enter")
        try see("Đã chuyển 1 đề nghị sang Trình hội đồng")
        quit()

        // The council's list gives the reason; the proposal and the audit log keep it.
        let council = tdkt("report", "council", collective).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        XCTAssertTrue(council.contains("Sở hoàn thành xuất sắc hai năm, hồ sơ giấy đã thẩm định"), council)
        XCTAssertTrue(council.contains("Vượt điều kiện (chưa rõ (thiếu dữ liệu)) — \(login)"), council)
        let shown = tdkt("proposals", "show", collective)
        XCTAssertTrue(shown.contains("Vượt điều kiện"), shown)
        let ws = try Workspace(root: dataDir, user: "boss")
        XCTAssertTrue(try ws.auditEntries(record: collective).contains { $0.action.contains("eligibility overridden (unknown)") })
        let book = ProposalBook(workspace: ws)
        XCTAssertEqual(try book.proposal("2025-bk_tinh-pham-thi-hong-nhung").value.state, .approved)
        XCTAssertEqual(try book.proposal("2025-bk_tinh-pham-thi-hong-nhung").value.history.map(\.to),
                       [.submitted, .returned, .submitted, .underAppraisal, .toCouncil, .approved])
    }

    /// A proposal that reached the council eligible and is no longer (an award it relied on was removed on the
    /// command line) is refused at approval with the condition named; it is approved only after the clerk gives
    /// a reason to override, and that reason is in `tdkt report council`.
    func testIneligibleAtTheCouncilIsRefusedAtApprovalUntilOverridden() throws {
        let id = "2024-cstd_tinh-nguyen-van-khoa"
        tdkt("init", "--demo")
        tdkt("roles", "set", "boss", "administrator")
        try becomes(["role": "clerk", "mayOverrideEligibility": true])
        tdkt("proposals", "new", "--person", "nguyen-van-khoa", "--award", "CSTD_TINH", "--year", "2024",
             "--achievement", "Ba năm Chiến sĩ thi đua cơ sở, sáng kiến cấp tỉnh", "--dossier", "all")
        for state in ["submitted", "underAppraisal", "toCouncil"] { tdkt("proposals", "move", id, "--to", state) }
        tdkt("proposals", "vote", id, "--for", "8", "--against", "0", "--members", "9")
        // The 2023 CSTĐ cơ sở it relied on turns out to be a mistake: removed, the proposal is no longer eligible.
        tdkt("awards", "remove", "tn-cstdcs-2023-khoa", "--year", "2023", "--reason", "Nhập nhầm năm")

        try openProposals()
        for _ in 0..<4 where !tmux.waitFor(timeout: 1, { $0.contains("Năm: 2024") }).ok { tmux.send("y") }
        try see("Năm: 2024")
        try select("Nguyễn Văn Khoa")
        try see("Trình hội đồng")
        // Approval: stopped, the missing condition named, a reason asked for; Esc leaves it before the council.
        try move(1, "Đã duyệt")
        var screen = try see("Vượt điều kiện khen thưởng")
        let whole = tmux.capture(joined: true)
        XCTAssertTrue(whole.contains("Điều kiện khen thưởng chưa đạt"), whole)
        XCTAssertTrue(whole.contains("không tìm thấy năm 2023"), whole)
        tmux.send("Escape")
        screen = try see("Trạng thái:")
        XCTAssertFalse(screen.contains("Đã chuyển 1 đề nghị sang Đã duyệt"), screen)
        XCTAssertEqual(try ProposalBook(workspace: Workspace(root: dataDir, user: "boss")).proposal(id).value.state, .toCouncil)
        // With a reason it passes.
        try move(1, "Đã duyệt")
        try see("Vượt điều kiện khen thưởng")
        tmux.type("Quyết định CSTĐ cơ sở 2023 bản giấy đã đối chiếu")
        tmux.send("Enter")
        try see("Đã chuyển 1 đề nghị sang Đã duyệt")
        quit()

        let council = tdkt("report", "council", id).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        XCTAssertTrue(council.contains("Quyết định CSTĐ cơ sở 2023 bản giấy đã đối chiếu"), council)
        XCTAssertTrue(council.contains("Vượt điều kiện (không đạt) — \(login)"), council)
        let ws = try Workspace(root: dataDir, user: "boss")
        XCTAssertEqual(try ProposalBook(workspace: ws).proposal(id).value.state, .approved)
        let audit = try ws.auditEntries(record: id).map(\.action)
        XCTAssertTrue(audit.contains { $0.contains("eligibility overridden (notMet): Quyết định CSTĐ cơ sở 2023 bản giấy đã đối chiếu") }, "\(audit)")
    }
}
