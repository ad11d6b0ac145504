import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// The campaign screens in the built binary, in tmux at 80x24, typing Vietnamese.
final class CampaignEndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var dataDir: String!

    override func setUpWithError() throws {
        tmux = try Tmux()
        let binary = try requireBinary()
        dataDir = TestDirectories.path("tdkt-e2e-campaign")
        let r = spawnAndWait(binary, ["--data", dataDir, "init", "--demo"], environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(r.status, 0, r.output)
        tmux.start("env TERM=xterm-256color LANG=C.UTF-8 LC_ALL= \(shellQuote(binary)) --data \(shellQuote(dataDir))")
    }

    override func tearDown() {
        tmux?.killServer()
        tmux = nil
        if let d = dataDir { try? FileManager.default.removeItem(atPath: d) }
    }

    /// The line of the pane holding the list's selection marker.
    private func selectedLine(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.hasPrefix("▶") }.map(String.init) ?? ""
    }

    func testCreateACampaignThenFindItWithoutDiacritics() throws {
        let name = "Thi đua chuyển đổi số năm 2026"
        tmux.waitFor("Phong trào thi đua")
        tmux.send("1")                                     // the section's one screen opens at once
        tmux.waitFor("Việc cần làm")
        tmux.send("F7")                                    // new, as on every screen
        tmux.waitFor("Phong trào mới")
        tmux.type(name)
        tmux.send("Tab", "Tab")
        tmux.type("Chủ tịch UBND tỉnh")
        tmux.send("Tab")
        tmux.type("UBND tỉnh Thái Nguyên")
        tmux.send("Tab")
        tmux.type("01012026")
        tmux.send("Tab")
        tmux.type("31122026")
        let typed = tmux.waitFor("31/12/2026")
        XCTAssertTrue(typed.contains(name), typed)
        tmux.send("F2")
        // Back on the list, which now holds the new campaign.
        tmux.waitFor("Việc cần làm")
        tmux.waitFor("Thi đua chuyển đổi s")

        tmux.send("/")
        tmux.waitFor(" Tìm:")
        tmux.type("chuyen doi so")
        tmux.send("Enter")
        // Another demo campaign also matches; n moves to the next match.
        var found = tmux.waitFor(timeout: 5) { self.selectedLine($0).contains("Thi đua chuyển") }
        for _ in 0..<3 where !found.ok {
            tmux.send("n")
            found = tmux.waitFor(timeout: 3) { self.selectedLine($0).contains("Thi đua chuyển") }
        }
        XCTAssertTrue(found.ok, found.screen)
        XCTAssertTrue(selectedLine(found.screen).contains("01/01/26–31/12/26"), found.screen)

        let file = dataDir + "/campaigns/thi-dua-chuyen-doi-so-nam-2026.json"
        XCTAssertTrue(FileManager.default.fileExists(atPath: file))
        let json = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(json.contains("\"name\" : \"\(name)\""), json)
        XCTAssertTrue(json.contains("2026-12-31"), json)
        tmux.send("F10")
    }
}
