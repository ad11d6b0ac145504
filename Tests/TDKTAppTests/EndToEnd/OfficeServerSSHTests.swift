import Foundation
import XCTest
import TDKTTestKit

/// The office deployment as docs/deployment.md describes it, attacked as the issue's office accounts did:
/// `tdkt serve` under an account of its own (tdkt-srv) owning the data directory; two clerks, a viewer and an
/// account without a role, logging in through a real OpenSSH server on 127.0.0.1 whose ForceCommand runs
/// tdkt against the server's socket. Needs root (accounts, sshd), so it runs when TDKT_ROOT_TESTS=1.
final class OfficeServerSSHTests: XCTestCase {
    private var dir: String!
    private var binary: String!
    private var tmux: Tmux!
    private var sshd: TestSSHServer?
    private var server: pid_t = 0
    private var data: String { dir + "/srv/data" }
    private var socket: String { dir + "/run/tdkt.sock" }
    static let service = "tdkt-srv"
    static let clerks = ["tdkt-lan", "tdkt-minh"], viewer = "tdkt-xem", stranger = "tdkt-khach"

    override func setUpWithError() throws {
        try RootTests.require("creates accounts, runs tdkt serve under its own account and sshd on 127.0.0.1")
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: "/usr/sbin/sshd"), fm.isExecutableFile(atPath: "/usr/sbin/useradd") else {
            XCTFail("OpenSSH or useradd is missing; .ci/run installs openssh-server")
            throw StopTest()
        }
        dir = TestDirectories.path("tdkt-office")
        for sub in ["bin", "srv", "run"] { try fm.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        chmod(dir, 0o755); chmod(dir + "/bin", 0o755); chmod(dir + "/run", 0o755)
        // The program where every account can run it (the build folder may be private to the builder).
        binary = dir + "/bin/tdkt"
        try fm.copyItem(atPath: try requireBinary(), toPath: binary)
        chmod(binary, 0o755)
        for login in [Self.service] + Self.clerks + [Self.viewer, Self.stranger] { try ensureAccount(login) }
        XCTAssertEqual(sh("chown \(Self.service) '\(dir!)/srv' '\(dir!)/run'").status, 0)
        // The administrator is the account that creates the data directory: the server's.
        for args in [["init", "--demo"], ["roles", "set", "tdkt-lan", "clerk"], ["roles", "set", "tdkt-minh", "clerk"],
                     ["roles", "set", Self.viewer, "viewer"], ["roles", "others", "refuse"]] {
            let r = asUser(Self.service, ["--data", data] + args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.output)")
        }
        server = try startInBackground("/usr/sbin/runuser", ["-u", Self.service, "--", binary, "--data", data, "serve", "--socket", socket],
                                       log: dir + "/serve.log")
        let deadline = Date().addingTimeInterval(10)
        while !fm.fileExists(atPath: socket) && Date() < deadline { usleep(20_000) }
        XCTAssertTrue(fm.fileExists(atPath: socket), (try? String(contentsOfFile: dir + "/serve.log", encoding: .utf8)) ?? "")
    }

    override func tearDown() {
        tmux?.killServer()
        sshd?.stop()
        _ = sh("pkill -TERM -f '\(dir ?? "/nonexistent")/bin/tdkt --data'")
        if server > 0 { var s: Int32 = 0; waitpid(server, &s, 0) }
    }

    private func ensureAccount(_ login: String) throws {
        if getpwnam(login) != nil { return }
        // A usable (not locked) password field, so that sshd without PAM accepts a key login.
        let r = sh("useradd -m -d /home/\(login) -s /bin/sh -p '*' \(login)")
        XCTAssertEqual(r.status, 0, r.output)
    }

    @discardableResult
    private func sh(_ command: String) -> (status: Int32, output: String) {
        spawnAndWait("/bin/sh", ["-c", command], environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"])
    }

    /// tdkt run as an account, in its home, as that account's own shell would run it.
    private func asUser(_ login: String, _ args: [String], environment: String = "") -> (status: Int32, output: String) {
        let quoted = ([binary!] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return sh("cd /home/\(login) 2>/dev/null || cd /; exec /usr/sbin/runuser -u \(login) -- env LANG=C.UTF-8 HOME=/home/\(login) \(environment) \(quoted)")
    }

    private func client(_ login: String, _ args: [String], environment: String = "") -> (status: Int32, output: String) {
        asUser(login, ["--socket", socket] + args, environment: environment)
    }

    func testEveryAttackOfTheOfficeAccountsFails() throws {
        let lan = "tdkt-lan"
        // The data directory is the server's alone: not readable, not writable, no file can be planted in it.
        for attempt in ["cat '\(data)/config.json'", "echo x >> '\(data)/config.json'", "touch '\(data)/.journal'",
                        "ln -s /home/\(lan)/.profile '\(data)/audit.log.new'", "mkdir -p '\(data)/drafts/tdkt-minh'", "ls '\(data)'"] {
            let r = sh("exec /usr/sbin/runuser -u \(lan) -- /bin/sh -c \"\(attempt)\"")
            XCTAssertNotEqual(r.status, 0, "\(attempt) succeeded: \(r.output)")
            XCTAssertTrue(r.output.contains("Permission denied"), "\(attempt): \(r.output)")
        }
        // A clerk cannot make herself administrator, nor a viewer change anything.
        let promote = client(lan, ["roles", "set", lan, "administrator"])
        XCTAssertEqual(promote.status, 1, promote.output)
        XCTAssertTrue(promote.output.contains("không được phép"), promote.output)
        let viewerWrite = client(Self.viewer, ["settings", "set", "place", "Hà Nội"])
        XCTAssertEqual(viewerWrite.status, 1, viewerWrite.output)
        // An account without a role sees nothing.
        let stranger = client(Self.stranger, ["list", "units"])
        XCTAssertEqual(stranger.status, 1, stranger.output)
        XCTAssertTrue(stranger.output.contains("chưa được cấp quyền"), stranger.output)
        // The viewer's report cannot overwrite the audit log (nor any file of the server's).
        let auditBefore = try Data(contentsOf: URL(fileURLWithPath: data + "/audit.log"))
        let overwrite = client(Self.viewer, ["report", "summary", "--year", "2024", "--out", data + "/audit.log", "--force"])
        XCTAssertEqual(overwrite.status, 2, overwrite.output)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data + "/audit.log")), auditBefore)
        // A report to a dotfile (the first step of the shell escape) is refused; a real one is the clerk's own file.
        let dotfile = client(lan, ["report", "summary", "--year", "2024", "--out", "/home/\(lan)/.profile"])
        XCTAssertEqual(dotfile.status, 2, dotfile.output)
        let report = client(lan, ["report", "summary", "--year", "2024", "--out", "tongket.txt"])
        XCTAssertEqual(report.status, 0, report.output)
        var st = stat()
        XCTAssertEqual(stat("/home/\(lan)/tongket.txt", &st), 0)
        XCTAssertEqual(st.st_uid, getpwnam(lan)!.pointee.pw_uid, "written by the clerk's own process")
        unlink("/home/\(lan)/tongket.txt")
        // Who wrote is who connected, whatever the environment claims.
        let write = client(lan, ["register", "add", "--year", "2026", "--unit", "tn-sct", "--campaign", "nong-thon-moi", "--award", "TTLDXS"],
                           environment: "USER=tdkt-minh LOGNAME=tdkt-minh")
        XCTAssertEqual(write.status, 0, write.output)
        let audit = try String(contentsOfFile: data + "/audit.log", encoding: .utf8)
        let last = try XCTUnwrap(audit.split(separator: "\n").last.map(String.init))
        XCTAssertTrue(last.contains("\"user\":\"\(lan)\"") && last.contains("registration.add"), last)
        // Every file in the data directory belongs to the server's account, behind a folder only it can open.
        let foreign = sh("find '\(data)' ! -user \(Self.service)")
        XCTAssertEqual(foreign.output.trimmingCharacters(in: .whitespacesAndNewlines), "", "files not the server's")
        var top = stat()
        XCTAssertEqual(stat(data, &top), 0)
        XCTAssertEqual(top.st_mode & 0o777, 0o700)
        // And `tdkt check` (chained audit log, every record) finds nothing wrong.
        let check = asUser(Self.service, ["--data", data, "check"])
        XCTAssertEqual(check.status, 0, check.output)
    }

    func testConcurrentRoleChangesThroughTheServerLoseNothing() throws {
        let logins = (1...24).map { "nguoi-\($0)" }
        let script = logins.map { "/usr/sbin/runuser -u \(Self.service) -- '\(binary!)' --socket '\(socket)' roles set \($0) viewer >/dev/null 2>&1 &" }
            .joined(separator: "\n") + "\nwait"
        XCTAssertEqual(sh(script).status, 0)
        let roles = client(Self.service, ["roles"])
        for login in logins { XCTAssertTrue(roles.output.contains(login), "lost: \(login)\n\(roles.output)") }
    }

    func testAClerkLogsInThroughSSHAndGetsOnlyTheProgram() throws {
        let fm = FileManager.default
        sshd = try TestSSHServer(dir: dir, forceCommand: "\(binary!) --socket \(socket)", portOffset: 7)
        tmux = try Tmux()
        // The clerk asks for a shell command; ForceCommand gives her the program and nothing else.
        tmux.start(sshd!.login("tdkt-lan", command: "'echo PWNED-$((6*7)); bash -i'"))
        tmux.waitFor("Phong trào thi đua", timeout: 20)
        tmux.waitFor("tdkt-lan")
        XCTAssertFalse(tmux.capture().contains("PWNED-42"))
        tmux.send("7")
        tmux.waitFor("Thông tin người dùng")
        tmux.send("Enter")
        tmux.waitFor("Họ và tên")
        tmux.type("Trần Thị Lan")
        tmux.waitFor("Trần Thị Lan")
        // The link drops: the form's draft is kept by the server, in the clerk's own drafts folder.
        sshd!.dropConnections()
        let draft = "\(data)/drafts/tdkt-lan/user-info.json"
        let until = Date().addingTimeInterval(10)
        while !fm.fileExists(atPath: draft) && Date() < until { usleep(100_000) }
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        XCTAssertTrue(text.contains("Trần Thị Lan"), text)
        var st = stat()
        XCTAssertEqual(stat(draft, &st), 0)
        XCTAssertEqual(st.st_uid, getpwnam(Self.service)!.pointee.pw_uid)
    }
}
