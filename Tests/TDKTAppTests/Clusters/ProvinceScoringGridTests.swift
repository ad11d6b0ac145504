import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTTestKit

/// The way `tdkt-bench` walks to the largest cluster's grid on a generated province (2, 2, Enter, Enter as
/// `ProvinceScoring.raterLogin`) still leads there, and the score edit it types ("3", Enter in group I) is taken.
final class ProvinceScoringGridTests: XCTestCase {
    func testTheRaterReachesTheLargestClustersGridAndEditsAScore() throws {
        let root = TestDirectories.path("tdkt-province-grid")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var g = ProvinceGenerator(seed: 5, scale: 1)
        g.years = 1
        g.peoplePerScale = 100
        g.awardsPerYearPerScale = 10
        _ = try g.write(to: root, user: "bench")
        var scoring = ProvinceScoring(seed: 5)
        scoring.largestOnly = true
        let f = try scoring.add(to: root, admin: "bench")

        let app = makeShellApplication(ShellOptions(dataDirectory: root, userLogin: ProvinceScoring.raterLogin, role: "reviewer", language: "vi"))
        for k: Key in [.char("2"), .char("2"), .enter, .enter] { app.handle(k) }
        var text = app.render(size: .standard).text
        XCTAssertTrue(text.contains("Chấm chéo Cụm thi đua số 1 \(f.year)"), text)
        XCTAssertTrue(text.contains(" 1/13 · 1/32 · I.1"), text)
        for k: Key in [.char("3"), .enter, .down] { app.handle(k) }
        text = app.render(size: .standard).text
        XCTAssertTrue(text.contains(" 2/13 · 2/32 · I.2"), text)
        XCTAssertEqual(app.top?.hasUnsavedChanges, true, "the typed score is in the grid, not saved")
    }
}
