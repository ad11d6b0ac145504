import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit

/// A private tmux server (its own socket) running one session at a time, for end-to-end tests.
final class Tmux {
    /// A fresh socket after every `killServer`, so a new server never races the old one's shutdown.
    private(set) var socket: String
    let session: String
    private let tag: String
    private var generation = 0
    private let tmuxPath: String

    /// The tmux executable, or nil when it is not installed.
    static var path: String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") + ["/usr/bin", "/usr/local/bin"]
        for d in dirs {
            let p = "\(d)/tmux"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    init() throws {
        guard let p = Tmux.path else {
            XCTFail("tmux is not installed; .ci/run installs it")
            throw StopTest()
        }
        tmuxPath = p
        tag = String(UUID().uuidString.prefix(8).lowercased())
        socket = "tdkt-e2e-\(getpid())-\(tag)-0"
        session = "s\(tag)"
    }

    deinit { killServer() }

    @discardableResult
    func run(_ args: [String]) -> (status: Int32, output: String) {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        return spawnAndWait(tmuxPath, ["-L", socket] + args, environment: env)
    }

    /// Starts the session running `command` (through sh) in a window of the given size.
    func start(_ command: String, width: Int = 80, height: Int = 24) {
        let r = run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", session, command])
        XCTAssertEqual(r.status, 0, "tmux new-session failed: \(r.output)")
        run(["set-option", "-t", session, "remain-on-exit", "off"])
    }

    /// The pane as text; `joined` glues lines the terminal wrapped.
    func capture(joined: Bool = false) -> String {
        run(["capture-pane", "-p"] + (joined ? ["-J"] : []) + ["-t", session]).output
    }

    func send(_ keys: String...) {
        run(["send-keys", "-t", session] + keys)
    }

    /// Sends text literally (UTF-8).
    func type(_ text: String) {
        run(["send-keys", "-t", session, "-l", text])
    }

    func resize(width: Int, height: Int) {
        run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    var panePID: pid_t? {
        pid_t(run(["display-message", "-p", "-t", session, "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func killSession() {
        run(["kill-session", "-t", session])
    }

    func killServer() {
        run(["kill-server"])
        generation += 1
        socket = "tdkt-e2e-\(getpid())-\(tag)-\(generation)"
    }

    /// Polls the pane until `predicate` holds or `timeout` passes; returns the last capture.
    @discardableResult
    func waitFor(timeout: TimeInterval = 10, _ predicate: (String) -> Bool) -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(50_000)
            screen = capture()
        }
        return (true, screen)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) -> String {
        let r = waitFor(timeout: timeout) { $0.contains(text) }
        XCTAssertTrue(r.ok, "timed out waiting for «\(text)»; screen:\n\(r.screen)", file: file, line: line)
        return r.screen
    }
}

/// Whether a process has ended (gone, or a zombie waiting to be reaped).
func processEnded(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
    // Field 3, after the parenthesised command name, is the state.
    guard let close = stat.lastIndex(of: ")") else { return true }
    let rest = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces)
    return rest.hasPrefix("Z") || rest.hasPrefix("X")
}

/// Waits until a process ends; returns false on timeout.
func waitForExit(_ pid: pid_t, timeout: TimeInterval) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while !processEnded(pid) {
        if Date() > deadline { return false }
        usleep(20_000)
    }
    return true
}

/// CPU time (user + system, in clock ticks) a process has used so far, or nil if it is gone.
func cpuTicks(_ pid: pid_t) -> Int? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // After the name: state(0) ppid(1) ... utime(11) stime(12)
    guard fields.count > 12, let u = Int(fields[11]), let s = Int(fields[12]) else { return nil }
    return u + s
}

/// The built `tdkt` executable.
///
/// `swift test` builds every target of the package, the executable included, into the same products
/// directory as the test bundle (.build/<triple>/debug/), so it is looked up next to the running test
/// binary first; then in .build/debug under the package root (found from this file's path);
/// TDKT_BINARY overrides both.
func builtBinary() -> String? {
    let fm = FileManager.default
    if let p = ProcessInfo.processInfo.environment["TDKT_BINARY"], fm.isExecutableFile(atPath: p) { return p }
    var candidates: [URL] = []
    if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent("tdkt")) }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tdkt"))
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug/tdkt"))
    return candidates.map(\.path).first { fm.isExecutableFile(atPath: $0) }
}

func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

/// Runs a program and waits for it with posix_spawn + waitpid; output (stdout and stderr) goes
/// through a temporary file. (Foundation's Process is avoided: the tmux server that `new-session`
/// forks keeps inherited descriptors open, and waiting through Process hung under XCTest here.)
func spawnAndWait(_ path: String, _ args: [String], environment: [String: String]) -> (status: Int32, output: String) {
    let outPath = NSTemporaryDirectory() + "spawn-out-\(UUID().uuidString)"
    defer { unlink(outPath) }
    guard let pid = spawn(path, args, environment: environment, output: outPath) else { return (-1, "posix_spawn failed") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let exited = (status & 0x7F) == 0
    return (exited ? (status >> 8) & 0xFF : -1, output)
}

/// Starts a program without waiting for it, standard input from /dev/null, output and errors to `output`.
func spawn(_ path: String, _ args: [String], environment: [String: String], output: String) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    return posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 ? pid : nil
}

/// Ends a test that has already recorded its failure (XCTFail) and cannot go on.
struct StopTest: Error {}

/// The built `tdkt`, or a failure (never a skip) saying how to build it.
func requireBinary() throws -> String {
    try XCTUnwrap(builtBinary(), "the tdkt executable was not found next to the test bundle nor in .build/debug; run `swift build` first")
}

/// Tests that need root or a system service (sshd, cupsd) run when the environment asks for them with
/// TDKT_ROOT_TESTS=1, as .ci/run does; otherwise they are reported as not run, with the reason.
/// (A non-root sshd cannot hand its pty to the session: chown to the tty group is refused.)
enum RootTests {
    static let variable = "TDKT_ROOT_TESTS"

    static func require(_ what: String) throws {
        guard ProcessInfo.processInfo.environment[variable] == "1" else {
            throw XCTSkip("not run: this test \(what) and needs root; set \(variable)=1 to run it (.ci/run does)")
        }
        guard getuid() == 0 else {
            XCTFail("\(variable)=1 but not running as root: this test \(what)")
            throw StopTest()
        }
    }
}

/// A command of the built binary on a test's data directory, in the C.UTF-8 locale; it must succeed.
@discardableResult
func runCommand(_ binary: String, _ dataDir: String, _ args: [String], file: StaticString = #filePath, line: UInt = #line) -> String {
    let r = spawnAndWait(binary, ["--data", dataDir] + args, environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
    XCTAssertEqual(r.status, 0, "tdkt \(args.joined(separator: " ")): \(r.output)", file: file, line: line)
    return r.output
}
