import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

final class TDKTAppSmokeTests: XCTestCase {
    func testOptionsKeepLanguage() {
        let o = ShellOptions(dataDirectory: "/tmp/x", userLogin: "u", role: "clerk", language: "en")
        XCTAssertEqual(o.language, "en")
    }
}
