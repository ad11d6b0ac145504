import XCTest
@testable import TDKTCore

final class TDKTCoreSmokeTests: XCTestCase {
    func testModuleLoads() { XCTAssertFalse(String(describing: TDKTVersion.self).isEmpty) }
}
