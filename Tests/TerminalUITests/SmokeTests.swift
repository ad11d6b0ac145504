import XCTest
@testable import TerminalUI

final class TerminalUISmokeTests: XCTestCase {
    func testModuleLoads() { XCTAssertFalse(String(describing: TerminalUIVersion.self).isEmpty) }
}
