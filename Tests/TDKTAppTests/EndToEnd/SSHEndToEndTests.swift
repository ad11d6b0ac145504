import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// A clerk's real path: an OpenSSH server on 127.0.0.1 (started by the test, key authentication,
/// ForceCommand running tdkt on the office's data directory), a client in tmux, keys typed.
final class SSHEndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var sshd: TestSSHServer?
    private var dir: String!
    /// The clerk logs in as the user running the test.
    private let login = NSUserName()

    override func setUpWithError() throws {
        try RootTests.require("starts sshd on 127.0.0.1 and logs in through it")
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: "/usr/sbin/sshd"), fm.isExecutableFile(atPath: "/usr/bin/ssh"),
              fm.isExecutableFile(atPath: "/usr/bin/ssh-keygen") else {
            XCTFail("OpenSSH is not installed; .ci/run installs openssh-server and openssh-client")
            throw StopTest()
        }
        let binary = try requireBinary()
        tmux = try Tmux()
        dir = TestDirectories.path("tdkt-ssh")
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let data = "\(dir!)/data"
        XCTAssertEqual(spawnAndWait(binary, ["--data", data, "init", "--demo"], environment: ["LANG": "C.UTF-8"]).status, 0)
        sshd = try TestSSHServer(dir: dir, forceCommand: "\(binary) --data \(data)")
    }

    override func tearDown() {
        tmux?.killServer()
        sshd?.stop()
        if let dir { try? FileManager.default.removeItem(atPath: dir) }
    }

    private var sshCommand: String { sshd!.login(login) }

    func testClerkWorksThroughSSHAndQuits() throws {
        tmux.start(sshCommand)
        tmux.waitFor("Phong trào thi đua", timeout: 20)
        tmux.waitFor("administrator")
        // The data directory the server's ForceCommand opened is named in F1 (no longer on the status line).
        tmux.send("F1")
        tmux.waitFor("Thư mục dữ liệu: \(dir!)/data")
        tmux.send("Escape")
        tmux.waitFor("Phong trào thi đua")
        tmux.send("7")
        tmux.waitFor("Thông tin người dùng")
        tmux.send("Enter")
        tmux.waitFor("Họ và tên")
        tmux.type("Nguyễn Văn Khoa")
        tmux.waitFor("Nguyễn Văn Khoa")
        tmux.send("Escape")
        tmux.waitFor("Thông tin người dùng")  // asked before dropping, or back at the list
        tmux.send("F10")
        // F10 may ask for confirmation when something is unsaved: answer yes.
        let after = tmux.waitFor(timeout: 5) { $0.contains("SSH-ENDED") || $0.contains("Thoát") }
        if !after.screen.contains("SSH-ENDED") { tmux.send("y") }
        tmux.waitFor("SSH-ENDED 0", timeout: 10)
    }

    func testDroppedConnectionEndsTheProgramAndKeepsTheDraft() throws {
        tmux.start(sshCommand)
        tmux.waitFor("Phong trào thi đua", timeout: 20)
        tmux.send("7")
        tmux.waitFor("Thông tin người dùng")
        tmux.send("Enter")
        tmux.waitFor("Họ và tên")
        tmux.type("Trần Thị Lan")
        tmux.waitFor("Trần Thị Lan")
        // The link drops: the ssh client dies, sshd hangs up the session.
        sshd!.dropConnections()
        let draft = "\(dir!)/data/drafts/\(login)/user-info.json"
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: draft) && Date() < deadline { usleep(100_000) }
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        XCTAssertTrue(text.contains("Trần Thị Lan"), text)
        // And no tdkt is left running for this data directory.
        let left = spawnAndWait("/usr/bin/pgrep", ["-f", "tdkt --data \(dir!)/data"], environment: [:])
        let deadline2 = Date().addingTimeInterval(5)
        var running = left.status == 0
        while running && Date() < deadline2 {
            usleep(100_000)
            running = spawnAndWait("/usr/bin/pgrep", ["-f", "tdkt --data \(dir!)/data"], environment: [:]).status == 0
        }
        XCTAssertFalse(running, "tdkt still running after the connection dropped")
    }
}
