import XCTest
@testable import TDKTApp

final class TDKTAppSmokeTests: XCTestCase {
    func testOptionsKeepLanguage() {
        let o = ShellOptions(dataDirectory: "/tmp/x", userLogin: "u", role: "clerk", language: "en")
        XCTAssertEqual(o.language, "en")
    }
}
