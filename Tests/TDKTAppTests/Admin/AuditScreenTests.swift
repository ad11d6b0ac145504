import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

final class AuditScreenTests: XCTestCase {
    func app(login: String, root: String) -> Application {
        makeShellApplication(ShellOptions(dataDirectory: root, userLogin: login, role: "?", language: "vi"))
    }

    func testAdministratorReadsTheLogAndAReviewerIsNotOffered() throws {
        let root = TestDirectories.path("tdkt-audit")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try DemoFixture.make(root: root, user: "boss")
        try Workspace(root: root, user: "lan").movePerson("tran-thi-lan", to: "tn-syt")

        let admin = app(login: "boss", root: root)
        admin.handle(.char("7"))
        var frame = admin.render(size: .standard)
        XCTAssertNotNil(frame.find("Nhật ký thay đổi"))
        admin.handle(.char("2"))  // the second entry of the settings menu
        frame = admin.render(size: .standard)
        // Words, not internal codes or file paths.
        XCTAssertNotNil(frame.find("Sửa cá nhân"), frame.rows.joined(separator: "\n"))
        XCTAssertNotNil(frame.find("cá nhân tran-thi-lan"))
        XCTAssertNil(frame.find("person.edit"))
        XCTAssertNil(frame.find("people/tran-thi-lan.json"))
        admin.handle(.enter)
        frame = admin.render(size: .standard)
        XCTAssertNotNil(frame.find("unitId: \"tn-snv\" → \"tn-syt\""), frame.rows.joined(separator: "\n"))

        let reviewer = app(login: "chamdiem", root: root)
        reviewer.handle(.char("7"))
        XCTAssertNil(reviewer.render(size: .standard).find("Nhật ký thay đổi"), "not offered to a reviewer")
    }
}
