import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// The built binary in tmux at 80x24: keys in with send-keys, the screen out with capture-pane.
/// Runs under `swift test` (which builds the tdkt executable first). Skipped only if tmux is missing.
final class EndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var dataDir: String!
    private var binary: String!

    override func setUpWithError() throws {
        tmux = try Tmux()
        binary = try requireBinary()
        dataDir = try newDataDirectory()
    }

    /// A fresh data directory made by `tdkt init`, as a clerk would.
    private func newDataDirectory() throws -> String {
        let dir = TestDirectories.path("tdkt-e2e")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["--data", dir, "init"]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "tdkt init")
        return dir
    }

    private var dataDirs: [String] = []

    override func tearDown() {
        tmux?.killServer()
        tmux = nil
        for d in dataDirs + [dataDir].compactMap({ $0 }) { try? FileManager.default.removeItem(atPath: d) }
    }

    private func command(term: String, extra: String = "") -> String {
        dataDirs.append(dataDir)
        return "env TERM=\(term) LANG=C.UTF-8 LC_ALL= NO_COLOR= \(shellQuote(binary)) --data \(shellQuote(dataDir))\(extra)"
    }

    private let menuEntries = ["Phong trào thi đua", "Cụm, khối thi đua và chấm điểm", "Đề nghị khen thưởng",
                               "Tra cứu khen thưởng", "Đơn vị và cá nhân", "Báo cáo", "Cài đặt"]

    private func openUserForm() {
        tmux.send("7")
        tmux.waitFor("Thông tin người dùng")
        tmux.send("Enter")
        tmux.waitFor("Họ và tên")
    }

    /// The row of the name field.
    private func nameRow(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("Họ và tên") }.map(String.init) ?? ""
    }

    func testMainMenuInVietnameseOnEachTerminalType() throws {
        for term in ["xterm-256color", "xterm", "vt100"] {
            tmux.start(command(term: term))
            let screen = tmux.waitFor("Cài đặt")
            for entry in menuEntries { XCTAssertTrue(screen.contains(entry), "\(term): missing \(entry)\n\(screen)") }
            // Line drawing arrives as Unicode box characters (WACS), not as VT100 "lqqqk".
            XCTAssertTrue(screen.contains("┌─"), "\(term): no box drawing\n\(screen)")
            XCTAssertFalse(screen.contains("lqq"), "\(term)\n\(screen)")
            XCTAssertTrue(screen.contains("F10 Thoát"), "\(term)\n\(screen)")
            // A section opens its submenu, and Esc comes back to the main menu.
            tmux.send("7")
            tmux.waitFor("Thông tin người dùng")
            tmux.send("Escape")
            let back = tmux.waitFor(timeout: 5) { !$0.contains("Thông tin người dùng") }
            XCTAssertTrue(back.ok, back.screen)
            tmux.send("F10")
            guard let pid = tmux.panePID else { continue }
            XCTAssertTrue(waitForExit(pid, timeout: 5), "\(term): F10 did not end the process")
            tmux.killServer()
        }
    }

    func testEnglishMenu() throws {
        tmux.start(command(term: "xterm-256color", extra: " --lang en"))
        let screen = tmux.waitFor("Settings")
        XCTAssertTrue(screen.contains("Emulation campaigns"), screen)
        XCTAssertTrue(screen.contains("F10 Quit"), screen)
    }

    func testFormTakesUTF8AndTelexOnEachTerminalType() throws {
        for term in ["xterm-256color", "xterm", "vt100"] {
            // A data directory per round: the hang-up that ends a round leaves a draft,
            // and the next round would be offered it back.
            dataDir = try newDataDirectory()
            tmux.start(command(term: term))
            tmux.waitFor("Cài đặt")
            openUserForm()
            tmux.type("Nguyễn Văn Khoa")
            var r = tmux.waitFor(timeout: 5) { self.nameRow($0).contains("Nguyễn Văn Khoa") }
            XCTAssertTrue(r.ok, "\(term): UTF-8 text not shown\n\(r.screen)")
            tmux.send("C-u")  // clear the field
            r = tmux.waitFor(timeout: 5) { !self.nameRow($0).contains("Nguyễn") }
            XCTAssertTrue(r.ok, r.screen)
            tmux.send("C-t")
            tmux.waitFor("TELEX")
            tmux.type("Nguyeenx Vawn Khoa")
            r = tmux.waitFor(timeout: 5) { self.nameRow($0).contains("Nguyễn Văn Khoa") }
            XCTAssertTrue(r.ok, "\(term): Telex text not shown\n\(r.screen)")
            XCTAssertFalse(nameRow(r.screen).contains("Nguyeenx"), r.screen)
            // A validation message at the field: a date that does not exist.
            tmux.send("Tab")
            tmux.type("31022024")
            tmux.send("Tab")
            tmux.waitFor("Ngày không hợp lệ")
            tmux.killServer()
        }
    }

    func testResizeShowsTooSmallThenRedraws() throws {
        tmux.start(command(term: "xterm-256color"))
        tmux.waitFor("Phong trào thi đua")
        tmux.resize(width: 70, height: 19)
        let small = tmux.waitFor("Cửa sổ quá nhỏ")
        XCTAssertFalse(small.contains("Phong trào thi đua"), small)
        // Keys do nothing on a screen the clerk cannot see: "1" does not open the campaigns.
        tmux.send("1")
        usleep(300_000)
        tmux.resize(width: 80, height: 24)
        let menu = tmux.waitFor("Phong trào thi đua")
        XCTAssertTrue(menu.contains("Cài đặt"), "still the main menu:\n\(menu)")
        // 60x20 is laid out.
        tmux.resize(width: 60, height: 20)
        let narrow = tmux.waitFor("Phong trào thi đua")
        XCTAssertTrue(narrow.contains("F1") && narrow.contains("F10"), narrow)
        tmux.resize(width: 80, height: 24)
        let big = tmux.waitFor("Phong trào thi đua")
        XCTAssertFalse(big.contains("quá nhỏ"), big)
        XCTAssertTrue(big.contains("F10 Thoát"), big)
    }

    private func assertTerminalRestored(_ screen: String, _ context: String) {
        let tokens = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        XCTAssertTrue(tokens.contains("echo"), "\(context): echo is off after exit\n\(screen)")
        XCTAssertFalse(tokens.contains("-echo"), "\(context)\n\(screen)")
        XCTAssertTrue(tokens.contains("icanon"), "\(context): still in raw mode\n\(screen)")
    }

    func testF10QuitsAndRestoresTheTerminal() throws {
        for term in ["xterm-256color", "xterm", "vt100"] {
            let log = dataDir + "/pane-\(term).log"
            tmux.start(command(term: term) + "; echo DONE $?; stty -a; sleep 60")
            tmux.run(["pipe-pane", "-o", "-t", tmux.session, "cat >> " + shellQuote(log)])
            tmux.waitFor("Phong trào thi đua")
            tmux.send("F10")
            let screen = tmux.waitFor(timeout: 10) { $0.contains("DONE 0") && $0.contains("icanon") }
            XCTAssertTrue(screen.ok, "\(term): did not quit cleanly\n\(screen.screen)")
            assertTerminalRestored(tmux.capture(joined: true), term)
            // Bracketed paste was switched off on the way out.
            let raw = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            XCTAssertTrue(raw.contains("\u{1B}[?2004l"), "\(term): bracketed paste not disabled")
            tmux.killServer()
        }
    }

    func testEscapeZeroIsF10() throws {
        tmux.start(command(term: "vt100") + "; echo DONE $?; sleep 60")
        tmux.waitFor("Phong trào thi đua")
        tmux.send("Escape", "0")
        tmux.waitFor("DONE 0")
    }

    func testCtrlCSavesDraftAndRestoresTheTerminal() throws {
        tmux.start(command(term: "xterm-256color") + "; echo DONE $?; stty -a; sleep 60")
        tmux.waitFor("Phong trào thi đua")
        openUserForm()
        tmux.type("Lê Thị Hoa")
        tmux.waitFor("Lê Thị Hoa")
        tmux.send("C-c")
        tmux.waitFor("DONE 130")
        assertTerminalRestored(tmux.capture(joined: true), "Ctrl-C")
        let draft = try String(contentsOfFile: dataDir + "/drafts/\(NSUserName())/user-info.json", encoding: .utf8)
        XCTAssertTrue(draft.contains("Lê Thị Hoa"), draft)
    }

    func testHangupEndsTheProcessLeavesADraftAndTheDraftIsOfferedBack() throws {
        tmux.start(command(term: "xterm-256color"))
        tmux.waitFor("Phong trào thi đua")
        guard let pid = tmux.panePID else { return XCTFail("no pane pid") }
        openUserForm()
        tmux.type("Trần Thị Bích")
        tmux.waitFor("Trần Thị Bích")
        // Idle: blocked in the read, not spinning.
        let before = cpuTicks(pid) ?? 0
        usleep(300_000)
        let after = cpuTicks(pid) ?? 0
        XCTAssertLessThanOrEqual(after - before, 5, "busy while idle")
        // Closing the session sends SIGHUP to the process, like a dropped SSH link.
        tmux.killSession()
        XCTAssertTrue(waitForExit(pid, timeout: 5), "tdkt still running after SIGHUP")
        let ps = spawnAndWait("/bin/ps", ["-o", "stat=", "-p", "\(pid)"], environment: [:])
        let state = ps.output.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(state.isEmpty || state.hasPrefix("Z"), "process \(pid) still alive: \(state)")
        let path = dataDir + "/drafts/\(NSUserName())/user-info.json"
        let draft = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(draft.contains("Trần Thị Bích"), draft)
        XCTAssertTrue(draft.contains("\"schemaVersion\" : 1"), draft)

        // Next start: the form offers the draft back.
        tmux.killServer()
        tmux.start(command(term: "xterm-256color"))
        tmux.waitFor("Phong trào thi đua")
        tmux.send("7")
        tmux.waitFor("Thông tin người dùng")
        tmux.send("Enter")
        tmux.waitFor("Khôi phục bản nháp?")
        tmux.send("Enter")
        let r = tmux.waitFor(timeout: 5) { self.nameRow($0).contains("Trần Thị Bích") }
        XCTAssertTrue(r.ok, r.screen)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "draft kept after it was restored")
    }

    func testSigtermEndsTheProcess() throws {
        tmux.start(command(term: "vt100") + "; echo DONE $?; stty -a; sleep 60")
        tmux.waitFor("Phong trào thi đua")
        guard let child = childOfPane() else { return XCTFail("no tdkt process") }
        kill(child, SIGTERM)
        tmux.waitFor("DONE 143")
        assertTerminalRestored(tmux.capture(joined: true), "SIGTERM")
    }

    /// The pid of the process the pane's shell started.
    private func childOfPane() -> pid_t? {
        guard let sh = tmux.panePID else { return nil }
        let children = spawnAndWait("/usr/bin/pgrep", ["-P", "\(sh)"], environment: [:]).output
        return pid_t(children.split(separator: "\n").first ?? "")
    }

    func testCrashRestoresTheTerminalAndKeepsTheSwiftBacktrace() throws {
        tmux.start("SWIFT_BACKTRACE=interactive=no " + command(term: "xterm") + "; echo DONE $?; stty -a; sleep 60", width: 100, height: 50)
        tmux.waitFor("Phong trào thi đua")
        guard let pid = childOfPane() else { return XCTFail("no tdkt process") }
        kill(pid, SIGSEGV)
        let screen = tmux.waitFor("DONE 139")
        XCTAssertTrue(screen.contains("crashed"), "no Swift crash report\n\(screen)")
        assertTerminalRestored(tmux.capture(joined: true), "SIGSEGV")
    }

    func testColoursAndMonochrome() throws {
        tmux.start(command(term: "xterm-256color"))
        tmux.waitFor("Phong trào thi đua")
        let colour = tmux.run(["capture-pane", "-p", "-e", "-t", tmux.session]).output
        XCTAssertTrue(colour.contains("\u{1B}[44m") || colour.contains("\u{1B}[37;44m") || colour.contains(";44m"), "no blue title bar")
        tmux.killServer()
        tmux.start(command(term: "xterm-256color").replacingOccurrences(of: "NO_COLOR= ", with: "NO_COLOR=1 "))
        tmux.waitFor("Phong trào thi đua")
        let mono = tmux.run(["capture-pane", "-p", "-e", "-t", tmux.session]).output
        let colourCodes = ["[30m", "[31m", "[32m", "[33m", "[34m", "[35m", "[36m", "[37m", "[40m", "[41m", "[42m", "[43m", "[44m", "[45m", "[46m", "[47m", ";44m", ";46m"]
        XCTAssertFalse(colourCodes.contains { mono.contains($0) }, "colour used although NO_COLOR is set")
        XCTAssertTrue(mono.contains("\u{1B}[7m") || mono.contains(";7m"), "no reverse video for the bars")
    }

    func testBracketedPasteNeverSubmitsTheForm() throws {
        tmux.start(command(term: "xterm-256color"))
        tmux.waitFor("Phong trào thi đua")
        openUserForm()
        // paste-buffer -p wraps the text in ESC[200~ ... ESC[201~ because tdkt asked for bracketed paste.
        tmux.run(["set-buffer", "Phạm Văn\nĐồng\n"])
        tmux.run(["paste-buffer", "-p", "-t", tmux.session])
        let r = tmux.waitFor(timeout: 5) { self.nameRow($0).contains("Phạm Văn Đồng") }
        XCTAssertTrue(r.ok, r.screen)
        // Still on the first field, nothing saved: the newlines were text, not Enter.
        XCTAssertTrue(nameRow(r.screen).contains("▶"), r.screen)
        XCTAssertFalse(r.screen.contains("Đã ghi nhận"), r.screen)
    }

    func testUnknownTerminalTypeFallsBack() throws {
        tmux.start(command(term: "no-such-terminal") + "; echo DONE $?; sleep 60")
        let screen = tmux.waitFor("Phong trào thi đua")
        XCTAssertTrue(screen.contains("F10 Thoát"), screen)
        tmux.send("F10")
        tmux.waitFor("DONE 0")
    }

    func testNonUTF8LocaleStillShowsVietnamese() throws {
        tmux.start(command(term: "xterm-256color").replacingOccurrences(of: "LANG=C.UTF-8", with: "LANG=C") + "; echo DONE $?; sleep 60")
        let screen = tmux.waitFor("Phong trào thi đua")
        XCTAssertTrue(screen.contains("Cụm, khối thi đua và chấm điểm"), screen)
        tmux.send("F10")
        let after = tmux.waitFor("DONE 0")
        XCTAssertTrue(after.contains("not UTF-8"), "the locale warning is missing\n\(after)")
    }
}
