import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// A clerk's real path: an OpenSSH server on 127.0.0.1 (started by the test, key authentication,
/// ForceCommand running tdkt on the office's data directory), a client in tmux, keys typed.
final class SSHEndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var sshd: Process?
    private var dir: String!
    private var port = 0
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
        // sshd's privilege-separation folder: sshd refuses it when group-writable (the office umask would make it so).
        try? fm.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        chmod("/run/sshd", 0o755)
        for key in ["host", "client"] {
            let r = spawnAndWait("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", "\(dir!)/\(key)"], environment: [:])
            XCTAssertEqual(r.status, 0, r.output)
        }
        try fm.copyItem(atPath: "\(dir!)/client.pub", toPath: "\(dir!)/authorized_keys")
        let data = "\(dir!)/data"
        XCTAssertEqual(spawnAndWait(binary, ["--data", data, "init", "--demo"], environment: ["LANG": "C.UTF-8"]).status, 0)
        port = 20_000 + Int(getpid() % 20_000)
        let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(dir!)/host
        PidFile \(dir!)/sshd.pid
        AuthorizedKeysFile \(dir!)/authorized_keys
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PubkeyAuthentication yes
        PermitRootLogin prohibit-password
        StrictModes no
        UsePAM no
        AcceptEnv LANG LC_*
        ForceCommand \(binary) --data \(data)

        """
        try config.write(toFile: "\(dir!)/sshd_config", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/sbin/sshd")
        p.arguments = ["-D", "-e", "-f", "\(dir!)/sshd_config"]
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        sshd = p
        // Wait until it listens.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if spawnAndWait("/bin/sh", ["-c", "exec 3<>/dev/tcp/127.0.0.1/\(port)"], environment: [:]).status == 0 { break }
            if !p.isRunning { break }
            usleep(100_000)
        }
        XCTAssertTrue(p.isRunning, "sshd did not start")
    }

    override func tearDown() {
        tmux?.killServer()
        sshd?.terminate()
        sshd?.waitUntilExit()
        if let dir { try? FileManager.default.removeItem(atPath: dir) }
    }

    private var sshCommand: String {
        "env TERM=xterm-256color LANG=C.UTF-8 ssh -tt -i \(dir!)/client -p \(port) -o StrictHostKeyChecking=no "
            + "-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o SendEnv=LANG \(login)@127.0.0.1; echo SSH-ENDED $?; sleep 30"
    }

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
        _ = spawnAndWait("/usr/bin/pkill", ["-KILL", "-f", "ssh -tt -i \(dir!)/client"], environment: [:])
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
