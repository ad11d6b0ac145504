import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// Typing as Vietnamese input methods send it, suspending with Ctrl-Z, Esc+digit, and an unusable
/// TERM: the built binary in tmux at 80x24.
final class InputEndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var dataDir: String!
    private var binary: String!

    override func setUpWithError() throws {
        tmux = try Tmux()
        binary = try requireBinary()
        dataDir = TestDirectories.path("tdkt-e2e-input")
        let r = spawnAndWait(binary, ["--data", dataDir, "init", "--demo"], environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(r.status, 0, r.output)
    }

    override func tearDown() {
        tmux?.killServer()
        tmux = nil
        if let d = dataDir { try? FileManager.default.removeItem(atPath: d) }
    }

    private func start(term: String = "xterm-256color") {
        tmux.start("env TERM=\(term) LANG=C.UTF-8 LC_ALL= \(shellQuote(binary)) --data \(shellQuote(dataDir)); echo EXITED; sleep 30")
    }

    /// Sends what an input method sends: text as UTF-8 bytes, backspaces as DEL.
    private func send(_ strokes: [InputMethodStroke]) {
        for s in strokes {
            switch s {
            case .text(let t): tmux.type(t)
            case .backspace: tmux.send("BSpace")
            }
        }
    }

    /// Unikey and EVKey, precomposed and decomposed, tone corrections included: each typed pair of
    /// names becomes a campaign whose stored name is the intended NFC text.
    func testUnikeyAndEVKeyTypingIsStoredInNFC() throws {
        start(term: "putty")
        tmux.waitFor("Phong trào thi đua")
        tmux.send("1")
        tmux.waitFor("Việc cần làm")
        let modes = [InputMethodSequences.unikeyPrecomposed, InputMethodSequences.unikeyDecomposed,
                     InputMethodSequences.evkeyPrecomposed, InputMethodSequences.evkeyDecomposed]
        var intended: [String] = []
        for (i, pair) in modes.enumerated() {
            tmux.send("F7")
            tmux.waitFor("Phong trào mới")
            send(pair[0].strokes)
            tmux.type(" ")
            send(pair[1].strokes)
            let name = pair[0].intended + " " + pair[1].intended
            intended.append(name)
            tmux.waitFor(name)
            tmux.send("Tab", "Tab", "Tab")
            tmux.type("UBND tỉnh \(i + 1)")
            tmux.send("Tab")
            tmux.type("0101202\(6 + i)")
            tmux.send("F2")
            if i > 0 {
                // The same name again: the likely duplicate is asked about; yes, save it.
                tmux.waitFor("Có thể trùng")
                tmux.send("c")
            }
            tmux.waitFor("Việc cần làm")
        }
        tmux.send("F10")
        tmux.waitFor("EXITED")
        let folder = dataDir + "/campaigns"
        var stored: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let record = obj["data"] as? [String: Any], let n = record["name"] as? String else { continue }
            stored.append(n)
        }
        for name in intended {
            let nfc = TextNormalization.nfc(name)
            // Compared code point by code point: Swift's == would take NFD as equal.
            let matches = stored.filter { Array($0.unicodeScalars) == Array(nfc.unicodeScalars) }
            XCTAssertEqual(matches.count, 4, "«\(name)» stored in NFC once per input method; stored: \(stored)")
        }
        XCTAssertEqual(Set(intended).count, 1)
    }

    /// Ctrl-Z gives the shell back; `fg` resumes with the whole screen drawn again.
    func testCtrlZSuspendsAndFgResumesWithTheScreenRedrawn() {
        tmux.start("sh")
        tmux.type("env TERM=xterm-256color LANG=C.UTF-8 LC_ALL= \(shellQuote(binary)) --data \(shellQuote(dataDir))")
        tmux.send("Enter")
        tmux.waitFor("Phong trào thi đua")
        tmux.send("C-z")
        let suspended = tmux.waitFor(timeout: 10) { !$0.contains("Phong trào thi đua") }
        XCTAssertTrue(suspended.ok, suspended.screen)
        tmux.type("fg")
        tmux.send("Enter")
        let back = tmux.waitFor("Phong trào thi đua")
        XCTAssertTrue(back.contains("F10 Thoát"), back)
        tmux.send("F10")
    }

    /// Esc then a digit within a second is an F-key, even half a second apart; a lone Esc still acts.
    func testEscThenDigitWithinASecondIsAFunctionKey() {
        start()
        tmux.waitFor("Phong trào thi đua")
        tmux.send("Escape")
        usleep(500_000)
        tmux.send("1")
        tmux.waitFor("Mở trang trợ giúp này")
        tmux.send("Escape")
        let closed = tmux.waitFor(timeout: 5) { !$0.contains("Mở trang trợ giúp này") }
        XCTAssertTrue(closed.ok, closed.screen)
        tmux.send("Escape", "0")
        tmux.waitFor("EXITED")
    }

    /// TERM=dumb cannot draw a screen: a message, then a terminal type that can.
    func testAnUnusableTermSaysSoAndFallsBack() {
        start(term: "dumb")
        let screen = tmux.waitFor("Phong trào thi đua")
        XCTAssertTrue(screen.contains("F10"), screen)
        tmux.send("F10")
        let after = tmux.waitFor("EXITED")
        XCTAssertTrue(after.contains("terminal type 'dumb' cannot place the cursor"), after)
    }
}
