import Foundation
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit
import TerminalUI
import XCTest
@testable import TDKTApp

/// The cross-scoring grid of the demo's reviewer "chamdiem" (tn-stc): what was typed survives a
/// dropped connection, "n" goes to the next empty cell, the focused criterion is readable in full;
/// and a clerk sets a round up from CSV files in the program.
final class ScoringGridDraftTests: XCTestCase {
    private var dataDir: String!
    private let cluster = DemoData.scoringClusterId
    private let year = DemoData.scoringYear

    override func setUpWithError() throws {
        dataDir = NSTemporaryDirectory() + "tdkt-grid-draft-" + UUID().uuidString
        try DemoFixture.make(root: dataDir, user: "khoa")
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dataDir) }

    private func app(_ login: String) -> Application {
        makeShellApplication(ShellOptions(dataDirectory: dataDir, userLogin: login, role: login == "khoa" ? "administrator" : "reviewer",
                                          language: "vi"))
    }

    private func type(_ app: Application, _ text: String) { for c in text { app.handle(c == "\t" ? .tab : .char(c)) } }

    private func openGrid(_ a: Application) throws -> ScoringGridScreen {
        a.handle([.char("2"), .char("2"), .enter])
        a.handle(.enter)
        return try XCTUnwrap(a.top as? ScoringGridScreen, a.render(size: .standard).text)
    }

    func testGridDraftSurvivesADroppedConnection() throws {
        let first = app("chamdiem")
        let screen = try openGrid(first)
        type(first, "18\t9\t")
        first.handle(.char("1"))   // typing in the third cell when the link drops
        XCTAssertTrue(screen.hasUnsavedChanges)
        // The hang-up handler of the shell (SIGHUP) keeps the focused grid's values.
        first.onAbruptEnd?(first, .signal(SIGHUP))
        let drafts = DraftStore(dataDirectory: dataDir, login: "chamdiem")
        XCTAssertEqual(drafts.load(formID: screen.draftID)?.values["tn-sct|I.1"], "18")

        // A new session: the grid offers the draft back; accepted, the values are there and F2 saves them.
        let next = app("chamdiem")
        next.handle([.char("2"), .char("2"), .enter])
        next.handle(.enter)
        XCTAssertNotNil(next.render(size: .standard).find("Khôi phục bản nháp"), next.render(size: .standard).text)
        next.handle(.char("c"))
        let restored = try XCTUnwrap(next.top as? ScoringGridScreen)
        XCTAssertEqual(restored.grid.values[0][0], 18)
        XCTAssertEqual(restored.grid.values[0][1], 9)
        XCTAssertTrue(restored.hasUnsavedChanges)
        XCTAssertNil(drafts.load(formID: screen.draftID), "the draft is used once")
        next.handle(.function(2))
        let saved = try Workspace(root: dataDir, user: "chamdiem").scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(saved.ownSheet(for: "tn-sct").cells, ["I.1": 180, "I.2": 90])
        // Every cell the save wrote is named in the audit log.
        let audit = try Workspace(root: dataDir, user: "khoa").auditEntries(record: "scoring/2025").last
        XCTAssertEqual(audit?.user, "chamdiem")
        XCTAssertEqual(audit?.changes, ["cell tn-stc→tn-sct I.1": "∅ → 18", "cell tn-stc→tn-sct I.2": "∅ → 9"])
    }

    func testNextEmptyCellAndTheCriterionInFull() throws {
        let a = app("chamdiem")
        let screen = try openGrid(a)
        type(a, "18\t9\t")
        screen.grid.moveTo(row: 0, column: 0)
        a.handle(.char("n"))
        XCTAssertEqual([screen.grid.cursorRow, screen.grid.cursorColumn], [0, 2])
        let f = a.render(size: .standard)
        XCTAssertNotNil(f.find("I.3 Giải ngân vốn đầu tư công; thực hành"), f.text)
        XCTAssertNotNil(f.find("tiết kiệm, chống lãng phí — chấm điểm, tối đa 10, bước 0,5"), f.text)
        XCTAssertNotNil(f.find("I. Thực hiện nhiệm vụ chính trị ›"), f.text)
        // A letter of the screen's own: in F1 and the F9 menu.
        let actions = a.commands.actions(for: screen.allContexts, hiding: a.hiddenCommands(of: screen)).map { $0.label.vi }
        XCTAssertTrue(actions.contains("Ô trống"), "\(actions)")
        // From the last cell it wraps to the first empty one.
        screen.grid.moveTo(row: 4, column: 8)
        a.handle(.char("n"))
        XCTAssertEqual([screen.grid.cursorRow, screen.grid.cursorColumn], [0, 2])
    }

    /// Types a path into the prompt on top and accepts it.
    private func answer(_ a: Application, _ path: String, file: StaticString = #filePath, line: UInt = #line) {
        type(a, path)
        XCTAssertEqual((a.top as? PromptDialog)?.text, path, a.render(size: .standard).text, file: file, line: line)
        a.handle(.enter)
    }

    func testClerkSetsUpARoundFromCSVInTheProgram() throws {
        let ws = try Workspace(root: dataDir, user: "khoa")
        let members = ["tn-xa-1", "tn-xa-2", "tn-xa-3", "tn-xa-4", "tn-xa-5"]
        let clusters = "Cụm,Loại,Năm,Đơn vị,Vai trò,Tên cụm\n" + members.enumerated().map { i, m in
            "cum-thu,Cụm,2026,\(m),\(i == 0 ? "Cụm trưởng" : "Thành viên"),Cụm thử nghiệm"
        }.joined(separator: "\n") + "\n"
        try clusters.write(toFile: dataDir + "/cum.csv", atomically: true, encoding: .utf8)
        try "Nhóm,Mã,Tiêu chí,Điểm tối đa,Bước điểm,Loại\nI. Nhiệm vụ,A,Chỉ tiêu,10,1,điểm\nI. Nhiệm vụ,B,Giao ước,10,10,đạt/không đạt\n"
            .write(toFile: dataDir + "/bang.csv", atomically: true, encoding: .utf8)
        var sheets = "Đơn vị chấm,Đơn vị được chấm,Mã tiêu chí,Điểm\n"
        for (ri, r) in members.enumerated() { for (ui, u) in members.enumerated() where r != u {
            sheets += "\(r),\(u),A,\(9 - ui)\n\(r),\(u),B,\(ri == 4 ? 0 : 10)\n"
        } }
        try sheets.write(toFile: dataDir + "/phieu.csv", atomically: true, encoding: .utf8)

        let a = app("khoa")
        a.handle([.char("2"), .char("3")])             // clusters → set-up
        XCTAssertNotNil(a.render(size: .standard).find("Nhập cụm, khối từ tệp CSV"), a.render(size: .standard).text)
        a.handle(.enter)
        answer(a, dataDir + "/cum.csv")
        XCTAssertNotNil(a.render(size: .standard).find("tạo 1"), a.render(size: .standard).text)
        a.handle(.enter)                               // dismiss the message
        a.handle([.down, .enter])                      // a cluster's round…
        XCTAssertTrue(a.top is ListView)
        let list = try XCTUnwrap(a.top as? ListView)
        let i = try XCTUnwrap(list.rows.firstIndex { $0.id == "cum-thu" })
        for _ in 0..<i { a.handle(.down) }
        a.handle(.enter)
        a.handle(.enter)                               // year 2026 proposed
        XCTAssertNotNil(a.render(size: .standard).find("Cụm thử nghiệm 2026 — chưa có bảng chấm điểm"), a.render(size: .standard).text)
        a.handle(.enter)                               // import the criteria table
        answer(a, dataDir + "/bang.csv")
        XCTAssertNotNil(a.render(size: .standard).find("đang cấu hình"), a.render(size: .standard).text)
        let menu = try XCTUnwrap(a.top as? MenuView)
        func choose(_ label: String) throws {
            let m = try XCTUnwrap(a.top as? MenuView, a.render(size: .standard).text)
            let k = try XCTUnwrap(m.items.firstIndex { $0.label.hasPrefix(label) }, m.items.map(\.label).joined(separator: "|"))
            m.items[k].action(a)
        }
        _ = menu
        try choose("Mở chấm điểm")
        try choose("Nhập phiếu chấm từ CSV")
        answer(a, dataDir + "/phieu.csv")
        XCTAssertTrue(a.statusMessage?.contains("Đã lưu 20 phiếu, không đổi 0, xung đột 0; đủ 20/20 phiếu") == true, a.statusMessage ?? "")
        try choose("Khóa chấm chéo")
        try choose("Kết quả")
        let f = a.render(size: Size(width: 80, height: 40))
        XCTAssertNotNil(f.find("Cờ thi đua của UBND tỉnh — đơn vị xếp hạng 1: UBND"), f.text)
        XCTAssertEqual(try ws.scoringResult(clusterId: "cum-thu", year: 2026).ranking.first, "tn-xa-1")
    }
}
