import Foundation
@testable import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

/// Giải trình in the terminal: offered to a member's reviewer only while the explanation period is
/// open; the explanation is saved in the round; after the period nothing is offered.
final class ExplanationScreenTests: XCTestCase {
    func testReviewerFilesAnExplanationDuringThePeriod() throws {
        let dir = TestDirectories.path("tdkt-explain-ui")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try DemoFixture.make(root: dir, user: "khoa")
        let cluster = DemoData.scoringClusterId, year = DemoData.scoringYear
        func app() -> Application {
            makeShellApplication(ShellOptions(dataDirectory: dir, userLogin: "chamdiem", role: "reviewer", language: "vi"))
        }
        // Before the period: no explanation entry.
        var a = app()
        a.handle([.char("2"), .char("2"), .enter])
        XCTAssertNil(a.render(size: .standard).find("Giải trình kết quả chấm"))

        let office = try Workspace(root: dir, user: "khoa")
        var v = try office.scoringView(clusterId: cluster, year: year)
        try office.closeScoring(clusterId: cluster, year: year, basedOn: v.revision)
        v = try office.scoringView(clusterId: cluster, year: year)
        try office.openExplanationPeriod(clusterId: cluster, year: year, deadline: Date().addingTimeInterval(86_400), basedOn: v.revision)

        a = app()
        a.handle([.char("2"), .char("2"), .enter])
        let menu = a.render(size: .standard)
        let entry = try XCTUnwrap(menu.find("Giải trình kết quả chấm"), menu.text)
        // Move to the entry (a few rows down at most) and open it.
        for _ in 0..<8 where !a.render(size: .standard).row(entry.y).contains("▶") { a.handle(.down) }
        a.handle(.enter)
        let form = try XCTUnwrap(a.top as? FormView, a.render(size: .standard).text)
        XCTAssertEqual(form.formID, "explanation-\(cluster)-\(year)")
        a.handle(.tab)
        for c in "Đã số hóa toàn bộ hồ sơ" { a.handle(.char(c)) }
        a.handle(.function(2))
        let round = try XCTUnwrap(try office.store.read(ScoringRound.self, at: "scoring/\(year)/\(cluster).json")).value
        XCTAssertEqual(round.explanations.map(\.text), ["Đã số hóa toàn bộ hồ sơ"])
        XCTAssertEqual(round.explanations.first?.unitId, "tn-stc")
    }
}
