import Foundation
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit
import TerminalUI
import XCTest
@testable import TDKTApp

/// The demo's social block, 2024, in its explanation period: the office revises a sheet answering
/// tn-syt's explanation and makes the result final, from the set-up menu.
final class ScoringSetupStepsTests: XCTestCase {
    private var dataDir: String!

    override func setUpWithError() throws {
        dataDir = TestDirectories.path("tdkt-setup-steps")
        try DemoFixture.make(root: dataDir, user: "khoa")
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dataDir) }

    func testReviseAnsweringAnExplanationThenFinalize() throws {
        let a = makeShellApplication(ShellOptions(dataDirectory: dataDir, userLogin: "khoa", role: "administrator", language: "vi"))
        let ws = try Workspace(root: dataDir, user: "khoa")
        let round = try ws.loadScoringRound(clusterId: DemoData.explanationClusterId, year: 2024).value
        XCTAssertEqual(round.state, .explanation)
        let menu = ScoringSetupScreen.roundMenu(ws, clusterId: DemoData.explanationClusterId, year: 2024, app: a)
        a.push(menu)
        func choose(_ label: String) throws {
            let m = try XCTUnwrap(a.top as? MenuView, a.render(size: .standard).text)
            let k = try XCTUnwrap(m.items.firstIndex { $0.label.hasPrefix(label) }, m.items.map(\.label).joined(separator: " | "))
            m.items[k].action(a)
        }
        try choose("Điều chỉnh phiếu theo giải trình")
        let form = try XCTUnwrap(a.top as? FormView, a.render(size: .standard).text)
        XCTAssertEqual(form.field("explanation")?.value.hasPrefix("tn-khoi-van-hoa-xa-hoi-2024/GT-1"), true)
        a.handle(.tab)                                    // rater: the first (tn-sgddt)
        a.handle(.tab)
        for c in "9,5" { a.handle(.char(c)) }
        a.handle(.tab)
        for c in "Chấp nhận giải trình" { a.handle(.char(c)) }
        a.handle(.function(2))
        XCTAssertTrue(a.top is MenuView, a.render(size: .standard).text)
        let revised = try Workspace(root: dataDir, user: "khoa").loadScoringRound(clusterId: DemoData.explanationClusterId, year: 2024).value
        XCTAssertEqual(revised.revisionLog.last?.explanationId, "tn-khoi-van-hoa-xa-hoi-2024/GT-1")
        XCTAssertEqual(revised.revisionLog.last?.newValue, 95)
        try choose("Chốt kết quả")
        a.handle(.char("c"))                              // có: yes
        let final = try Workspace(root: dataDir, user: "khoa").loadScoringRound(clusterId: DemoData.explanationClusterId, year: 2024).value
        XCTAssertEqual(final.state, .final)
        XCTAssertNotNil(a.render(size: .standard).find("đã chốt kết quả"), a.render(size: .standard).text)
    }
}
