import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTTestKit

/// A record file the program cannot read is left out of a list, and the screen says which one: never a
/// record silently missing.
final class UnreadableFilesWarningTests: XCTestCase {
    func testAScreenWhoseCollectionHasAnUnreadableFileNamesIt() throws {
        let root = TestDirectories.path("tdkt-unreadable")
        try DemoFixture.make(root: root, user: "khoa")
        try "{ \"schemaVersion\": 1, \"data\": {".write(toFile: root + "/campaigns/hong.json", atomically: true, encoding: .utf8)
        let app = makeShellApplication(ShellOptions(dataDirectory: root, userLogin: "khoa", role: "administrator", language: "vi"))
        app.handle(.char("1"))  // Phong trào thi đua: the campaigns list
        let frame = app.render(size: .standard)
        XCTAssertNotNil(frame.find("Không đọc được 1 tệp: campaigns/hong.json"), frame.text)
        // The file is named, never overwritten.
        XCTAssertEqual(try String(contentsOfFile: root + "/campaigns/hong.json", encoding: .utf8), "{ \"schemaVersion\": 1, \"data\": {")
        // With every file readable, no warning.
        let clean = TestDirectories.path("tdkt-readable")
        try DemoFixture.make(root: clean, user: "khoa")
        let ok = makeShellApplication(ShellOptions(dataDirectory: clean, userLogin: "khoa", role: "administrator", language: "vi"))
        ok.handle(.char("1"))
        XCTAssertNil(ok.render(size: .standard).find("Không đọc được"))
    }
}
