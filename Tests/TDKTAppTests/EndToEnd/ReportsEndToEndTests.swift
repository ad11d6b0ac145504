import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// The report screen in the built binary, in tmux at 80x24, on a data directory made by `tdkt init --demo`.
final class ReportsEndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var base: String!

    override func setUpWithError() throws {
        tmux = try Tmux()
        base = TestDirectories.path("tdkt-e2e-reports")
        try FileManager.default.createDirectory(atPath: base + "/out", withIntermediateDirectories: true)
    }

    override func tearDown() {
        tmux?.killServer()
        tmux = nil
        if let base { try? FileManager.default.removeItem(atPath: base) }
    }

    func testPreviewTheDemoYearsSummaryAndSaveItAsText() throws {
        let binary = try requireBinary()
        let data = base + "/data"
        let initialised = spawnAndWait(binary, ["--data", data, "init", "--demo"], environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(initialised.status, 0, initialised.output)
        tmux.start("env TERM=xterm-256color LANG=C.UTF-8 LC_ALL= NO_COLOR= XDG_STATE_HOME=\(shellQuote(base + "/state")) "
            + "\(shellQuote(binary)) --data \(shellQuote(data))")
        tmux.waitFor("Cài đặt")
        tmux.send("6")                     // the section's one screen opens at once
        tmux.waitFor("Chọn báo cáo")
        tmux.send("Enter")  // the year-end summary, first in the list
        tmux.waitFor("Từ năm")
        tmux.send("C-u"); tmux.type("2025")
        tmux.send("Tab"); tmux.send("C-u"); tmux.type("2025")
        tmux.send("Enter")
        tmux.waitFor("Tổng kết công tác thi đua, khen thưởng năm 2025")
        // The preview shows the printed pages: the first page's rule with the page count once the pages after
        // the first are laid out (between keys), then the national motto.
        let (counted, preview) = tmux.waitFor { $0.range(of: #"Trang 1/\d+"#, options: .regularExpression) != nil }
        XCTAssertTrue(counted, preview)
        XCTAssertTrue(preview.contains("BÁO CÁO"), preview)
        XCTAssertTrue(preview.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), preview)
        XCTAssertTrue(preview.contains("F2 Ghi tệp"), preview)
        tmux.send("PageDown")
        tmux.waitFor("Dòng 20–")
        tmux.send("F2")
        tmux.waitFor("Ghi báo cáo ra tệp")
        // The form starts in the clerk's home, PDF first; a typed .txt name saves plain text.
        tmux.waitFor("pdf (.pdf)")
        let target = base + "/out/tong-ket-2025.txt"
        tmux.send("Tab"); tmux.send("C-u"); tmux.type(target)
        tmux.send("Enter")
        tmux.waitFor("Đã ghi báo cáo vào")
        let text = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(text.contains("BÁO CÁO"), text)
        XCTAssertTrue(text.contains("Tổng kết công tác thi đua, khen thưởng năm 2025"), text)
        tmux.send("F10")
        if let pid = tmux.panePID { XCTAssertTrue(waitForExit(pid, timeout: 5), "F10 did not end the process") }
    }
}
