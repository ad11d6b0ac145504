import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

/// Any form interrupted by a dropped link (its draft written by the shell's hang-up handler) is offered back
/// the next time it opens, not only the settings form.
final class DraftRecoveryTests: XCTestCase {
    func testCampaignFormDraftIsOfferedBackAndRestored() throws {
        let first = try ClerkSession()
        defer { first.remove() }
        first.press(.char("1"), .function(7))
        let form = try XCTUnwrap(first.app.top as? FormView)
        first.type("Thi đua dân vận khéo 2026")
        // What the hang-up handler keeps (Shell.makeShellApplication → onAbruptEnd).
        try first.context.drafts.save(formID: form.draftID, values: form.draftValues())

        let next = try ClerkSession(dir: first.dir)
        next.press(.char("1"), .function(7))
        XCTAssertTrue(next.screen.contains("Khôi phục bản nháp"), next.screen)
        next.press(.char("c"))  // có: yes
        let restored = try XCTUnwrap(next.app.top as? FormView)
        XCTAssertEqual(restored.draftValues()["name"], "Thi đua dân vận khéo 2026")
        XCTAssertNil(next.context.drafts.load(formID: form.draftID), "the draft is used once")
    }
}
