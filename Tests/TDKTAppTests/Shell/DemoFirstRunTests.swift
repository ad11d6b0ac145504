import Foundation
import XCTest
import TDKTText
import TDKTTestKit
@testable import TDKTApp
import TDKTCore
import TerminalUI

/// The demo on first run: the screens a newcomer opens first each show something — proposals in every
/// state of the workflow, a decision, the campaigns' model examples and registrations, scoring rounds.
final class DemoFirstRunTests: XCTestCase {
    private var root: String!
    private var options: ShellOptions!
    private var context: ShellContext!

    override func setUpWithError() throws {
        root = TestDirectories.path("tdkt-demo-first-run")
        try DemoFixture.make(root: root, user: "khoa")
        options = ShellOptions(dataDirectory: root, userLogin: "khoa", role: "administrator", language: "vi")
        context = ShellContext(options: options, language: .vi, drafts: DraftStore(dataDirectory: root, login: "khoa"),
                               workspace: try Workspace(root: root, user: "khoa"))
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

    /// The screen drawn at 80x24 after the keys.
    private func screen(_ id: String, _ keys: [Key] = []) throws -> String {
        let entry = try XCTUnwrap(ScreenRegistry.standard().screens.first { $0.id == id })
        let app = makeShellApplication(options)
        app.push(entry.makeView(context))
        for k in keys { app.handle(k) }
        return app.render(size: Size(width: 80, height: 24)).text
    }

    func testTheProposalListOpensOnAYearWithEveryState() throws {
        let text = try screen("award-proposals")
        XCTAssertTrue(text.contains("2025"), text)
        for state in Proposal.State.allCases {
            XCTAssertTrue(text.contains(state.label.vi), "\(state.label.vi) not in\n\(text)")
        }
        // Each opens with the history that brought it there.
        let detail = try screen("award-proposals", [.enter])
        XCTAssertTrue(detail.contains("→"), detail)
    }

    func testDecisionsRoundsExamplesAndRegistrationsAreThere() throws {
        XCTAssertTrue(try screen("award-decisions").contains("15/QĐ-SNV"))
        let rounds = try screen("scoring-rounds")
        XCTAssertEqual(rounds.components(separatedBy: "Khối thi đua").count - 1, 3, rounds)
        // Chung sức xây dựng nông thôn mới (the second campaign in order): its 2025 examples and registrations.
        let campaign = try screen("campaign-list", [.down, .enter])
        XCTAssertTrue(campaign.contains("Hợp tác xã chè an toàn Tân Cương"), campaign)
        XCTAssertTrue(campaign.contains("UBND xã Linh Sơn"), campaign)
        XCTAssertFalse(campaign.contains("(chưa có)"), campaign)
    }
}
