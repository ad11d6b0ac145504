import Foundation
@testable import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

/// The clusters and scoring screens on the memory backend, over the demo data: the round of
/// tn-khoi-kinh-te 2025 where the reviewer "chamdiem" (unit tn-stc) has not filled its five sheets.
final class ScoringScreenTests: XCTestCase {
    private var dataDir: String!
    private let admin = "khoa"
    private let cluster = DemoData.scoringClusterId
    private let year = DemoData.scoringYear

    override func setUpWithError() throws {
        dataDir = TestDirectories.path("tdkt-scoring-ui")
        try DemoFixture.make(root: dataDir, user: admin)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dataDir)
    }

    private func app(_ login: String, _ lang: String = "vi") -> Application {
        makeShellApplication(ShellOptions(dataDirectory: dataDir, userLogin: login, role: login == admin ? "administrator" : "reviewer",
                                          language: lang))
    }

    private func screen(_ app: Application, size: Size = .standard) -> Frame { app.render(size: size) }

    /// The screen row starting with `prefix`, without the trailing blanks.
    private func line(_ f: Frame, _ prefix: String) throws -> String {
        let row = try XCTUnwrap(f.rows.first { $0.hasPrefix(prefix) }, f.text)
        return String(row.reversed().drop { $0 == " " }.reversed())
    }

    private func type(_ app: Application, _ text: String) {
        for c in text { app.handle(c == "\t" ? .tab : .char(c)) }
    }

    /// Main menu → clusters section → scoring rounds → the (first) round's menu.
    private func openRoundMenu(_ app: Application) {
        app.handle([.char("2"), .char("2"), .enter])
    }

    private func openGrid(_ login: String = "chamdiem") throws -> (Application, GridView) {
        let a = app(login)
        openRoundMenu(a)
        XCTAssertNotNil(screen(a).find("Chấm chéo (phiếu của Sở Tài chính)"), screen(a).text)
        a.handle(.enter)
        return (a, try XCTUnwrap((a.top as? ScoringGridScreen)?.grid, screen(a).text))
    }

    // MARK: Grid

    func testGridShowsCriteriaWithMaximaAndNotScoredAndNeverTheOwnUnit() throws {
        let (a, grid) = try openGrid()
        let f = screen(a)
        for text in ["I. Thực hiện nhiệm vụ chính trị", "I.1", "I.4", "≤20", "≤10", "tối đa 20", "Đơn vị được chấm",
                     "Sở Công Thương", "Sở Xây dựng", "Văn phòng UBND tỉnh", "Tổng"] {
            XCTAssertNotNil(f.find(text), text + "\n" + f.text)
        }
        // The own unit is in the title, never a row.
        XCTAssertEqual(grid.rowHeaders.count, 5)
        XCTAssertFalse(grid.rowHeaders.contains("Sở Tài chính"))
        XCTAssertEqual(f.rows.dropFirst(2).filter { $0.hasPrefix("Sở Tài chính") }.count, 0)
        // Empty cells read "·" (the legend: "· chưa chấm"), never 0.
        let row = try XCTUnwrap(f.rows.first { $0.hasPrefix("Sở Công Thương") })
        XCTAssertTrue(row.contains("·"), row)
        XCTAssertNotNil(f.find("· chưa chấm (khác 0)"), f.text)
        // Six criteria fit at 80 columns, unit names in full.
        XCTAssertNotNil(f.find("II.2"), f.text)
        XCTAssertNotNil(f.find("Văn phòng UBND tỉnh"), f.text)
        XCTAssertFalse(row.contains(" 0 "), row)
        // The criterion's full name under the grid.
        XCTAssertNotNil(f.find("Kết quả thực hiện các chỉ tiêu"), f.text)
        // Scrolling right keeps the row headers and brings the last group in.
        a.handle(.end)
        let right = screen(a)
        XCTAssertNotNil(right.find("III.2"), right.text)
        XCTAssertNotNil(right.find("Sở Công Thương"))
        XCTAssertNil(right.find(" I.1"), right.text)
    }

    func testValueAboveMaximumIsRefusedNamingTheCriterion() throws {
        let (a, grid) = try openGrid()
        type(a, "25\t")
        let f = screen(a)
        XCTAssertNil(grid.values[0][0])
        XCTAssertEqual(grid.cursorColumn, 0)
        XCTAssertEqual(grid.message, "Tiêu chí 'Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm': 25 vượt quá điểm tối đa 20")
        // On screen, whole, over the two lines under the grid.
        XCTAssertNotNil(f.find("! Tiêu chí 'Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm': 25"), f.text)
        XCTAssertNotNil(f.find("vượt quá điểm tối đa 20"), f.text)
        XCTAssertTrue(a.statusIsError)
        // Off the step: I.1 takes halves.
        a.handle(.backspace); a.handle(.backspace)
        type(a, "7,3\t")
        XCTAssertNil(grid.values[0][0])
        XCTAssertNotNil(screen(a).find("không đúng bước điểm 0,5"), screen(a).text)
        // II.3 takes whole points only.
        grid.moveTo(row: 0, column: 6)
        type(a, "7,5\t")
        XCTAssertNotNil(screen(a).find("Tiêu chí 'Thực hiện giao ước thi đua của Khối': 7,5 không đúng bước điểm 1"), screen(a).text)
    }

    func testTotalsUpdateAsTheyType() throws {
        let (a, grid) = try openGrid()
        type(a, "18\t")
        XCTAssertEqual(grid.values[0][0], 18)
        var row = try line(screen(a), "Sở Công Thương")
        XCTAssertTrue(row.hasSuffix("│    18"), row)
        type(a, "9,5\t")
        row = try line(screen(a), "Sở Công Thương")
        XCTAssertTrue(row.hasSuffix("│  27,5"), row)
        // Zero is a value, not "chưa chấm".
        type(a, "0\t")
        row = try line(screen(a), "Sở Công Thương")
        XCTAssertTrue(row.contains("9,5      0[     ·]"), row)
        XCTAssertTrue(row.hasSuffix("27,5"), row)
    }

    private let fullRow = "18\t9\t8,5\t9\t9\t8\t9\t9\t8,5\t"
    private var fullRowTicks: [String: Int] {
        ["I.1": 180, "I.2": 90, "I.3": 85, "I.4": 90, "II.1": 90, "II.2": 80, "II.3": 90, "III.1": 90, "III.2": 85]
    }

    func testF2SavesAndANewWorkspaceReadsTheSheetBack() throws {
        let (a, grid) = try openGrid()
        type(a, fullRow)
        type(a, "15\t")  // a second sheet, partial
        XCTAssertTrue(grid.hasUnsavedChanges)
        a.handle(.function(2))
        XCTAssertNotNil(screen(a).find("Đã lưu 2 phiếu chấm"), screen(a).text)
        XCTAssertFalse(grid.hasUnsavedChanges)
        let ws = try Workspace(root: dataDir, user: "chamdiem")
        let view = try ws.scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(view.ownSheet(for: "tn-sct").cells, fullRowTicks)
        XCTAssertTrue(view.ownSheet(for: "tn-sct").isComplete(in: view.table))
        XCTAssertEqual(view.ownSheet(for: "tn-skhcn").cells, ["I.1": 150])
        XCTAssertEqual(view.progress.cell(rater: "tn-stc", unit: "tn-sct"), .complete)
        // Nothing changed: F2 says so and writes nothing.
        a.handle(.function(2))
        XCTAssertNotNil(screen(a).find("Không có phiếu nào thay đổi"), screen(a).text)
        // Reopening shows the saved values.
        let (b, again) = try openGrid()
        XCTAssertEqual(again.values[0][0], 18)
        XCTAssertEqual(again.values[0][2], 8.5)
        XCTAssertNotNil(screen(b).find("8,5"))
    }

    func testASecondReviewersConflictingSaveIsReportedAndTheTypedValuesKept() throws {
        let adminWs = try Workspace(root: dataDir, user: admin)
        try adminWs.setRole(RoleAssignment(role: .reviewer, unitId: "tn-stc", clusterIds: [cluster]), for: "chamdiem2")
        let (a, grid) = try openGrid()
        type(a, "18\t9\t")
        // Meanwhile the other reviewer of the same unit saves the same sheet.
        let other = try Workspace(root: dataDir, user: "chamdiem2")
        try other.saveOwnCrossSheet(CrossScoreSheet(raterId: "tn-stc", rateeId: "tn-sct", cells: ["I.1": 100]),
                                    clusterId: cluster, year: year, startedFrom: nil)
        a.handle(.function(2))
        let f = screen(a)
        XCTAssertTrue(a.top is MessageDialog, f.text)
        XCTAssertNotNil(f.find("chamdiem2"), f.text)
        XCTAssertNotNil(f.find("Xung đột"), f.text)
        // Nothing was overwritten.
        var saved = try Workspace(root: dataDir, user: "chamdiem").scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(saved.ownSheet(for: "tn-sct").cells, ["I.1": 100])
        // The typed values are still in the grid; a second F2 saves them over the reloaded sheet.
        a.handle(.enter)
        XCTAssertTrue((a.top as? ScoringGridScreen)?.grid === grid)
        XCTAssertEqual(grid.values[0][0], 18)
        XCTAssertEqual(grid.values[0][1], 9)
        a.handle(.function(2))
        XCTAssertFalse(a.top is MessageDialog, screen(a).text)
        saved = try Workspace(root: dataDir, user: "chamdiem").scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(saved.ownSheet(for: "tn-sct").cells, ["I.1": 180, "I.2": 90])
    }

    func testSelfScoreSheetWithEvidence() throws {
        let a = app("chamdiem")
        openRoundMenu(a)
        a.handle([.down, .enter])
        let form = try XCTUnwrap(a.top as? FormView, screen(a).text)
        XCTAssertNotNil(screen(a).find("minh chứng"))
        // Demo self-score values are there; replace the first with a refused one, then a good one.
        form.focusedField?.editor.setText("")
        type(a, "21\t")
        XCTAssertNotNil(screen(a).find("! Tiêu chí 'Kết quả thực hiện các chỉ tiêu, nhiệm"), screen(a).text)
        XCTAssertNotNil(screen(a).find("21 vượt quá điểm tối đa"), screen(a).text)
        a.handle(.backTab)
        form.focusedField?.editor.setText("")
        type(a, "19,5\t")
        form.focusedField?.editor.setText("")
        type(a, "Báo cáo số 12/BC-STC")
        a.handle(.function(2))
        XCTAssertFalse(a.top is MessageDialog, screen(a).text)
        let view = try Workspace(root: dataDir, user: "chamdiem").scoringView(clusterId: cluster, year: year)
        XCTAssertEqual(view.ownSelfSheet.cells["I.1"], SelfScoreCell(value: 195, evidence: "Báo cáo số 12/BC-STC"))
        XCTAssertNotNil(view.ownSelfSheet.cells["I.2"]?.value)
    }

    // MARK: Role

    /// The menu offers what TDKTCore's `scoringActions` allows, which `tdkt scores show` prints as "Bạn có thể".
    func testTheReviewerIsNotOfferedTheOfficesActions() throws {
        let r = app("chamdiem")
        openRoundMenu(r)
        let f = screen(r)
        XCTAssertNotNil(f.find("Tự chấm điểm (Sở Tài chính)"))
        XCTAssertNotNil(f.find("Tiến độ chấm"), "who has scored whom, without values, as the command line shows it: \(f.text)")
        XCTAssertNil(f.find("Kết quả, xếp hạng"), f.text)
        let o = app(admin)
        openRoundMenu(o)
        let g = screen(o)
        XCTAssertNotNil(g.find("Tiến độ chấm"), g.text)
        XCTAssertNotNil(g.find("Kết quả, xếp hạng"), g.text)
        XCTAssertNil(g.find("Chấm chéo"), g.text)  // the administrator has no unit to score as
    }

    // MARK: Progress and result

    func testProgressMatrix() throws {
        let a = app(admin)
        openRoundMenu(a)
        a.handle([.char("1")])  // Tiến độ chấm is the first entry for the office
        let grid = try XCTUnwrap(a.top as? GridView, screen(a).text)
        let f = screen(a)
        for text in ["stc", "sxd", "vp-ubnd", "Người chấm \\ đơn vị", "Xong", "Phiếu đủ 25/30", "✓ đủ"] {
            XCTAssertNotNil(f.find(text), text + "\n" + f.text)
        }
        let stc = try line(f, "Sở Tài chính")
        XCTAssertTrue(stc.contains("—"), stc)
        XCTAssertTrue(stc.contains("·"), stc)
        XCTAssertTrue(stc.hasSuffix("0/5"), stc)
        let sxd = try line(f, "Sở Xây dựng")
        XCTAssertTrue(sxd.contains("✓"), sxd)
        XCTAssertTrue(sxd.hasSuffix("5/5"), sxd)
        // Read only.
        type(a, "5")
        XCTAssertNotNil(screen(a).find("Bảng tiến độ chỉ để xem"))
        XCTAssertFalse(grid.hasUnsavedChanges)
    }

    func testResultAfterCloseShowsTheRankingAndDroppedSheetsThenProposals() throws {
        let a = app(admin)
        openRoundMenu(a)
        a.handle(.char("2"))
        let panel = try XCTUnwrap(a.top as? TextPanel, screen(a).text)
        var f = screen(a)
        XCTAssertNotNil(f.find("KẾT QUẢ TẠM TÍNH"), f.text)
        XCTAssertTrue(f.row(23).contains("F9 Thao tác"), f.row(23))
        a.handle(.function(9))
        XCTAssertNotNil(screen(a).find("Khóa chấm"), screen(a).text)
        XCTAssertNil(screen(a).find("Đề nghị"), screen(a).text)
        a.handle(.escape)
        a.handle(.char("c"))
        XCTAssertNotNil(screen(a).find("Khóa chấm chéo Khối thi đua các sở, ngành kinh tế năm 2025?"), screen(a).text)
        a.handle(.char("c"))
        f = screen(a)
        XCTAssertNotNil(f.find("đã khóa chấm chéo"), f.text)
        XCTAssertNotNil(f.find("Đã khóa chấm chéo"), f.text)
        XCTAssertTrue(f.row(23).contains("F9 Thao tác"), f.row(23))
        let ws = try Workspace(root: dataDir, user: admin)
        XCTAssertEqual(try ws.scoringView(clusterId: cluster, year: year).state, .closed)
        let result = try ws.scoringResult(clusterId: cluster, year: year)
        // The ranking, in order, with the final scores.
        let text = panel.lines.map(\.text)
        let rankRows = text.filter { $0.hasPrefix("   1 ") || $0.hasPrefix("   2 ") || $0.hasPrefix("   6 ") }
        XCTAssertEqual(rankRows.count, 3, text.joined(separator: "\n"))
        let first = try XCTUnwrap(result.units.first)
        XCTAssertTrue(rankRows[0].contains(ws.units[first.unitId]!.value.name), rankRows[0])
        XCTAssertTrue(rankRows[0].contains(ScoringText.points(first.finalScore, DemoData.scoringTable(), language: "vi")), rankRows[0])
        XCTAssertNotNil(screen(a).find("   1 " + ws.units[first.unitId]!.value.name), screen(a).text)
        // The dropped sheets named with their raters.
        let droppedHeader = try XCTUnwrap(text.firstIndex { $0.hasPrefix("Phiếu bị loại") })
        let dropped = result.units.flatMap { u in u.sheets.filter { $0.dropped == .highest }.map { (u.unitId, $0.raterId) } }
        XCTAssertFalse(dropped.isEmpty)
        for (unit, rater) in dropped {
            XCTAssertTrue(text[droppedHeader...].contains { $0.contains("\(unit): ") && $0.contains("\(rater) (cao nhất") }, "\(unit) \(rater)")
        }
        XCTAssertTrue(text.contains { $0.contains("Lưu ý: cụm dưới 10 thành viên") })
        XCTAssertTrue(text.contains { $0.contains("tn-stc → ") })  // the reviewer never scored
        XCTAssertTrue(text.contains { $0.contains("Krippendorff α") })
        // Propose: the ballot for the leading unit, then the drafts with the council marks.
        a.handle(.char("d"))
        let form = try XCTUnwrap(a.top as? FormView, screen(a).text)
        XCTAssertEqual(form.field("members")?.value, "6")
        XCTAssertNotNil(screen(a).find(ws.units[first.unitId]!.value.name))
        a.handle(.tab)
        type(a, "5")
        a.handle(.tab); a.handle(.tab); a.handle(.tab)
        type(a, "Biên bản 01")
        a.handle(.function(2))
        let out = try XCTUnwrap(a.top as? TextPanel, screen(a).text)
        XCTAssertEqual(try ws.scoringBallot(clusterId: cluster, year: year)?.documentReference, "Biên bản 01", "the ballot is kept")
        let outText = out.lines.map(\.text)
        // The round's own proposals (the demo has others of the year, in every state of the workflow).
        let proposals = ws.store.loadAll(Proposal.self, year: year).records.map(\.value).filter { $0.clusterId == cluster }
        XCTAssertFalse(proposals.isEmpty)
        XCTAssertTrue(outText.contains("Đã tạo \(proposals.count) đề nghị ở trạng thái nháp."), outText.joined(separator: "\n"))
        for p in proposals {
            XCTAssertEqual(p.state, .draft)
            XCTAssertTrue(outText.contains { $0.hasPrefix(p.id) }, p.id)
        }
        XCTAssertEqual(proposals.first { $0.nominee.id == first.unitId }?.awardCode, "CO_TINH")
        if proposals.contains(where: \.needsCouncilReview) {
            XCTAssertTrue(outText.contains { $0.contains("Cần Hội đồng xem xét") })
        }
    }

    func testResultInEnglish() throws {
        let a = app(admin, "en")
        openRoundMenu(a)
        a.handle(.char("2"))
        let f = screen(a)
        XCTAssertNotNil(f.find("PROVISIONAL RESULT"), f.text)
        XCTAssertNotNil(f.find("Sheets dropped by trimming"), f.text)
    }

    // MARK: Registry

    func testClusterListAndDetailWithAgreementAndTheTwiceInARowWarning() throws {
        // Make Sở Xây dựng lead 2024 and 2025.
        let ws = try Workspace(root: dataDir, user: admin)
        var c = try XCTUnwrap(ws.clusters[cluster])
        c.value.years[0].leaderId = "tn-sxd"
        c.value.years[0].deputyId = "tn-stc"
        try ws.store.save(c.value, basedOn: c.revision, action: "test")

        let a = app(admin)
        a.handle([.char("2"), .char("1")])
        let list = try XCTUnwrap(a.top as? ListView, screen(a).text)
        let f = screen(a)
        let row = try line(f, " Khối thi đua các sở, ngành k")  // the name column takes what the others leave
        XCTAssertTrue(row.contains("Khối"), row)
        XCTAssertTrue(row.contains(" 6 "), row)
        XCTAssertTrue(row.contains("2025"), row)
        XCTAssertTrue(row.contains("Sở Xây dựng"), row)
        XCTAssertTrue(row.hasSuffix("!"), row)
        // Sorted in Vietnamese order.
        let names = list.rows.map { $0.cells[0] }
        XCTAssertEqual(names, names.sorted(by: VietnameseCollation.less))
        XCTAssertTrue(list.find("kinh te", from: 0))
        a.handle(.enter)
        let d = screen(a)
        for text in ["tn-sxd làm cụm trưởng hai năm liền (2024, 2025)", "Thành viên (6)", "1. Sở Tài chính (tn-stc)",
                     "2025: Cụm trưởng Sở Xây dựng; Cụm phó Sở Khoa học và Công nghệ", "Giao ước thi đua — Ngày ký",
                     "Hoàn thành 100% chỉ tiêu kế hoạch năm"] {
            XCTAssertNotNil(d.find(text), text + "\n" + d.text)
        }
        // The earlier year is further down.
        a.handle(.end)
        XCTAssertNotNil(screen(a).find("2024: Cụm trưởng Sở Xây dựng; Cụm phó Sở Tài chính"), screen(a).text)
    }
}
