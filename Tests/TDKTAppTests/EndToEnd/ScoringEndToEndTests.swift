import Foundation
@testable import TDKTCore
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// The reviewer's grid and the round's result through the built binary in tmux at 80x24.
final class ScoringEndToEndTests: TmuxCommandTestCase {
    override var dataDirectoryName: String { "tdkt-e2e-scoring" }

    private func openShell() {
        startShell()
        tmux.waitFor("Cài đặt")
    }

    private func quit() {
        let pid = tmux.panePID
        tmux.send("F10")
        if let pid { XCTAssertTrue(waitForExit(pid, timeout: 5), "F10 did not end the process") }
        tmux.killServer()
    }

    /// Gives the process user (root) the administrator role again by rewriting config.json, as
    /// `tdkt roles set` needs an administrator login to run.
    private func makeRootAdministrator() throws {
        let path = dataDir + "/config.json"
        var config = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var roles = try XCTUnwrap(config["roles"] as? [String: Any])
        roles[DataDirectory.currentLogin()] = ["role": "administrator", "clusterIds": [String]()]
        config["roles"] = roles
        try JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    func testReviewerScoresThenTheOfficeClosesRanksAndProposes() throws {
        let login = DataDirectory.currentLogin()
        tdkt("init", "--demo")
        tdkt("roles", "set", "boss", "administrator")
        tdkt("roles", "set", login, "reviewer", "--unit", "tn-stc", "--clusters", "tn-khoi-kinh-te")

        // The reviewer's grid.
        openShell()
        tmux.send("2")
        tmux.waitFor("Chấm điểm thi đua cụm, khối")
        tmux.send("2")
        tmux.waitFor("Khối thi đua các sở")
        tmux.send("Enter")
        tmux.waitFor("Chấm chéo (phiếu của Sở Tài chính)")
        tmux.send("Enter")
        var screen = tmux.waitFor("tối đa 20")
        XCTAssertTrue(screen.contains("chưa chấm"), screen)
        XCTAssertTrue(screen.contains("Sở Công Thương"), screen)
        // Above the maximum: refused, the criterion named on screen.
        tmux.type("25\t")
        screen = tmux.waitFor("vượt quá điểm tối đa 20")
        XCTAssertTrue(screen.contains("! Tiêu chí 'Kết quả thực hiện các chỉ tiêu"), screen)
        // Five full sheets, typed with Tab between the cells.
        let rows = ["19\t9\t9\t9,5\t9,5\t9\t10\t10\t9,5\t", "17\t8\t8\t8,5\t8\t8\t8\t8\t8\t", "18\t9\t8,5\t9\t9\t8\t9\t9\t8,5\t",
                    "18,5\t9\t9\t9\t9\t9\t9\t9\t9\t", "17,5\t8,5\t8\t8\t8,5\t8\t8\t9\t8\t"]
        for r in rows { tmux.type(r) }
        tmux.waitFor("5/5 · 9/9")
        tmux.send("F2")
        tmux.waitFor("Đã lưu 5 phiếu chấm")
        quit()
        let ws = try Workspace(root: dataDir, user: login)
        XCTAssertEqual(try ws.scoringView(clusterId: "tn-khoi-kinh-te", year: 2025).ownSheet(for: "tn-sct").cells["I.1"], 190)

        // The office closes the round, reads the ranking and proposes.
        try makeRootAdministrator()
        openShell()
        tmux.send("2")
        tmux.waitFor("Chấm điểm thi đua cụm, khối")
        tmux.send("2")
        tmux.waitFor("Khối thi đua các sở")
        tmux.send("Enter")
        tmux.waitFor("Kết quả, xếp hạng")
        tmux.send("2")
        screen = tmux.waitFor("KẾT QUẢ TẠM TÍNH")
        XCTAssertTrue(screen.contains("F9 Thao tác"), screen)
        tmux.send("F9")                    // the screen's actions: closing the round
        tmux.waitFor("1. Khóa chấm")
        tmux.send("1")
        tmux.waitFor("30/30")
        tmux.send("c")
        screen = tmux.waitFor("đã khóa chấm chéo")
        XCTAssertTrue(screen.contains("    1 Sở Xây dựng"), screen)
        XCTAssertTrue(screen.contains("Hạng Đơn vị"), screen)
        XCTAssertTrue(screen.contains("F9 Thao tác"), screen)
        XCTAssertTrue(screen.contains("Phiếu bị loại khi tính trung bình"), screen)
        XCTAssertTrue(screen.contains("(cao nhất"), screen)
        XCTAssertTrue(screen.contains("(thấp nhất"), screen)
        tmux.send("d")                     // Đề nghị, also in the F9 menu
        tmux.waitFor("Số phiếu đồng ý")
        tmux.send("Tab")
        tmux.type("5")
        tmux.send("Tab", "Tab", "Tab")
        tmux.type("Biên bản số 01/BB-KTKT")
        tmux.send("F2")
        screen = tmux.waitFor("đề nghị ở trạng thái nháp")
        XCTAssertTrue(screen.contains("CO_TINH"), screen)
        XCTAssertTrue(screen.contains("BK_TINH"), screen)
        quit()
        // The round's proposals (the demo's own 2025 samples, in every state, have no cluster).
        let proposals = try Workspace(root: dataDir, user: login).store.loadAll(Proposal.self, year: 2025).records.filter { $0.value.clusterId != nil }
        XCTAssertFalse(proposals.isEmpty)
        XCTAssertTrue(proposals.allSatisfy { $0.value.state == .draft && $0.value.clusterId == "tn-khoi-kinh-te" })
        // The ballot is kept with its minutes and the flag's dossier counts it.
        XCTAssertEqual(proposals.first { $0.value.awardCode == "CO_TINH" }?.value.dossier[.ballotResult], true)
    }
}
